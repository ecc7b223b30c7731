package article

import "testing"

func TestWithoutReferenceMarkers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Cover rose from 12 to 19 per cent [1].", "Cover rose from 12 to 19 per cent."},
		{"The ban followed in 2018 [2, 3], she said.", "The ban followed in 2018, she said."},
		{"Two surveys [4–6] agree.", "Two surveys agree."},
		{"[1] Ruiz, A. (2026). Coral cover.", "Ruiz, A. (2026). Coral cover."},
		// Brackets that are not reference numbers stay.
		{"He [Ruiz] said the year [sic] was wrong.", "He [Ruiz] said the year [sic] was wrong."},
		{"No brackets at all.", "No brackets at all."},
	}
	for _, tt := range tests {
		if got := WithoutReferenceMarkers(tt.in); got != tt.want {
			t.Errorf("WithoutReferenceMarkers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
