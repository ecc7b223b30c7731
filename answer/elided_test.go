package answer

import "testing"

// A made-up flood-relief story: a count whose noun is left out of its
// clause, and a figure dated by a weekday in a report of this year.
const elidedRelief = `Flood relief claims paid
The Fenbury trust began taking hardship claims on 4 May, and 86 had been paid by the end of June.
Volunteers from Fenbury filled 1,200 sandbags on Saturday, the trust said.
In 2019 the trust had 40 volunteers.
The trust's warden, Ilse Garrow, said more claims were expected.`

func TestElidedCount(t *testing.T) {
	e := offlineEngine(t, elidedRelief)
	checkAnswerable(t, e, []answerableCase{
		// "86 had been paid": the claims are the subject left out.
		{"How many hardship claims have been paid?", true},
		// No figure is the subject of "rejected".
		{"How many hardship claims have been rejected?", false},
	})
}

func TestThisYearByARecentDay(t *testing.T) {
	e := offlineEngine(t, elidedRelief)
	checkAnswerable(t, e, []answerableCase{
		// Dated by a weekday, in no other year: this year's.
		{"How many sandbags did the volunteers fill this year?", true},
		// 2019 is another year.
		{"How many volunteers did the trust have this year?", false},
	})
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"they filled 1,200 sandbags on saturday", true},
		{"in 2019 the trust had 40 volunteers on saturdays", false},
		{"last year they filled 900 sandbags in march", false},
		{"the trust has 40 volunteers", false},
	} {
		if got := thisYear(tt.text); got != tt.want {
			t.Errorf("thisYear(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
