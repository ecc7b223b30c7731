package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/fuzzy"
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
		ordinary := ix.ordinary[w.folded] || commonWords[w.folded]
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
	return match(q, f)
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
// least three words, compared after article.Normalize, quotation marks
// around it ignored). A span that runs from one piece of a split or
// continued quotation into the next is found too. ok is false when the
// span is in no quotation.
func (ix *Index) Attribution(span string) (string, bool) {
	s := strings.Trim(article.Normalize(span), ` "'.,;:!?`)
	if len(strings.Fields(s)) < 3 {
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

// commonWords are English words too ordinary to be taken for a name.
var commonWords = set(`a about above after again against all also am an and any are as
	at be because been before being below between both but by can could did do
	does doing down during each even few for from further had has have having he
	her here hers him his how i if in into is it its just me more most my no nor
	not now of off on once only or other our out over own same she should so some
	such than that the their them then there these they this those through to too
	under until up very was we were what when where which while who whom why will
	with would you your said say says tell told talk think thinks thought believe
	believes want wants news article story quote quotes quoted statement ask asked
	answer explain summary summarize summarise mean means meant happen happened
	opinion view views position stance react reaction respond response comment
	comments call called speak spoke about regarding according people person
	anyone someone everyone who's whose president leader minister government
	country war peace deal ceasefire talks plan city council mayor state market
	good bad great new old first last long little own right big high different
	small large next early young important public private real best free able
	make made get got go went know knew see saw come came take took give gave
	find found use used work worked try tried feel felt become became leave left
	put keep kept let begin began seem seemed help show shown hear heard play run
	move live believe hold bring happen write wrote provide sit stand lose pay
	meet include continue set learn change lead understand watch follow stop
	create read allow add spend grow open walk win offer remember love consider
	appear buy wait serve die send expect build stay fall cut reach kill remain
	suggest raise pass sell require report decide pull day days year years time
	times week month today tomorrow yesterday morning night way thing things man
	woman men women child children world life hand part place case point group
	number fact water home house room money story issue side kind head far back`)
