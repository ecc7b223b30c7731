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
