package eval

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"articlebot/article"
)

// Set is an article with its questions and quotation gold.
type Set struct {
	// Name is the article's name, as reports show it.
	Name string
	// Group is "tuned" for the articles the engine was tuned on,
	// "heldout" for articles written before the engine was run on them,
	// "unseen" for articles written blind in the second round (looked at by
	// mechanism in the third), "blind" for articles written blind in the
	// third round (measured at its end, looked at by mechanism in the
	// fourth), "blind2" for articles written blind at the start of the
	// fourth round (measured at its start and end, looked at by mechanism in
	// the fifth), "blind3" for articles written blind at the start of the
	// fifth round (measured at its start and end, looked at by mechanism in
	// the sixth), "blind4" for articles written blind at the start of the
	// sixth round (measured at its start and end, looked at by mechanism in
	// the seventh), "blind5" for articles written blind at the start of the
	// seventh round (measured at its start and end, looked at by mechanism
	// in the eighth), "blind6" for articles written blind at the start of
	// the eighth round (measured at its start and end, looked at by
	// mechanism in the ninth), "blind7" and "blind8" for articles written
	// blind in the ninth round (blind8 by a writer given no style hints at
	// all; see their READMEs), measured at its start and end and looked at
	// by mechanism in the tenth, "blind9" for articles written blind at
	// the start of the tenth round by a writer given no style hints (only
	// styles to avoid), measured at its start and end and looked at by
	// mechanism in the eleventh, "blind10" for articles written blind
	// the same way at the start of the eleventh round, measured at its
	// start and end and looked at by mechanism in the twelfth, and
	// "blind11" for articles written blind the same way at the start of
	// the twelfth round, measured at its start and end and looked at by
	// mechanism in the fourteenth, "blind12" for articles written blind
	// the same way at the start of the fourteenth round, measured at its
	// start and end and looked at by mechanism in the fifteenth, and
	// "blind13" for articles written blind the same way at the start of
	// the fifteenth round, measured at its start and end.
	Group     string
	Article   *article.Article
	Questions []Question
	Quotes    []GoldQuote // nil: not scored
	// Claims are unsupported sentences and invented quotations for scoring
	// the citation gate, from STEM.claims.jsonl.
	Claims []Claim
	// People are the people and organisations the article names, with the
	// roles it gives them, from STEM.people.jsonl (nil when there is none).
	People []Person
}

// Groups of eval sets.
const (
	Tuned   = "tuned"
	HeldOut = "heldout"
	Unseen  = "unseen"
	Blind   = "blind"
	Blind2  = "blind2"
	Blind3  = "blind3"
	Blind4  = "blind4"
	Blind5  = "blind5"
	Blind6  = "blind6"
	Blind7  = "blind7"
	Blind8  = "blind8"
	Blind9  = "blind9"
	Blind10 = "blind10"
	Blind11 = "blind11"
	Blind12 = "blind12"
	Blind13 = "blind13"
	Blind14 = "blind14"
	Blind15 = "blind15"
	Blind16 = "blind16"
	Blind17 = "blind17"
	Blind18 = "blind18"
)

// IsBlind reports whether group holds articles written blind in a later
// round (blind, blind2, …): they are measured, not held, so a test that
// scores them logs their misses for the closing note instead of failing
// (TestEvalFloors still guards their extractive figures).
func IsBlind(group string) bool { return strings.HasPrefix(group, Blind) }

// Groups are the groups of eval sets in report order: each is a directory
// of the eval root, and a group without a directory has no sets yet.
var Groups = []string{Tuned, HeldOut, Unseen, Blind, Blind2, Blind3, Blind4, Blind5, Blind6, Blind7, Blind8, Blind9, Blind10, Blind11, Blind12, Blind13, Blind14, Blind15, Blind16, Blind17, Blind18}

// ShippedStem is the file stem under which the built-in article's questions
// and quotations are kept; the article itself is embedded elsewhere.
const ShippedStem = "shipped"

// LoadSets reads every eval set under root in fsys: root/GROUP/STEM.txt is an
// article, STEM.questions.jsonl its questions and STEM.quotes.jsonl its
// quotation gold (either may be missing). The stem "shipped" names the
// built-in article, passed as shipped. Other files in a group directory,
// such as a README.md or STEM.claims.jsonl, are not sets. Sets come in
// the order of Groups (tuned, heldout, unseen, blind, blind2 … blind12), then
// by stem, so reports are stable.
func LoadSets(fsys fs.FS, root string, shipped *article.Article) ([]Set, error) {
	var out []Set
	for _, group := range Groups {
		dir := path.Join(root, group)
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			continue // a group with no sets yet
		}
		stems := map[string]bool{}
		for _, e := range entries {
			if stem, ok := setStem(e.Name()); ok {
				stems[stem] = true
			}
		}
		sorted := make([]string, 0, len(stems))
		for s := range stems {
			sorted = append(sorted, s)
		}
		sort.Strings(sorted)
		for _, stem := range sorted {
			s, err := loadSet(fsys, dir, group, stem, shipped)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	}
	return out, nil
}

func loadSet(fsys fs.FS, dir, group, stem string, shipped *article.Article) (Set, error) {
	s := Set{Group: group}
	if stem == ShippedStem {
		s.Article = shipped
	} else {
		data, err := fs.ReadFile(fsys, path.Join(dir, stem+".txt"))
		if err != nil {
			return s, fmt.Errorf("eval set %s/%s: %w", group, stem, err)
		}
		if s.Article, err = article.Parse(stem+".txt ("+group+" test article)", data); err != nil {
			return s, fmt.Errorf("eval set %s/%s: %w", group, stem, err)
		}
	}
	s.Name = s.Article.Name
	var err error
	if q := path.Join(dir, stem+".questions.jsonl"); exists(fsys, q) {
		if s.Questions, err = LoadQuestions(fsys, q); err != nil {
			return s, err
		}
	}
	if q := path.Join(dir, stem+".quotes.jsonl"); exists(fsys, q) {
		if s.Quotes, err = LoadQuotes(fsys, q); err != nil {
			return s, err
		}
	}
	if c := path.Join(dir, stem+".claims.jsonl"); exists(fsys, c) {
		if s.Claims, err = LoadClaims(fsys, c); err != nil {
			return s, err
		}
	}
	if q := path.Join(dir, stem+".people.jsonl"); exists(fsys, q) {
		if s.People, err = LoadPeople(fsys, q); err != nil {
			return s, err
		}
	}
	return s, nil
}

// setFiles are the suffixes of the files that make up a set. Other files
// in a group directory (a README, gold files other tools read, such as
// STEM.claims.jsonl) are not sets of their own.
var setFiles = []string{".txt", ".questions.jsonl", ".quotes.jsonl"}

// setStem returns the stem of a file that belongs to an eval set.
func setStem(name string) (string, bool) {
	for _, suffix := range setFiles {
		if stem, ok := strings.CutSuffix(name, suffix); ok && stem != "" && !strings.Contains(stem, ".") {
			return stem, true
		}
	}
	return "", false
}

func exists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}
