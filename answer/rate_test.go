package answer

import "testing"

func TestRateUnit(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"How many lorries cross each day?", "day"},
		{"What does the mayor earn a year?", "year"},
		{"How many calls come in per hour?", "hour"},
		{"How much is the dividend paid quarterly?", "quarter"},
		{"How many homes were sold a year ago?", ""},
		{"How many homes were sold?", ""},
	} {
		if got := rateUnit(tc.q); got != tc.want {
			t.Errorf("rateUnit(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestAtRate(t *testing.T) {
	for _, tc := range []struct {
		s, unit string
		want    bool
	}{
		{"About 1,200 lorries cross each day.", "day", true},
		{"The crossing handles 1,200 lorries a day.", "day", true},
		{"Traffic doubled, with 1,200 lorries daily.", "day", true},
		{"It raised its quarterly dividend to 62 cents.", "quarter", true},
		{"More than 300 homes flooded in the storm.", "day", false},
		{"The mayor earns $90,000 a year.", "day", false},
	} {
		if got := atRate(tc.s, tc.unit); got != tc.want {
			t.Errorf("atRate(%q, %q) = %v, want %v", tc.s, tc.unit, got, tc.want)
		}
	}
}
