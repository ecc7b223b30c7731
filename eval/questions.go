package eval

import (
	"context"
	"fmt"
	"slices"

	"articlebot/answer"
	"articlebot/article"
)

// Asker is what the eval needs of an engine.
type Asker interface {
	Ask(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Result, error)
}

// QuestionReport holds the retrieval and abstention scores of a question set.
type QuestionReport struct {
	Questions  int     `json:"questions"`
	Answerable int     `json:"answerable"`
	RecallAt1  float64 `json:"recall_at_1"`
	RecallAt3  float64 `json:"recall_at_3"`
	RecallAt5  float64 `json:"recall_at_5"`
	MRR        float64 `json:"mrr"`
	// AbstentionAccuracy is the fraction of all questions where the engine
	// abstained exactly when the question is unanswerable.
	AbstentionAccuracy float64 `json:"abstention_accuracy"`
	// UnanswerableAbstained counts unanswerable questions it abstained on.
	UnanswerableAbstained int `json:"unanswerable_abstained"`
	Unanswerable          int `json:"unanswerable"`
	// AnsweredCited is the fraction of answerable questions answered with a
	// citation of a gold paragraph.
	AnsweredCited float64 `json:"answered_cited_gold"`
	// CitationValidity is the fraction of citation markers in answers whose
	// citation is exact text of the paragraph it names and shares a content
	// term with the claim the marker is attached to.
	CitationValidity float64 `json:"citation_validity"`
	// QuotationValidity is the fraction of quoted spans (three words or
	// more) in answers that are article text.
	QuotationValidity float64   `json:"quotation_validity"`
	Misses            []Miss    `json:"misses,omitempty"`
	Results           []Outcome `json:"-"`
}

// Miss records a question the engine got wrong, for the report.
type Miss struct {
	Question string `json:"question"`
	Kind     string `json:"kind"`
	Why      string `json:"why"`
}

// Outcome is the engine's result for one question.
type Outcome struct {
	Question Question
	Result   answer.Result
}

// RunQuestions asks every question about art and scores the answers.
func RunQuestions(ctx context.Context, a Asker, art *article.Article, qs []Question) (QuestionReport, error) {
	var r QuestionReport
	var r1, r3, r5, mrr, cited float64
	var correct int
	var cv, qv validity
	for _, q := range qs {
		res, err := a.Ask(ctx, answer.Request{Question: q.Question}, nil)
		if err != nil {
			return r, fmt.Errorf("ask %q: %w", q.Question, err)
		}
		r.Results = append(r.Results, Outcome{q, res})
		r.Questions++
		cv.add(citationValidity(art, res))
		qv.add(quotationValidity(art, res.Answer))
		if !q.Answerable {
			r.Unanswerable++
			if res.Abstained {
				r.UnanswerableAbstained++
				correct++
			} else {
				r.Misses = append(r.Misses, Miss{q.Question, q.Kind, "answered an unanswerable question"})
			}
			continue
		}
		r.Answerable++
		if !res.Abstained {
			correct++
		} else {
			r.Misses = append(r.Misses, Miss{q.Question, q.Kind, "abstained"})
		}
		rank := 0
		for i, s := range res.Sources {
			if slices.Contains(q.Gold, s.Paragraph) {
				rank = i + 1
				break
			}
		}
		if rank == 0 || rank > 5 {
			r.Misses = append(r.Misses, Miss{q.Question, q.Kind, fmt.Sprintf("no gold paragraph in the top 5 sources (gold %v, got %v)", q.Gold, paragraphs(res.Sources))})
		}
		if rank > 0 {
			mrr += 1 / float64(rank)
			r1 += btof(rank <= 1)
			r3 += btof(rank <= 3)
			r5 += btof(rank <= 5)
		}
		for _, c := range res.Citations {
			if slices.Contains(q.Gold, c.Paragraph) {
				cited++
				break
			}
		}
	}
	if r.Answerable > 0 {
		n := float64(r.Answerable)
		r.RecallAt1, r.RecallAt3, r.RecallAt5, r.MRR, r.AnsweredCited = r1/n, r3/n, r5/n, mrr/n, cited/n
	}
	if r.Questions > 0 {
		r.AbstentionAccuracy = float64(correct) / float64(r.Questions)
	}
	r.CitationValidity, r.QuotationValidity = cv.rate(), qv.rate()
	return r, nil
}

func paragraphs(ss []answer.Source) []int {
	var out []int
	for _, s := range ss {
		out = append(out, s.Paragraph)
	}
	return out
}

func btof(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
