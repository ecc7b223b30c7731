package quotes

import (
	"reflect"
	"testing"

	"articlebot/fuzzy"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Wiśniewski", []string{"wisniewski"}},
		{"Trump’s call", []string{"trump", "call"}},
		{"Łódź, Straße", []string{"lodz", "strasse"}},
		{"Raymond T. Okafor", []string{"raymond", "t", "okafor"}},
		{"“von der Leyen”", []string{"von", "der", "leyen"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := fuzzy.Words(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNear(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"zelensky", "zelenskiy", true},
		{"zelenskyy", "zelenskiy", true},
		{"witkof", "witkoff", true},
		{"scholtz", "scholz", true},
		{"colbuorn", "colbourn", true}, // swapped letters
		{"biden", "putin", false},
		{"macro", "macron", false}, // short words must match exactly
		{"jinping", "putin", false},
		{"kremlin", "gremlin", false}, // first letters differ
		{"snegovaya", "snegovaia", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if _, got := near(tt.a, tt.b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
