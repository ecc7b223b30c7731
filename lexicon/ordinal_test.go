package lexicon

import "testing"

func TestOrdinal(t *testing.T) {
	cases := []struct {
		w    string
		n    int
		isOK bool
	}{
		{"second", 2, true}, {"Fourth", 4, true}, {"2nd", 2, true}, {"21st", 21, true},
		{"11th", 11, true}, {"13th", 13, true}, {"22nd", 22, true},
		{"11st", 0, false}, {"2th", 0, false}, {"seconds", 0, false}, {"nd", 0, false}, {"month", 0, false},
	}
	for _, c := range cases {
		n, ok := Ordinal(c.w)
		if ok != c.isOK || ok && n != c.n {
			t.Errorf("Ordinal(%q): got %d %v, want %d %v", c.w, n, ok, c.n, c.isOK)
		}
	}
}
