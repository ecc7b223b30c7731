package answer

import (
	"reflect"
	"testing"
)

func TestFigures(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"more than 40 drones", []float64{40}},
		{"forty drones", []float64{40}},
		{"about a fifth of the territory", []float64{0.2}},
		{"20% of the territory", []float64{20, 0.2}},
		{"two thirds of voters", []float64{0.666667}},
		{"a $4.1 million wall", []float64{4.1e6}},
		{"1,400 jobs", []float64{1400}},
		{"in 2022", []float64{2022}},
		{"four decades", []float64{40}},
		{"risen 8 inches in a century", []float64{8, 100}},
		{"talks on Sunday in March", []float64{-206, -102}},
		{"one of the talks may go on", nil},
	}
	for _, tt := range tests {
		if got := figures(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("figures(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
	if !figuresMatch(figures("Russia launched more than 40 drones"), figures("Russia launched 40 drones")) {
		t.Error("more than 40 should match 40")
	}
	if figuresMatch(figures("the call lasted five hours"), figures("It lasted almost two hours.")) {
		t.Error("five hours should not match two hours")
	}
}

func TestNormalizeMarkers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A fact [1][2].", "A fact [1][2]."},
		{"A fact [1, 2].", "A fact [1, 2]."},
		{"A fact (1).", "A fact [1]."},
		{"A fact [Source 1].", "A fact [1]."},
		{"A fact [Sources 1 and 3].", "A fact [1, 3]."},
		{"A fact 【2】.", "A fact [2]."},
		{"A fact [^2].", "A fact [2]."},
		{"Since the invasion (2022) and (7).", "Since the invasion (2022) and (7)."},
	}
	for _, tt := range tests {
		if got := normalizeMarkers(tt.in, 3); got != tt.want {
			t.Errorf("normalizeMarkers(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}
