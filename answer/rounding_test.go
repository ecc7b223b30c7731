package answer

import "testing"

func TestRoundedTo(t *testing.T) {
	tests := []struct {
		c, e float64
		want bool
	}{
		{60000, 61204, true},
		{1.8e6, 1.75e6, true},
		{243000, 257000, false},
		// One unit of the last digit away, which float subtraction
		// puts a hair over (3.5 - 3.4 is 0.10000000000000009).
		{3.5, 3.4, true},
		{7.5, 7.4, true},
		{3.5, 3.3, false},
	}
	for _, tt := range tests {
		if got := roundedTo(tt.c, tt.e); got != tt.want {
			t.Errorf("roundedTo(%v, %v) = %v, want %v", tt.c, tt.e, got, tt.want)
		}
	}
}
