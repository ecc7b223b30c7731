package eval

import (
	"context"

	"articlebot/answer"
)

// Report is the scores of one set: what `eval --json` prints for it.
type Report struct {
	Set       string         `json:"set"`
	Group     string         `json:"group,omitempty"`
	Mode      string         `json:"mode"`
	Questions QuestionReport `json:"questions"`
	Quotes    *QuoteReport   `json:"quotes,omitempty"`
	// People scores speaker lookups by name, role and misspelling, when
	// the set has a people file with lookups.
	People *PeopleReport `json:"people,omitempty"`
	// Whole scores the questions about the whole article, when the set
	// has any.
	Whole *WholeReport `json:"whole,omitempty"`
}

// Score scores a set with an engine built for its article: the questions
// (retrieval, abstention, citations, whole-article questions) and the
// quotation extraction, each when the set has gold for it.
func Score(ctx context.Context, s Set, eng *answer.Engine) (Report, error) {
	r := Report{Set: s.Name, Group: s.Group, Mode: string(eng.Mode())}
	if len(s.Questions) > 0 {
		var err error
		if r.Questions, err = RunQuestions(ctx, eng, s.Article, s.Questions); err != nil {
			return r, err
		}
		r.Whole = ScoreWhole(s.Article, r.Questions.Results, s.People)
	}
	if s.Quotes != nil {
		qr := ScoreQuotes(eng.Quotations().Quotes(), s.Quotes)
		r.Quotes = &qr
	}
	if s.People != nil {
		pr := ScorePeople(eng.Quotations(), s.People)
		r.People = &pr
	}
	return r, nil
}
