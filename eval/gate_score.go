package eval

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/retrieval"
)

// Matching thresholds of the gate eval. A sentence of the checked answer
// belongs to the scripted sentence that explains the largest share of its
// words, if that share is at least ownShare, and to any fact it holds
// shownShare of; a scripted sentence counts as shown when the
// answer's sentences that belong to it hold at least shownShare of its
// words (a removed clause leaves less).
const (
	ownShare   = 0.5
	shownShare = 0.6
)

var gateMarker = regexp.MustCompile(`\[(\d+(?:\s*,\s*\d+)*)\]`)

// scripted is one sentence the model was scripted to write.
type scripted struct {
	terms    []string
	allowed  []int // paragraphs that state it; none for an invention
	fact     int   // index among the facts, or -1 for an invention
	sentence []int // sentences of the checked answer that belong to it
}

// answerSentence is one sentence of a checked answer.
type answerSentence struct {
	terms  []string
	cites  []int // paragraphs its markers cite
	owners []int // indexes of the scripted sentences it belongs to
}

// scoreAnswer adds one checked answer to a behaviour's score.
func scoreAnswer(sc *GateScore, b behaviour, job gateJob, res answer.Result, shown map[int]bool) {
	sc.Answers++
	if res.Fallback != "" {
		sc.Fallbacks++
	}
	if res.Gate != nil {
		sc.Moved += res.Gate.Moved
		sc.Removed += res.Gate.Removed
		sc.Dropped += res.Gate.Dropped
	}
	var items []*scripted
	for i, f := range job.item.facts {
		allowed := append([]int{f.Paragraph}, job.item.q.Gold...)
		items = append(items, &scripted{terms: distinctTerms(f.Text), allowed: allowed, fact: i})
	}
	if job.inv != nil {
		items = append(items, &scripted{terms: distinctTerms(job.inv.Text), fact: -1})
	}
	var sents []answerSentence
	if res.Fallback == "" {
		// A fallback answer is the article's own sentences: none of the
		// model's sentences is shown, and its citations are not the
		// gate's to score.
		sents = checkedSentences(res)
	}
	for k := range sents {
		s := &sents[k]
		best, bestShare := -1, 0.0
		for i, it := range items {
			if share := overlap(s.terms, it.terms); share > bestShare {
				best, bestShare = i, share
			}
		}
		for i, it := range items {
			// A sentence belongs to the scripted sentence that explains
			// most of it, and to any whose words it mostly holds (one
			// sentence may join two facts).
			if (i == best && bestShare >= ownShare) || (it.fact >= 0 && overlap(it.terms, s.terms) >= shownShare) {
				it.sentence = append(it.sentence, k)
				s.owners = append(s.owners, i)
			}
		}
	}
	for _, s := range sents {
		for _, p := range s.cites {
			sc.Citations++
			for _, o := range s.owners {
				if slices.Contains(items[o].allowed, p) {
					sc.Correct++
					break
				}
			}
		}
	}
	for _, it := range items {
		var have []string
		var cites []int
		for _, k := range it.sentence {
			have = append(have, sents[k].terms...)
			cites = append(cites, sents[k].cites...)
		}
		isShown := overlap(it.terms, have) >= shownShare
		if it.fact < 0 {
			sc.Invented++
			if isShown {
				sc.InventedShown++
			}
			continue
		}
		sc.Facts++
		f := job.item.facts[it.fact]
		correct := false
		for _, p := range cites {
			correct = correct || slices.Contains(it.allowed, p)
		}
		if isShown {
			sc.Shown++
		}
		if isShown && correct {
			sc.recalled++
		}
		if b.right(it.fact) && shown[f.Paragraph] {
			sc.RightCited++
			if isShown && slices.Contains(cites, f.Paragraph) {
				sc.RightKept++
			}
		}
	}
}

// finish turns the counts into rates.
func (sc *GateScore) finish() {
	if sc.Citations > 0 {
		sc.Precision = float64(sc.Correct) / float64(sc.Citations)
	}
	if sc.Facts > 0 {
		sc.Recall = float64(sc.recalled) / float64(sc.Facts)
	}
	if sc.RightCited > 0 {
		sc.Kept = float64(sc.RightKept) / float64(sc.RightCited)
	}
}

// checkedSentences cuts a checked answer into sentences with the
// paragraphs they cite.
func checkedSentences(res answer.Result) []answerSentence {
	byN := map[int]int{}
	for _, c := range res.Citations {
		byN[c.N] = c.Paragraph
	}
	var out []answerSentence
	for _, sp := range article.SplitSentences(res.Answer) {
		text := res.Answer[sp[0]:sp[1]]
		var s answerSentence
		for _, m := range gateMarker.FindAllStringSubmatch(text, -1) {
			for _, f := range strings.Split(m[1], ",") {
				n, _ := strconv.Atoi(strings.TrimSpace(f))
				if p, ok := byN[n]; ok {
					s.cites = append(s.cites, p)
				}
			}
		}
		s.terms = distinctTerms(gateMarker.ReplaceAllString(text, ""))
		out = append(out, s)
	}
	return out
}

// overlap is the share of want's terms that have holds.
func overlap(want, have []string) float64 {
	if len(want) == 0 {
		return 0
	}
	n := 0
	for _, t := range want {
		if slices.Contains(have, t) {
			n++
		}
	}
	return float64(n) / float64(len(want))
}

func distinctTerms(text string) []string {
	var out []string
	for _, t := range retrieval.Terms(text) {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
