package main

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"articlebot/eval"
)

// evalFloors are the lowest offline scores each group of eval sets may
// reach. The held-out floors are set from the first measurement of articles
// written before the engine was run on them; they guard against regressions
// there, and rise only with a general improvement.
var evalFloors = map[string]struct {
	recall5, recall1, mrr, abstention, unansweredAbstained float64
	citation, quotePrecision, quoteRecall, speakers        float64
	lookups                                                float64 // speaker lookups (STEM.people.jsonl) that find the right person
}{
	eval.Tuned: {0.95, 0.80, 0.85, 0.90, 1, 1, 1, 1, 1, 1},
	// Held-out floors: none yet measured; only structural checks apply
	// until the first measurement sets them.
	eval.HeldOut: {0, 0, 0, 0, 0, 1, 0, 0, 0, 0.45},
}

// TestEvalFloors holds the engine's offline scores on the project's own
// eval sets above fixed floors. Raise a floor when a general improvement
// lifts the scores; never lower one to land a change.
func TestEvalFloors(t *testing.T) {
	sets, err := loadEvalSets("", "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) < 2 {
		t.Fatalf("got %d eval sets, want at least 2", len(sets))
	}
	cfg, err := loadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		t.Run(s.Group+"/"+s.Name, func(t *testing.T) {
			fl := evalFloors[s.Group]
			r, err := scoreSet(context.Background(), s, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				t.Fatal(err)
			}
			q := r.Questions
			if len(s.Questions) < 20 {
				t.Errorf("only %d questions: the set is too small to mean much", len(s.Questions))
			}
			floors := []struct {
				name      string
				got, want float64
			}{
				{"recall@5", q.RecallAt5, fl.recall5},
				{"recall@1", q.RecallAt1, fl.recall1},
				{"MRR", q.MRR, fl.mrr},
				{"abstention accuracy", q.AbstentionAccuracy, fl.abstention},
				{"unanswerable abstained", float64(q.UnanswerableAbstained) / float64(max(q.Unanswerable, 1)), fl.unansweredAbstained},
				{"citation validity", q.CitationValidity, fl.citation},
			}
			if r.Quotes == nil {
				t.Errorf("no quotation gold: every eval set needs a STEM.quotes.jsonl")
			} else {
				floors = append(floors, []struct {
					name      string
					got, want float64
				}{
					{"quotation precision", r.Quotes.Precision, fl.quotePrecision},
					{"quotation recall", r.Quotes.Recall, fl.quoteRecall},
					{"speaker accuracy", r.Quotes.SpeakerAccuracy, fl.speakers},
				}...)
			}
			if r.People != nil {
				floors = append(floors, struct {
					name      string
					got, want float64
				}{"speaker lookups", r.People.Rate, fl.lookups})
			}
			for _, f := range floors {
				if f.got < f.want {
					t.Errorf("%s: got %.3f, want at least %.3f", f.name, f.got, f.want)
				}
			}
			if t.Failed() {
				for _, m := range q.Misses {
					t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
				}
				for _, m := range quoteMisses(r) {
					t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
				}
				if r.People != nil {
					for _, m := range r.People.Misses {
						t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
					}
				}
			}
		})
	}
}

func quoteMisses(r evalReport) []eval.Miss {
	if r.Quotes == nil {
		return nil
	}
	return r.Quotes.Misses
}
