package eval

import (
	"context"
	"os"
	"testing"

	"articlebot/article"
)

// gateFloors are the lowest gate scores the tuned sets may reach, per
// behaviour: the targets where they hold on the tuned sets (wrong
// neighbour precision 0.95 and recall 0.8 after repair, invented
// quotations never shown), and the measured figures less a little slack
// elsewhere. Raise a floor with a general improvement; never lower one to
// land a change.
//
// Round 2 (helper gate) raised the floors to what the word vectors and the
// new guards reach, and added harder tuned data: own-words sentences and
// claims for aquifer, corvane, millbrook and saelen (84 invented sentences
// and 19 invented quotations in all, from 24 and 7). On that data before
// the round's changes, 35/84 invented sentences were shown (precision
// 0.682) and invented-quotation answers kept 0.842 of their facts; after,
// 20/84 (0.800) and 0.895. On the first round's 24 claims the gate now
// shows 2 (it showed 4). The floors for those two behaviours are set from
// the new data, not lowered on the old.
//
// Round 3 (helper gate) raised them again with the negation idioms, the
// percentage and bound figures, the possessor rule, the relation checks
// and the swapped-name check (see answer/negation.go, numbers.go,
// relation.go), on tuned data grown to 91 invented sentences: own words kept 0.951 → 0.976, wrong-neighbour
// recall 0.934 → 0.959, invented sentences shown 20/84 → 19/91
// (precision 0.827; main before the round showed 22 of the first 89).
//
// Round 4 (helper gate): modality, figures bound to another thing, who
// did what to whom, scales and relations of kin (answer/modality.go,
// figurebind.go, relation.go, contrast.go) and 13 more tuned claims. On
// round 3's 91 claims the gate now shows 18 (precision 0.835), not 19;
// on all 104, 21 (0.832), since 3 of the 13 new ones pass ("more cautious
// about last year" on the verb "last"; an order given to another person,
// accepted on the lead paragraph; a confirmation the passage does not
// give, accepted by the embedder's rescue at coverage 0.23). The count
// floor is set on the 104 from that: 21, with precision raised to 0.82.
var gateFloors = map[string]struct {
	precision, recall, kept float64
	inventedShown           int
}{
	"own words":           {0.95, 0.96, 0.96, 0},
	"cites neighbour":     {0.95, 0.94, 0, 0},
	"mixed right/wrong":   {0.95, 0.95, 0.96, 0},
	"splits a fact":       {0.95, 0.92, 0.92, 0},
	"invents a sentence":  {0.82, 0.98, 0.98, 21},
	"invents a quotation": {0.95, 0.88, 0.88, 0},
	"cites as [1][2]":     {0.95, 0.95, 0.94, 0},
	"cites as [1, 2]":     {0.95, 0.95, 0.94, 0},
	"cites as (1)":        {0.95, 0.95, 0.95, 0},
	"cites as [Source 1]": {0.95, 0.95, 0.95, 0},
	"cites as 【1】":        {0.95, 0.95, 0.95, 0},
}

// TestGateEval runs the citation gate eval on the tuned sets (the built-in
// article and harbor) and holds every behaviour's scores above its floor.
// The held-out scores are reported by `articlebot eval --gate`.
func TestGateEval(t *testing.T) {
	data, err := os.ReadFile("../article.txt")
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := article.Parse("built-in article", data)
	if err != nil {
		t.Fatal(err)
	}
	sets, err := LoadSets(os.DirFS(".."), "testdata/eval", shipped)
	if err != nil {
		t.Fatal(err)
	}
	var reports []GateReport
	for _, s := range sets {
		if s.Group != Tuned {
			continue
		}
		r, err := RunGate(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, r)
	}
	sum := SumGate(reports, Tuned)
	if len(sum) != len(gateFloors) {
		t.Fatalf("got %d behaviours, want %d", len(sum), len(gateFloors))
	}
	for _, sc := range sum {
		fl, ok := gateFloors[sc.Behaviour]
		if !ok {
			t.Errorf("behaviour %q has no floor", sc.Behaviour)
			continue
		}
		t.Logf("%-20s answers %3d precision %.3f recall %.3f kept %.3f moved %3d removed %3d dropped %3d invented shown %d/%d",
			sc.Behaviour, sc.Answers, sc.Precision, sc.Recall, sc.Kept, sc.Moved, sc.Removed, sc.Dropped, sc.InventedShown, sc.Invented)
		if sc.Answers == 0 {
			t.Errorf("%s: no answers scored", sc.Behaviour)
		}
		if sc.Precision < fl.precision || sc.Recall < fl.recall || (sc.RightCited > 0 && sc.Kept < fl.kept) || sc.InventedShown > fl.inventedShown {
			t.Errorf("%s: precision %.3f recall %.3f kept %.3f invented shown %d; want at least %.2f, %.2f, %.2f and at most %d",
				sc.Behaviour, sc.Precision, sc.Recall, sc.Kept, sc.InventedShown, fl.precision, fl.recall, fl.kept, fl.inventedShown)
		}
	}
}
