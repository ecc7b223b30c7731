package eval

import (
	"fmt"

	"articlebot/article"
	"articlebot/quotes"
)

// QuoteReport scores extracted quotations against a gold file.
type QuoteReport struct {
	Gold            int     `json:"gold"`
	Extracted       int     `json:"extracted"`
	Precision       float64 `json:"precision"`
	Recall          float64 `json:"recall"`
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
	Misses          []Miss  `json:"misses,omitempty"`
}

// ScoreQuotes matches quotations by paragraph and normalised text; a match
// with the wrong speaker counts for precision and recall but not for speaker
// accuracy.
func ScoreQuotes(got []quotes.Quote, gold []GoldQuote) QuoteReport {
	r := QuoteReport{Gold: len(gold), Extracted: len(got)}
	used := make([]bool, len(got))
	matched, speakers := 0, 0
	for _, g := range gold {
		found := -1
		for i, q := range got {
			if !used[i] && q.Paragraph == g.Paragraph && article.Normalize(q.Text) == article.Normalize(g.Text) {
				found = i
				break
			}
		}
		if found < 0 {
			r.Misses = append(r.Misses, Miss{g.Text, "quote", fmt.Sprintf("not extracted (¶%d, %s)", g.Paragraph, g.Speaker)})
			continue
		}
		used[found] = true
		matched++
		if SameSpeaker(got[found].Speaker, g.Speaker) {
			speakers++
		} else {
			r.Misses = append(r.Misses, Miss{g.Text, "speaker", fmt.Sprintf("attributed to %q, want %q", got[found].Speaker, g.Speaker)})
		}
	}
	for i, q := range got {
		if !used[i] {
			r.Misses = append(r.Misses, Miss{q.Text, "quote", fmt.Sprintf("extracted but not in gold (¶%d, %s)", q.Paragraph, q.Speaker)})
		}
	}
	r.Precision, r.Recall, r.SpeakerAccuracy = 1, 1, 1
	if len(got) > 0 {
		r.Precision = float64(matched) / float64(len(got))
	}
	if len(gold) > 0 {
		r.Recall = float64(matched) / float64(len(gold))
	}
	if matched > 0 {
		r.SpeakerAccuracy = float64(speakers) / float64(matched)
	}
	return r
}
