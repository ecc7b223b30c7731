package answer

import "testing"

// TestFigureNearOther checks that a claim which gives a word the figure
// its window gives to something else in the same clause is not supported,
// while the word's own figure is, and a figure the window gives to what
// the claim names is left alone.
func TestFigureNearOther(t *testing.T) {
	e := offlineEngine(t, `The Harrowby fair

Attendance at the Harrowby fair was 52 per cent, down from the 64 per cent of the year before.

Ms Quell joined the Tollford orchestra in 1991. She led its string section from 2003 to 2017 and retired on Friday.

Patients given the tonic had a mean of 0.7 relapses against 1.6 in the saline cohort.
`)
	checkSupport(t, e, []supportCase{
		{"last year's share", "Attendance at the Harrowby fair was 64 per cent.", 2, false},
		{"this year's share", "Attendance at the Harrowby fair was 52 per cent.", 2, true},
		{"joining year as leading", "Ms Quell led the Tollford string section from 1991 to 2017.", 3, false},
		{"leading years", "Ms Quell led the Tollford string section from 2003 to 2017.", 3, true},
		{"saline cohort's mean", "The saline cohort had a mean of 1.6 relapses.", 4, true},
	})
}
