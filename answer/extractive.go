package answer

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// maxAnswerSentences bounds an extractive answer: a short answer a reader
// can check, not a copy of the article.
const maxAnswerSentences = 3

// candidate is an article sentence that may answer the question.
type candidate struct {
	sent     article.Sentence
	rank     int // rank of the best chunk focused on this sentence, from 1
	dense    float64
	coverage float64 // fraction of the question's terms it has
	terms    map[string]bool
	typed    bool // holds the kind of thing the question asks for (a place for "where")
	holds    bool // typed, whatever its coverage
	speaker  bool // spoken or reported by a person the question names
	quote    bool // holds a direct quotation by that person
	score    float64
}

// extractive answers by choosing article sentences and citing them.
func (e *Engine) extractive(ctx context.Context, q string) (Result, error) {
	r, err := e.retrieve(ctx, q, e.sources)
	if err != nil {
		return Result{}, err
	}
	return e.extractiveFrom(r), nil
}

// extractiveFrom answers from passages already retrieved.
func (e *Engine) extractiveFrom(r retrieved) Result {
	q, sources := r.question, r.sources
	cands := e.candidates(r)
	res := Result{Mode: Extractive, Sources: sources, Citations: []Citation{}, Warnings: []string{}}
	v := e.judge(q, cands, e.focusOf(q, e.askedAbout(q, r.speakers)))
	if !v.answerable {
		res.Abstained = true
		res.Answer = abstention(v)
		if v.middling {
			res.Answer = closest(sources)
		}
		return res
	}
	chosen := e.choose(q, cands, sources)
	if len(chosen) == 0 {
		res.Abstained = true
		res.Answer = abstention(verdict{})
		return res
	}
	var b strings.Builder
	for i, c := range chosen {
		n := i + 1
		if i > 0 {
			b.WriteByte(' ')
		}
		// The article's own reference numbers ("[2]") would read as the
		// answer's citations; the citation keeps the exact words.
		fmt.Fprintf(&b, "%s [%d]", article.WithoutReferenceMarkers(e.withReferent(c.sent)), n)
		res.Citations = append(res.Citations, Citation{N: n, Paragraph: c.sent.Para, Text: c.sent.Text})
	}
	res.Answer = b.String()
	return res
}

// leadingPronoun matches a sentence that opens with a pronoun.
var leadingPronoun = regexp.MustCompile(`^(He|She|They)\b`)

// withReferent names the speaker of a sentence that opens with a pronoun,
// in editorial brackets ("He [Olaf Scholz] said ..."), so a sentence lifted
// out of its paragraph still says who is speaking. The citation keeps the
// article's exact words.
func (e *Engine) withReferent(s article.Sentence) string {
	loc := leadingPronoun.FindStringIndex(s.Text)
	if loc == nil {
		return s.Text
	}
	speakers := e.quotes.SpeakersIn(s.ID)
	if len(speakers) != 1 {
		return s.Text
	}
	return s.Text[:loc[1]] + " [" + speakers[0] + "]" + s.Text[loc[1]:]
}

// closest says, for a question the article comes close to without
// answering, that it does not state the answer and where to look: the
// first two sources, by paragraph, with their opening words.
func closest(sources []Source) string {
	var b strings.Builder
	b.WriteString("The article doesn't state this; the closest passages are:")
	for i, s := range sources[:min(2, len(sources))] {
		if i > 0 {
			b.WriteString(";")
		}
		fmt.Fprintf(&b, " ¶%d (%s)", s.Paragraph, opening(s.Text, 12))
	}
	b.WriteString(".")
	return b.String()
}

// opening returns the first n words of text, with "…" when it goes on.
func opening(text string, n int) string {
	// Quotation marks cut from their partners would read as a quotation.
	f := strings.Fields(strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’ ", " ").Replace(text))
	if len(f) <= n {
		return strings.TrimRight(strings.Join(f, " "), ".")
	}
	return strings.Join(f[:n], " ") + " …"
}

// candidates scores the focus sentence of every hit against the question.
func (e *Engine) candidates(r retrieved) []candidate {
	q, speakers := r.question, r.speakers
	terms := contentTerms(q)
	speech := isSpeechQuestion(q) || len(terms) == 0
	quoted := map[int]bool{}
	for _, s := range speakers {
		for _, qu := range e.quotes.QuotesBy(s) {
			quoted[qu.Sentence] = true
		}
	}
	names := e.nameTerms(terms, speakers)
	want := questionType(q)
	seen := map[int]bool{}
	var out []candidate
	for i, h := range r.hits {
		id := h.Chunk.Focus
		if seen[id] {
			continue
		}
		seen[id] = true
		s := e.art.Sentences[id]
		have := termSet(s.Text)
		if asked, ok := e.askedBefore(s.Para); ok {
			// An interview's answer is read with its question
			// (interview.go).
			for t := range termSet(asked) {
				have[t] = true
			}
		}
		c := candidate{sent: s, rank: i + 1, dense: h.Dense, terms: have}
		c.speaker = intersects(e.quotes.SpeakersIn(id), speakers)
		c.coverage = e.coverage(terms, have, names, c.speaker)
		c.quote = c.speaker && quoted[id]
		c.score = 0.5*c.coverage + 0.5*c.dense + 0.3/float64(c.rank)
		c.holds = want != anyType && hasAnswerType(want, q, s.Text)
		c.typed = c.holds && c.coverage > 0
		if c.typed {
			c.score += 0.25
		}
		if c.speaker && speech {
			c.score += 0.5
			if c.quote {
				c.score += 0.1
			}
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// choose picks the sentences of the answer and puts them in article order.
func (e *Engine) choose(q string, cands []candidate, sources []Source) []candidate {
	var chosen []candidate
	for _, c := range cands {
		if len(chosen) == maxAnswerSentences {
			break
		}
		if sourceFor(sources, c.sent.Para) == 0 {
			continue
		}
		if len(chosen) > 0 {
			top := chosen[0]
			switch {
			case top.typed && (!c.typed || c.score < 0.9*top.score):
				// A typed question ("where", "when") has one answer.
				continue
			case c.score < 0.75*top.score:
				continue
			case top.speaker && !c.speaker && isSpeechQuestion(q):
				continue
			}
		}
		chosen = append(chosen, c)
	}
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].sent.ID < chosen[j].sent.ID })
	return chosen
}

// coverage is the fraction of the question's terms a sentence has. The
// terms that name a speaker count as present in that speaker's sentences,
// which often say "he" instead of the name.
func (e *Engine) coverage(terms []string, have, names map[string]bool, speaker bool) float64 {
	if len(terms) == 0 {
		return 0
	}
	n := 0
	for _, t := range terms {
		if (speaker && names[t]) || hasFuzzy(have, t) {
			n++
		}
	}
	return float64(n) / float64(len(terms))
}

// nameTerms returns the question terms that name one of the speakers.
func (e *Engine) nameTerms(terms, speakers []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range speakers {
		sp, ok := e.quotes.Lookup(s)
		if !ok {
			continue
		}
		forms := append([]string{sp.Name}, sp.Aliases...)
		for _, f := range forms {
			// The name's words as written as well as their stems: a
			// misspelling is near the word ("Amarel" for "Amaral"), not
			// always near its stem ("amar").
			for _, nt := range append(retrieval.Terms(f), fuzzy.Words(f)...) {
				for _, t := range terms {
					if _, ok := lexicon.Near(t, nt); ok {
						out[t] = true
					}
				}
			}
		}
	}
	return out
}

func termSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range retrieval.Terms(text) {
		out[t] = true
	}
	return out
}

// fuzzyCoverage is the fraction of terms a sentence has, letting a long
// term match one edit away so that misspelled names still count.
func fuzzyCoverage(terms []string, have map[string]bool) float64 {
	if len(terms) == 0 {
		return 0
	}
	n := 0
	for _, t := range terms {
		if hasFuzzy(have, t) {
			n++
		}
	}
	return float64(n) / float64(len(terms))
}

// hasFuzzy reports whether have holds t or, for a term longer than a short
// word, a term lexicon.Near it.
func hasFuzzy(have map[string]bool, t string) bool {
	if have[t] {
		return true
	}
	if len(t) <= lexicon.ShortWord {
		// A short term with a typo is as likely another word: "rate" is
		// not "late".
		return false
	}
	for h := range have {
		if _, ok := lexicon.Near(h, t); ok {
			return true
		}
	}
	return false
}

func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
