package main

import (
	"context"
	"io"
	"log/slog"
	"testing"
)

// TestEvalFloors holds the engine's offline scores on the project's own
// eval sets above fixed floors. Raise a floor when a general improvement
// lifts the scores; never lower one to land a change.
func TestEvalFloors(t *testing.T) {
	sets, err := loadEvalSets("", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) != 2 {
		t.Fatalf("got %d eval sets, want 2", len(sets))
	}
	cfg, err := loadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			r, err := scoreSet(context.Background(), s, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				t.Fatal(err)
			}
			q := r.Questions
			if len(s.questions) < 20 {
				t.Errorf("only %d questions: the set is too small to mean much", len(s.questions))
			}
			floors := []struct {
				name      string
				got, want float64
			}{
				{"recall@5", q.RecallAt5, 0.95},
				{"recall@1", q.RecallAt1, 0.80},
				{"MRR", q.MRR, 0.85},
				{"abstention accuracy", q.AbstentionAccuracy, 0.90},
				{"unanswerable abstained", float64(q.UnanswerableAbstained) / float64(q.Unanswerable), 1},
				{"citation validity", q.CitationValidity, 1},
				{"quotation precision", r.Quotes.Precision, 1},
				{"quotation recall", r.Quotes.Recall, 1},
				{"speaker accuracy", r.Quotes.SpeakerAccuracy, 1},
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
				for _, m := range r.Quotes.Misses {
					t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
				}
			}
		})
	}
}
