package quotes

import "testing"

func TestTitleCase(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Hannity", true},
		{"The Ingraham Angle", true},
		{"Lord of the Rings", true},
		{"the view", false},
		{"We won.", false},
		{"Meet the Press, Again", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := titleCase(tt.in); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
