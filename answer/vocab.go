package answer

import (
	"bytes"
	"strings"
	"sync"

	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// vocabulary is the set of words in the article's body, folded to lower case
// without diacritics, for telling whether a name in a question occurs in the
// article at all.
type vocabulary struct {
	words map[string]bool
	// runInitials and abbrInitials are the article's names by their
	// initials and its abbreviations (see initialNames), read on first
	// use.
	initialsOnce              sync.Once
	runInitials, abbrInitials map[string][]string
	index                     *retrieval.Index // the article's search terms, for hasStem
	backIndex
}

func newVocabulary(a *article.Article) *vocabulary {
	v := &vocabulary{words: map[string]bool{}}
	var scratch []byte
	for _, p := range a.Paragraphs {
		if p.Kind == article.Boilerplate {
			continue
		}
		scratch = fuzzy.EachWord(scratch, p.Text, func(w []byte) {
			v.add(w)
			// "Washington-based" also mentions Washington.
			if bytes.IndexByte(w, '-') >= 0 {
				for part := range bytes.SplitSeq(w, []byte("-")) {
					v.add(part)
				}
			}
		})
	}
	return v
}

// add records the word w, which lies in scratch space: a new one is copied
// out, a known one costs no copy.
func (v *vocabulary) add(w []byte) {
	if !v.words[string(w)] {
		v.words[string(w)] = true
	}
}

// has reports whether the article contains word, or one of the other forms
// articles use for it ("gov" for "governor", "u.s" for "american").
func (v *vocabulary) has(word string) bool {
	word = fuzzy.Fold(word)
	if v.words[word] || v.words[strings.ReplaceAll(word, ".", "")] {
		return true
	}
	for _, abbr := range lexicon.Abbreviating(word) {
		if v.words[abbr] {
			return true
		}
	}
	if alias, ok := aliases[word]; ok {
		for _, a := range alias {
			if v.words[a] {
				return true
			}
		}
	}
	// "cfo" of an article that writes "Chief Financial Officer".
	if ex := lexicon.Expand(word); len(ex) > 1 {
		all := true
		for _, w := range ex {
			all = all && v.words[w]
		}
		return all
	}
	return false
}

// hasName is has for a name: a close spelling (lexicon.Near) counts too, since names are misspelled and spelled
// variously ("Zelensky", "Zelenskiy"). Dictionary words get no such
// tolerance: "president" must not match "residents".
func (v *vocabulary) hasName(word string) bool {
	if v.has(word) {
		return true
	}
	word = fuzzy.Fold(word)
	if v.placeOf(word) {
		return true
	}
	if lexicon.MaxTypos(len([]rune(word))) == 0 {
		return false
	}
	for w := range v.words {
		if _, ok := lexicon.Near(w, word); ok {
			return true
		}
	}
	return false
}

// placeOf reports whether a folded word is the adjective of a place the
// article names, by the way English makes one: "english" for "England",
// "chinese" for "China", "lutovian" for "Lutovia". The place must be the
// adjective's stem with a place's ending ("Australia" is not
// "Austrian"'s place).
func (v *vocabulary) placeOf(word string) bool { return v.place(word) != "" }

// place returns the article's word for the place a folded adjective
// belongs to (see placeOf), or "".
func (v *vocabulary) place(word string) string {
	for _, suf := range demonymEndings {
		stem, ok := strings.CutSuffix(word, suf)
		if !ok || len(stem) < minDemonymStem {
			continue
		}
		for _, end := range placeEndings {
			if v.words[stem+end] && stem+end != word {
				return stem + end
			}
		}
	}
	return ""
}

// minDemonymStem is the shortest stem placeOf reads: "dan" (Danish) is
// too short to name a place by.
const minDemonymStem = 4

var (
	demonymEndings = []string{"ish", "ian", "ean", "an", "ese", "i", "ic", "n"}
	placeEndings   = []string{"", "a", "ia", "land", "and", "ain", "y", "e", "o"}
)

// aliases maps common names and demonyms of countries to the forms news
// articles also use for them.
var aliases = map[string][]string{
	"america":   {"u.s", "us", "america", "american"},
	"american":  {"u.s", "us", "america", "american"},
	"americans": {"u.s", "us", "america", "american"},
	"usa":       {"u.s", "us", "america"},
	"us":        {"u.s", "america"},
	"britain":   {"u.k", "uk", "britain", "british"},
	"british":   {"u.k", "uk", "britain", "british"},
	"uk":        {"u.k", "britain", "british"},
	"german":    {"germany", "german"},
	"germany":   {"germany", "german"},
	"french":    {"france", "french"},
	"france":    {"france", "french"},
	"russian":   {"russia", "russian", "moscow", "kremlin"},
	"russia":    {"russia", "russian", "moscow", "kremlin"},
	"ukrainian": {"ukraine", "ukrainian", "kyiv"},
	"ukraine":   {"ukraine", "ukrainian", "kyiv"},
	"chinese":   {"china", "chinese", "beijing"},
	"china":     {"china", "chinese", "beijing"},
	"european":  {"europe", "european", "eu", "e.u"},
	"europe":    {"europe", "european", "eu", "e.u"},
	"israeli":   {"israel", "israeli"},
	"iranian":   {"iran", "iranian"},
	// Capitals stand for their governments ("Moscow says").
	"moscow":     {"russia", "russian", "kremlin"},
	"kremlin":    {"russia", "russian", "moscow"},
	"kyiv":       {"ukraine", "ukrainian"},
	"washington": {"u.s", "us", "america", "american"},
	"beijing":    {"china", "chinese"},
}

// hasStem reports whether the article has search term t.
func (v *vocabulary) hasStem(t string) bool { return v.index != nil && v.index.HasTerm(t) }

// hasStemNear is hasStem allowing the typo rule for long terms (a
// misspelt word the article has).
func (v *vocabulary) hasStemNear(t string) bool {
	if v.hasStem(t) {
		return true
	}
	if len(t) <= lexicon.ShortWord || v.index == nil {
		return false
	}
	near := false
	v.index.EachTerm(func(s string) bool {
		_, near = lexicon.Near(s, t)
		return !near
	})
	return near
}
