package answer

import "testing"

// TestScoresStandTogether checks that a claim's score or tally ("3-1")
// is stated only by a passage that gives it as a pair, in either order
// ("lost 1-3") or as "by 4 votes to 1", not by two figures found apart
// ("the third goal", "one minute from time"); the gate reads this with the
// figure check.
func TestScoresStandTogether(t *testing.T) {
	e := offlineEngine(t, `Dunmore Rovers in the shield final

Dunmore Rovers beat Pelham Town 3-1 at Grange Road to reach the shield final.

At Grange Road last season, Dunmore Rovers beat Pelham Town with the third goal one minute from time.

The parish council backed the new clubhouse by 4 votes to 1.
`)
	tests := []struct {
		name, claim string
		para        int
		want        bool
	}{
		{"the score as written", "Dunmore Rovers beat Pelham Town 3-1 at Grange Road.", 2, true},
		{"the score the other way", "Pelham Town lost 1-3 to Dunmore Rovers.", 2, true},
		{"figures found apart", "Dunmore Rovers beat Pelham Town 3-1 at Grange Road.", 3, false},
		{"a tally with votes", "The parish council backed the clubhouse 4-1.", 4, true},
		{"another tally", "The parish council backed the clubhouse 3-1.", 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := e.art.Paragraph(tt.para)
			if got := e.pairsStated(e.claimInfo(tt.claim), p.Sentences); got != tt.want {
				t.Errorf("¶%d states the score of %q = %v, want %v", tt.para, tt.claim, got, tt.want)
			}
		})
	}
}
