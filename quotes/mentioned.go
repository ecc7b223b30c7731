package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// qword is a word of free text: folded, with whether it was capitalised.
type qword struct {
	folded  string
	capital bool
}

// hit is a speaker named in free text, at word pos, over n words.
type hit struct {
	e             *entity
	pos, n, typos int
}

// hits finds the speakers named in free text, scanning left to right and
// taking the longest form that matches at each word. Ordinary words (the
// article's own lower-case words and common English ones) never match a
// one-word name unless capitalised inside a sentence, and never match
// with typos.
func (ix *Index) hits(text string) []hit {
	var ws []qword
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' || r == '.')
	}) {
		fw := fuzzy.Words(f)
		if len(fw) == 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		for _, w := range fw {
			ws = append(ws, qword{folded: w, capital: unicode.IsUpper(r)})
		}
	}
	var out []hit
	for i := 0; i < len(ws); {
		var best hit
		for _, e := range ix.speakers {
			for _, f := range e.forms {
				n := len(f.words)
				if i+n > len(ws) || n < best.n {
					continue
				}
				d, ok := ix.matchFree(ws[i:i+n], f, i == 0)
				if ok && (n > best.n || d < best.typos) {
					best = hit{e: e, pos: i, n: n, typos: d}
				}
			}
		}
		if best.e == nil {
			i++
			continue
		}
		out = append(out, best)
		i += best.n
	}
	return out
}

// matchFree matches free-text words against a form, guarding ordinary words.
func (ix *Index) matchFree(ws []qword, f form, atStart bool) (int, bool) {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = w.folded
		ordinary := ix.ordinary[w.folded] || lexicon.CommonWords.Has(w.folded)
		if !ordinary {
			continue
		}
		if w.folded != f.words[i] {
			return 0, false
		}
		if len(ws) == 1 && (!w.capital || atStart) {
			return 0, false
		}
	}
	d, ok := match(q, f)
	// In free text a lower-case word short enough to take only one typo
	// is as likely an English word ("macro") as a misspelt name: it must
	// be capitalised to count as a name with a typo.
	if ok && d > 0 && len(ws) == 1 && !ws[0].capital && utf8.RuneCountInString(ws[0].folded) <= lexicon.ShortWord {
		return 0, false
	}
	return d, ok
}

// Mentioned returns the canonical names of the people and organisations
// named in free text such as a user's question, tolerating typos ("what
// did witkof say" → "Steve Witkoff"); longer names first.
func (ix *Index) Mentioned(text string) []string {
	hs := ix.hits(text)
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].n > hs[j].n })
	var out []string
	for _, h := range hs {
		if !slices.Contains(out, h.e.name) {
			out = append(out, h.e.name)
		}
	}
	return out
}

// LastPerson returns the last person named in text, to resolve "he" or
// "she" in a follow-up question.
func (ix *Index) LastPerson(text string) (string, bool) {
	hs := ix.hits(text)
	for i := len(hs) - 1; i >= 0; i-- {
		if hs[i].e.kind == Person {
			return hs[i].e.name, true
		}
	}
	return "", false
}

// Attribution returns the speaker of the quotation that contains span (at
// least lexicon.MinQuoteWords words, compared after article.Normalize, quotation marks
// around it ignored). A span that runs from one piece of a split or
// continued quotation into the next is found too. ok is false when the
// span is in no quotation.
func (ix *Index) Attribution(span string) (string, bool) {
	s := strings.Trim(article.Normalize(span), ` "'.,;:!?`)
	if !lexicon.LongEnough(s) {
		return "", false
	}
	for i, q := range ix.quotes {
		text := article.Normalize(q.Text)
		if strings.Contains(text, s) {
			return q.Speaker, true
		}
		if i+1 < len(ix.quotes) && ix.quotes[i+1].Speaker == q.Speaker {
			joined := strings.TrimRight(text, ",") + " " + article.Normalize(ix.quotes[i+1].Text)
			if strings.Contains(joined, s) || strings.Contains(strings.Trim(joined, ".,"), s) {
				return q.Speaker, true
			}
		}
	}
	return "", false
}
