package answer

import "testing"

// TestAgeForms: an age given in a relative clause ("who is now 88"),
// after a name's bracketed aside ("Lena Brix (known as Red), 29,"), or,
// for a thing, as the length of its history or how long ago it began.
func TestAgeForms(t *testing.T) {
	for _, c := range []struct {
		s     string
		thing bool
		want  int
	}{
		{"The choir's founder, Tomas Varga, who is now 88 and lives in Szeged, led the first rehearsal.", false, 1},
		{"The suspect, Lena Brix (known locally as Red), 29, was held overnight.", false, 1},
		{"It was the worst season in the rowing club's 118-year history.", true, 1},
		{"The dune field began shifting about 4,000 years ago, the survey found.", true, 1},
		{"The mill was founded 160 years ago by two brothers.", true, 1},
		// A person's career or a start long ago is no age of theirs.
		{"It was the worst season in the rowing club's 118-year history.", false, 0},
		{"She started teaching 20 years ago.", false, 0},
		// Nor is a bracketed aside before a count.
		{"The ward (see the map), 40 beds in all, reopened.", false, 0},
	} {
		if got := len(agesIn(c.s, c.thing)); got != c.want {
			t.Errorf("agesIn(%q, %v) = %d ages, want %d", c.s, c.thing, got, c.want)
		}
	}
	if !hasAnswerType(ageType, "How old is the rowing club?", "It was the worst season in the rowing club's 118-year history.") {
		t.Errorf("a club's 118-year history does not say how old it is")
	}
	if !hasAnswerType(ageType, "How old is Tomas Varga?", "The choir's founder, Tomas Varga, who is now 88 and lives in Szeged, led the first rehearsal.") {
		t.Errorf("\"who is now 88\" does not give an age")
	}
}
