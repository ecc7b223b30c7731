package answer

import "testing"

func TestEraPhrases(t *testing.T) {
	tests := []struct {
		text     string
		from, to int
		century  bool
	}{
		{"built in the 1930s", 1930, 1939, true},
		{"a hit in the late '70s", 76, 79, false},
		{"in the early sixties", 60, 63, false},
		{"the mid-1990s", 1993, 1996, true},
		{"late in the seventeenth century", 1660, 1699, true},
		{"a twentieth-century house", 1900, 1999, true},
	}
	for _, tt := range tests {
		got := eraPhrases(tt.text)
		if len(got) != 1 || got[0].from != tt.from || got[0].to != tt.to || got[0].century != tt.century {
			t.Errorf("eraPhrases(%q) = %+v, want one era %d-%d (whole years %v)", tt.text, got, tt.from, tt.to, tt.century)
		}
	}
	for _, text := range []string{"a teacher in her fifties", "the last century", "half a century ago"} {
		if got := eraPhrases(text); len(got) != 0 {
			t.Errorf("eraPhrases(%q) = %+v, want none", text, got)
		}
	}
}

// TestEraSupports checks that a decade or century is stated by a year
// within it, and not by a year outside it.
func TestEraSupports(t *testing.T) {
	e := offlineEngine(t, `Orrin pumping station

The Orrin pumping station opened in 1874 and was electrified in 1967, the water company said.
`)
	checkSupport(t, e, []supportCase{
		{"a century's last part", "The Orrin pumping station opened late in the nineteenth century.", 2, true},
		{"a decade in words", "The Orrin pumping station was electrified in the late sixties.", 2, true},
		{"a decade in digits", "The Orrin pumping station was electrified in the 1960s.", 2, true},
		{"another decade", "The Orrin pumping station was electrified in the 1970s.", 2, false},
		{"another part of the decade", "The Orrin pumping station was electrified in the early sixties.", 2, false},
		{"another century", "The Orrin pumping station opened in the early eighteenth century.", 2, false},
	})
}
