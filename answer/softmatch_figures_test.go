package answer

import (
	"slices"
	"testing"
)

// The support measure's figure rules: rounded figures, per-share amounts,
// durations and rounded units (moved unchanged from softmatch_test.go).

func TestRoughFigures(t *testing.T) {
	tests := []struct {
		claim, source string
		want          bool
	}{
		{"roughly 2 million people", "1.9 million people", true},
		{"about 900 workers", "900 workers", true},
		{"2 million people", "1.9 million people", false},
		{"roughly 3 million people", "1.9 million people", false},
		{"about 243,000 visitors", "257,000 visitors", false},
		{"about 250,000 visitors", "257,000 visitors", true},
		{"roughly 4.7 million tonnes", "4.62 million tonnes", true},
		{"roughly 4.4 million tonnes", "4.62 million tonnes", false},
		{"almost 2,000 runners", "1,940 runners", true},
		{"nearly 1,370 runners", "1,340 runners", true},
		{"nearly 1,370 runners", "1,410 runners", false},
		{"more than 61,000 fans", "a crowd of 61,204", true},
		{"more than 61,000 fans", "a crowd of 60,204", false},
		{"more than 50,000 fans", "a crowd of 61,204", false},
		{"under 2,500 grams", "2,480 grams", true},
		{"under 2,500 grams", "2,580 grams", false},
		{"50 percent", "by half", true},
		{"50 percent", "50 of them", false},
	}
	for _, tt := range tests {
		v, rough := figuresOf(tt.claim)
		if got := roughlyMatch(v, rough, figures(tt.source)); got != tt.want {
			t.Errorf("%q against %q = %v; want %v", tt.claim, tt.source, got, tt.want)
		}
	}
}

func TestPerShareIsNotAPercentage(t *testing.T) {
	if got, want := figures("$2.31 per share"), []float64{2.31}; !slices.Equal(got, want) {
		t.Errorf("figures($2.31 per share) = %v; want %v", got, want)
	}
	if got := figures("12 per cent"); !slices.Contains(got, 0.12) {
		t.Errorf("figures(12 per cent) = %v; want 0.12 among them", got)
	}
}

func TestTimedFigures(t *testing.T) {
	tests := []struct {
		claim, source string
		want          bool
	}{
		{"every six months", "every six weeks", false},
		{"in the next 20 years", "within two decades", true},
		{"for six weeks", "every six weeks and a month later", true},
	}
	for _, tt := range tests {
		if got := timesAgree(timedFigures(tt.claim), timedFigures(tt.source)); got != tt.want {
			t.Errorf("%q against %q = %v; want %v", tt.claim, tt.source, got, tt.want)
		}
	}
}

func TestRoundedUnits(t *testing.T) {
	tests := []struct {
		in   timedFigure
		want []timedFigure
	}{
		{timedFigure{16, "week"}, []timedFigure{{4, "month"}}},
		{timedFigure{90, "day"}, []timedFigure{{3, "month"}}},
		{timedFigure{52, "week"}, []timedFigure{{12, "month"}, {1, "year"}}},
		{timedFigure{5, "week"}, nil},
		// Halves of a month: six weeks is a month and a half.
		{timedFigure{6, "week"}, []timedFigure{{1.5, "month"}}},
		{timedFigure{10, "week"}, []timedFigure{{2.5, "month"}}},
		{timedFigure{9, "week"}, []timedFigure{{2, "month"}}},
		{timedFigure{10, "day"}, nil},
		{timedFigure{3, "month"}, nil},
	}
	for _, tt := range tests {
		if got := roundedUnits(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("roundedUnits(%v) = %v; want %v", tt.in, got, tt.want)
		}
	}
}
