package answer

import "testing"

func TestDaysAndHoursAreNoCounts(t *testing.T) {
	cases := []struct {
		q, s string
		want bool
	}{
		{"How many people work at the museum?", "Brindle Museum of Clocks, Oxley, until 14 March", false},
		{"How many people work at the museum?", "The exhibition opens on March 3rd at the Brindle museum.", false},
		{"How many volunteers turned up?", "Volunteers gathered at 6 a.m. by the gate on Dec. 2.", false},
		{"How many volunteers turned up?", "Doors open at 10:30 and close at 4pm.", false},
		{"How many volunteers turned up?", "About 40 volunteers turned up on 14 March.", true},
		{"How many volunteers turned up?", "Forty volunteers came at 9am.", true},
	}
	for _, tc := range cases {
		if got := hasAnswerType(numberType, tc.q, tc.s); got != tc.want {
			t.Errorf("hasAnswerType(number, %q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
}

func TestAbbreviatedUnitsOfTimeAreDurations(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Duration: 1hr 50mins, no interval.", true},
		{"The recital lasts 75 min with a break.", true},
		{"The hall seats 300 and is air-conditioned.", false},
	}
	for _, tc := range cases {
		if got := hasAnswerType(durationType, "How long is the recital?", tc.s); got != tc.want {
			t.Errorf("hasAnswerType(duration, %q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestFiscalPeriodsAndHalvesAreTimes(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Output at the new mill should begin in FY28.", true},
		{"The buyback will be completed by Q3.", true},
		{"Deliveries are due in the first quarter of the next fiscal.", true},
		{"Morrow equalised early in the second half.", true},
		{"Output at the new mill will be doubled.", false},
	}
	for _, tc := range cases {
		if got := hasAnswerType(timeType, "When will it happen?", tc.s); got != tc.want {
			t.Errorf("hasAnswerType(time, %q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
