package answer

import "testing"

// TestPairRatios checks the ratios read from two figures a passage sets
// against each other, and that figures not set against each other give
// none.
func TestPairRatios(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"The tribunal gave the landlord 24 months instead of eight.", []float64{3, 0.333333}},
		{"The toll rose from 40 cents to 80 cents.", []float64{0.5, 2}},
		{"Stallholders would pay 90,000 crowns, against the 31,000 they pay now.", []float64{2.903, 3}},
		{"The ferry will run every 15 minutes, up from every 45.", []float64{0.333333, 3}},
		{"The council voted 17 to 14 and met 3 times.", nil},
	}
	for _, tt := range tests {
		got := pairRatios(tt.text)
		for _, w := range tt.want {
			if !containsFloat(got, w) {
				t.Errorf("pairRatios(%q) = %v, want it to hold %v", tt.text, got, w)
			}
		}
		if tt.want == nil && len(got) > 0 {
			t.Errorf("pairRatios(%q) = %v, want none", tt.text, got)
		}
	}
}

// TestRatioOfTwoFigures checks that a claim's ratio ("three times as
// long", "twice the toll", "half as often") is supported by a passage that
// gives it by two figures, and that another ratio, or a count the ratio
// happens to equal, is not.
func TestRatioOfTwoFigures(t *testing.T) {
	e := offlineEngine(t, `Tribunal notes

The tribunal gave the landlord 24 months instead of eight to repair the roof of the Quarry Row flats.

Tenants of the new Ostberg flats would be charged 90,000 crowns a year, against the 31,000 they are charged today.

The Harl bridge toll rose from 40 cents to 80 cents in June.

The Ostberg ferry will run every 15 minutes from Monday, up from every 45.

The Orvel reservoir loses water 1.8 times faster than its springs can refill it.
`)
	checkSupport(t, e, []supportCase{
		{"three times as long", "The tribunal gave the landlord three times as long to repair the Quarry Row roof.", 2, true},
		{"four times as long", "The tribunal gave the landlord four times as long to repair the Quarry Row roof.", 2, false},
		{"a count equal to the ratio", "The tribunal gave the landlord 3 roofs to repair at Quarry Row.", 2, false},
		{"almost three times what", "Tenants of the new Ostberg flats would be charged almost three times what they are charged today.", 3, true},
		{"twice what", "Tenants of the new Ostberg flats would be charged twice what they are charged today.", 3, false},
		{"twice the toll", "In June the Harl bridge toll became twice as high.", 4, true},
		{"three times the toll", "In June the Harl bridge toll became three times as high.", 4, false},
		{"three times as often", "From Monday the Ostberg ferry will run three times as often.", 5, true},
		{"nearly twice as fast", "The Orvel reservoir loses water nearly twice as fast as its springs refill it.", 6, true},
		{"three times as fast", "The Orvel reservoir loses water three times as fast as its springs refill it.", 6, false},
	})
}

// TestAlternativeEnds checks that "instead of" and "rather than" negate
// the alternative they name and not the rest of the clause.
func TestAlternativeEnds(t *testing.T) {
	tests := []struct {
		text          string
		negated, kept string
	}{
		{"The landlord got 24 months instead of eight to repair the roof.", "", "roof"},
		{"The board chose to repair the hall rather than rebuild it.", "rebuild", "hall"},
		{"They took the ferry instead of the bridge that crosses the bay.", "bridg", "bay"},
	}
	for _, tt := range tests {
		got := negatedTerms(tt.text)
		if tt.negated != "" && !containsStr(got, tt.negated) {
			t.Errorf("negatedTerms(%q) = %v, want it to hold %q", tt.text, got, tt.negated)
		}
		if containsStr(got, tt.kept) {
			t.Errorf("negatedTerms(%q) = %v, want no %q", tt.text, got, tt.kept)
		}
	}
}

// TestCountedFractionOfTime checks that "three quarters of an hour" is
// 45 minutes, not a quarter of an hour.
func TestCountedFractionOfTime(t *testing.T) {
	got := timedFigures("The ferry now runs every three quarters of an hour.")
	if len(got) == 0 || got[0] != (timedFigure{0.75, "hour"}) {
		t.Errorf("timedFigures = %v, want [{0.75 hour}]", got)
	}
}
