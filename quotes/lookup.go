package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// form is one way of writing a speaker's name, as folded words.
type form struct {
	words []string
	score int  // how specific the form is: full name 100, surname 90, part of an organisation's name 80, first name 70
	exact bool // must match without typos (first names)
}

// forms lists the ways a speaker may be named: canonical name and aliases,
// a person's surname (and its last word, "Leyen"), a first name that no one
// else in the article has (given counts the people with each first name),
// and two or more consecutive words of an organisation's name.
func forms(e *entity, given map[string]int) []form {
	var out []form
	seen := map[string]bool{}
	add := func(words []string, score int, exact bool) {
		key := strings.Join(words, " ")
		if len(words) == 0 || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, form{words: words, score: score, exact: exact})
	}
	for _, a := range e.aliases {
		w := fuzzy.Words(a)
		add(w, 100, false)
		add(unhyphenated(w), 100, false)
		if e.kind == Person {
			add(withoutInitials(w), 100, false)
		}
	}
	if e.kind == Organisation {
		w := fuzzy.Words(e.name)
		for n := min(len(w)-1, 6); n >= 2; n-- {
			for i := 0; i+n <= len(w); i++ {
				add(w[i:i+n], 80, false)
			}
		}
		// A name with no head goes by its first word too: "Halvmark" for
		// "Halvmark Vand"; a club by its last, less surely: "Rovers" for
		// "Halbrook Rovers", "Town" for "Colby Town".
		if !slices.ContainsFunc(e.words, lexicon.OrgHeads.Has) && len(w) > 1 {
			add(w[:1], 80, false)
		}
		if len(w) > 1 && lexicon.ClubHeads.Has(e.words[len(e.words)-1]) {
			// Above another body's first word: "Rovers" is Halbrook
			// Rovers, not the Rovers Supporters Trust.
			add(w[len(w)-1:], 85, false)
		}
		// A company goes by the words before its heads: "Westmoor" for
		// "Westmoor University", "Corvane" for "Corvane Systems".
		for n := len(e.words) - 1; n >= 1; n-- {
			if !lexicon.OrgHeads.Has(e.words[n]) {
				if n < len(e.words)-1 {
					add(w[:n+1], 80, false)
				}
				break
			}
			if n == 1 {
				add(w[:1], 80, false)
			}
		}
		return out
	}
	// The name with the letters after it, as the article writes it:
	// "Ruth Addo KC".
	for _, p := range e.posts {
		for _, a := range e.aliases {
			add(append(fuzzy.Words(a), fuzzy.Words(p)...), 100, false)
		}
	}
	for _, n := range nickForms(e) {
		add(n, 95, false)
	}
	for _, g := range generationForms(e) {
		add(g, 100, false)
	}
	if e.gen != "" {
		// "Dale Ruiz" for "Dale Ruiz Jr.", below a namesake's own name.
		add(fuzzy.Words(strings.Join(e.words, " ")), 95, false)
	}
	for _, a := range e.aliases {
		sur := fuzzy.Words(strings.Join(surname(strings.Fields(a)), " "))
		if len(sur) > 0 {
			add(sur, 90, false)
			add(sur[len(sur)-1:], 90, false)
			add(unhyphenated(sur), 90, false)
			for _, f := range particleForms(surname(strings.Fields(a))) {
				add(f, 90, false)
			}
			for _, f := range particleNames(strings.Fields(a)) {
				add(f, 100, false)
			}
		}
	}
	// The first name and the surname without the middle names: "Victor
	// Ruiz" for "Victor Hugo Ruiz".
	if w := fuzzy.Words(strings.Join(e.words, " ")); len(w) > 2 {
		if sur := fuzzy.Words(strings.Join(surname(e.words), " ")); len(sur) < len(w)-1 {
			add(append([]string{w[0]}, sur...), 100, false)
		}
	}
	for _, f := range partForms(e) {
		add(f.words, f.score, false)
	}
	if len(e.words) > 1 {
		g := fuzzy.Fold(trimDot(e.words[0]))
		if utf8.RuneCountInString(g) > 1 && given[g] == 1 {
			add([]string{g}, 70, false)
		}
	}
	return out
}

// Lookup finds the one speaker a name refers to (see Find), tolerating
// case, accents, titles, possessives and typos: "Zelensky", "witkof", "von
// der leyen", "wisniewski" and "President Putin" all find their speaker.
// It reports false when the name fits nobody or several people.
func (ix *Index) Lookup(name string) (Speaker, bool) {
	m := ix.Find(name)
	if len(m.Speakers) != 1 {
		return Speaker{}, false
	}
	return m.Speakers[0], true
}

// trimTitles drops leading titles, roles and articles: "President Putin",
// "the Kremlin", "Dr. Achebe", "City Manager Priya Raman".
func trimTitles(q []string) []string {
	for len(q) > 1 && (lowerTitles[q[0]] || q[0] == "the" || lexicon.RoleAdjectives.Has(q[0]) || lexicon.IsRole(q[0])) {
		q = q[1:]
	}
	return q
}

var lowerTitles = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range lexicon.Titles.Words() {
		m[fuzzy.Fold(t)] = true
	}
	return m
}()

// Suggest returns up to n speakers (n <= 0: all) who have quotations or
// statements, best matches for a partial and possibly misspelled name or
// role ("may" finds the mayor) first, for autocomplete. An empty input gives the most quoted speakers.
func (ix *Index) Suggest(typed string, n int) []Speaker {
	q := strings.Join(trimTitles(fuzzy.Words(typed)), " ")
	type scored struct {
		e     *entity
		score int
	}
	var cands []scored
	for _, e := range ix.speakers {
		if e.quotes+e.statements == 0 {
			continue
		}
		if q == "" {
			cands = append(cands, scored{e, 1})
			continue
		}
		if s := max(suggestScore(e, q), roleScore(e, q)); s > 0 {
			cands = append(cands, scored{e, s})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	// What Find takes the typed words for comes first, so that the
	// command and its autocomplete agree: "her brother", "the defence
	// lawyer", "Ortega" (the one the article calls so).
	out := []Speaker{}
	if q != "" {
		for _, sp := range ix.Find(typed).Speakers {
			if (sp.Quotes > 0 || sp.Statements > 0) && (n <= 0 || len(out) < n) {
				out = append(out, sp)
			}
		}
	}
	for _, c := range cands {
		if slices.ContainsFunc(out, func(s Speaker) bool { return s.Name == c.e.name }) {
			continue
		}
		if n > 0 && len(out) == n {
			break
		}
		out = append(out, c.e.speaker())
	}
	return out
}

// suggestScore rates how well the typed prefix q fits a speaker: a prefix
// of the full name, of a later word of a name, a substring, or a prefix
// with a typo.
func suggestScore(e *entity, q string) int {
	best := 0
	for _, a := range e.aliases {
		name := strings.Join(fuzzy.Words(a), " ")
		words := strings.Fields(name)
		switch {
		case strings.HasPrefix(name, q):
			best = max(best, 100)
		case anyPrefix(words, q):
			best = max(best, 90)
		case len(q) >= 3 && strings.Contains(name, q):
			best = max(best, 60)
		}
		qr := []rune(q)
		bound := lexicon.MaxTypos(len(qr))
		for i := range words {
			rest := []rune(strings.Join(words[i:], " "))
			for _, n := range []int{len(qr) - 1, len(qr), len(qr) + 1} {
				if bound == 0 || n <= 0 || n > len(rest) || rest[0] != qr[0] {
					continue
				}
				if d := fuzzy.Distance(q, string(rest[:n])); d <= bound {
					best = max(best, 50-10*d)
				}
			}
		}
	}
	return best
}

// Closest returns the speakers who have quotations or statements and fit
// typed best by Suggest's measure, all of them when several fit equally
// well, none when nobody fits.
func (ix *Index) Closest(typed string) []Speaker {
	q := strings.Join(trimTitles(fuzzy.Words(typed)), " ")
	if q == "" {
		return nil
	}
	var out []Speaker
	best := 0
	for _, e := range ix.speakers {
		if e.quotes+e.statements == 0 {
			continue
		}
		switch s := suggestScore(e, q); {
		case s > best:
			best, out = s, []Speaker{e.speaker()}
		case s == best && s > 0:
			out = append(out, e.speaker())
		}
	}
	return out
}

func anyPrefix(words []string, q string) bool {
	for i := range words {
		if strings.HasPrefix(strings.Join(words[i:], " "), q) {
			return true
		}
	}
	return false
}

// roleScore rates how well a typed prefix fits one of a speaker's roles:
// every typed word starts a word of the role ("chief fin" for "chief
// financial officer"); below a name match.
func roleScore(e *entity, q string) int {
	qs := roleTerms(q)
	if len(qs) == 0 {
		return 0
	}
	for _, r := range e.roles {
		rw := roleTerms(r)
		all := true
		for _, w := range qs {
			all = all && slices.ContainsFunc(rw, func(x string) bool { return strings.HasPrefix(x, w) })
		}
		if all {
			return 40
		}
	}
	return 0
}
