package answer

import "testing"

// TestSpeaksInAppositiveName checks that a verb of saying whose subject is
// a role renamed by an appositive that opens with the person's name ("The
// trust's surveyor, Noor Halvani of Pell Associates, said") is the
// person's speech, and that an appositive naming them only as someone's
// relative or after a preposition is not.
func TestSpeaksInAppositiveName(t *testing.T) {
	own := map[string]bool{"Noor": true, "Halvani": true}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The trust's surveyor, Noor Halvani of Pell Associates, said the wall was sound.", true},
		{"The trust's surveyor, Halvani, said the wall was sound.", true},
		{"The firm's owner, a cousin of Noor Halvani, said the wall was sound.", false},
		{"The trust's surveyor, who had worked with Noor Halvani for years, said the wall was sound.", false},
	} {
		if got := speaksIn(tc.s, own, nil, false); got != tc.want {
			t.Errorf("speaksIn(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
