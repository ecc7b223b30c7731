package main

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"articlebot/eval"
)

// setFloors are the lowest offline scores a group of eval sets may reach.
type setFloors struct {
	recall5, recall1, mrr, abstention, unansweredAbstained float64
	citation, quotePrecision, quoteRecall, speakers        float64
	lookups                                                float64 // speaker lookups (STEM.people.jsonl) that find the right person
}

// floor is one score and the lowest it may be.
type floor struct {
	name      string
	got, want float64
}

// checkFloors reports every score below its floor.
func checkFloors(t *testing.T, floors []floor) {
	t.Helper()
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s: got %.3f, want at least %.3f", f.name, f.got, f.want)
		}
	}
}

// evalFloors are the lowest offline scores each group of eval sets may
// reach. The held-out floors are set from the first measurement of articles
// written before the engine was run on them; they guard against regressions
// there, and rise only with a general improvement. The tables are
// tunedFloors, heldOutFloors and blindFloors, one file each.
var evalFloors = joinFloors(tunedFloors, heldOutFloors, blindFloors)

// joinFloors returns one table of the groups of all tables. A group in two
// tables is a mistake in them: it panics rather than keep either.
func joinFloors(tables ...map[string]setFloors) map[string]setFloors {
	all := map[string]setFloors{}
	for _, t := range tables {
		for g, f := range t {
			if _, dup := all[g]; dup {
				panic("eval floors: group " + g + " is in two tables")
			}
			all[g] = f
		}
	}
	return all
}

// tunedIssue9 is the floor group of the tuned sets named in issue9Sets.
const tunedIssue9 = "tuned (issue 9)"

// issue9Sets are the file stems of the tuned articles added in issue 9.
var issue9Sets = map[string]bool{"aquifer": true, "corvane": true, "millbrook": true, "saelen": true}

// tunedAttrib is the floor group of the tuned sets named in attribSets.
const tunedAttrib = "tuned (attribution)"

// attribSets are the file stems of the tuned articles added for attribution
// in issue 9's second round.
var attribSets = map[string]bool{"feature-glassworks": true, "obit-aldous": true, "release-lumenar": true}

// tunedPeople is the floor group of the tuned sets named in peopleSets.
const tunedPeople = "tuned (people)"

// peopleSets are the file stems of the tuned articles added for finding
// people in issue 9's sixth round.
var peopleSets = map[string]bool{"cupfinal": true}

// tunedTranscript is the floor group of the tuned sets named in
// transcriptSets.
const tunedTranscript = "tuned (transcript)"

// transcriptSets are the file stems of the tuned articles added for
// interviews printed as transcripts in issue 9's eighth round.
var transcriptSets = map[string]bool{"typewriter-transcript": true}

// tunedSilence is the floor group of the tuned sets named in silenceSets.
const tunedSilence = "tuned (silence)"

// silenceSets are the file stems of the tuned articles added for honest
// silence in issue 9's ninth round.
var silenceSets = map[string]bool{"release-seedvault": true, "quarry-council": true}

// floorGroup returns the floor group of a set: its group, tunedIssue9,
// tunedAttrib, tunedPeople, tunedTranscript or tunedSilence.
func floorGroup(s eval.Set) string {
	stem, _, ok := strings.Cut(s.Name, ".txt")
	switch {
	case ok && s.Group == eval.Tuned && peopleSets[stem]:
		return tunedPeople
	case ok && s.Group == eval.Tuned && issue9Sets[stem]:
		return tunedIssue9
	case ok && s.Group == eval.Tuned && attribSets[stem]:
		return tunedAttrib
	case ok && s.Group == eval.Tuned && transcriptSets[stem]:
		return tunedTranscript
	case ok && s.Group == eval.Tuned && silenceSets[stem]:
		return tunedSilence
	}
	return s.Group
}

// TestEvalFloors holds the engine's offline scores on the project's own
// eval sets above fixed floors. Raise a floor when a general improvement
// lifts the scores; never lower one to land a change.
func TestEvalFloors(t *testing.T) {
	sets, err := loadEvalSets(context.Background(), "", nil, "", "", "", "")
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
			fl, hasFloors := evalFloors[floorGroup(s)]
			r, err := scoreSet(context.Background(), s, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				t.Fatal(err)
			}
			q := r.Questions
			if len(s.Questions) < 20 {
				t.Errorf("only %d questions: the set is too small to mean much", len(s.Questions))
			}
			floors := []floor{
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
				floors = append(floors, []floor{
					{"quotation precision", r.Quotes.Precision, fl.quotePrecision},
					{"quotation recall", r.Quotes.Recall, fl.quoteRecall},
					{"speaker accuracy", r.Quotes.SpeakerAccuracy, fl.speakers},
				}...)
			}
			if r.People != nil && r.People.Lookups > 0 {
				floors = append(floors, floor{"speaker lookups", r.People.Rate, fl.lookups})
			}
			if !hasFloors {
				t.Logf("group %q has no floors yet: only the set's structure is checked", floorGroup(s))
				floors = nil
			}
			checkFloors(t, floors)
			checkWholeFloors(t, s, r)
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

func quoteMisses(r eval.Report) []eval.Miss {
	if r.Quotes == nil {
		return nil
	}
	return r.Quotes.Misses
}
