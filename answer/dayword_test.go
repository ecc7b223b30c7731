package answer

import "testing"

// TestDayOfDateInWords checks that "first" or "second" as the day of a
// date ("the first of June") is the date's figure, not a rank a window's
// "last night" turns against the claim; a changed day still fails.
func TestDayOfDateInWords(t *testing.T) {
	e := offlineEngine(t, `Brindle Lido

The Brindle lido will close from 1 June for a new filter, the Brindle trust confirmed last night, after inspectors found cracked pipework.
`)
	checkSupport(t, e, []supportCase{
		{"day in words", "The lido closes on the first of June.", 2, true},
		{"month before the day", "The lido closes on June first.", 2, true},
		{"changed day", "The lido closes on the second of June.", 2, false},
	})
}

// TestEveningIsNight checks that "night" and "evening" of one day are
// one time: neither contradicts the other, while "morning" still does.
func TestEveningIsNight(t *testing.T) {
	e := offlineEngine(t, `Tarrow Appeal

A fund for the Tarrow ferry had raised more than 4,000 pounds by Friday evening, its organisers said.
`)
	checkSupport(t, e, []supportCase{
		{"night for evening", "The Tarrow ferry fund had passed 4,000 pounds by Friday night.", 2, true},
		{"morning for evening", "The Tarrow ferry fund had passed 4,000 pounds by Friday morning.", 2, false},
	})
}
