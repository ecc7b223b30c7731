package quotes

import (
	"reflect"
	"testing"
)

// TestNinthRoundMechanisms covers the kinds of attribution the ninth round
// was told the sixth blind set fails on, each in made-up sentences in more
// than one house style and quotation mark.
func TestNinthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a quotation in single marks after a colon runs on into the next paragraph that opens with a mark",
			[]string{
				"Dr Priya Venkataraman MBBS FRCOG FRCPCH, clinical director for children's services, said: 'This unit changes what we can offer the smallest babies. Families will no longer travel for intensive care.",
				"'We have trained sixty nurses for it.'",
				"Managing director Anil Deshmukh told analysts on a call: 'Rural demand has come back strongly.",
				"'We expect the festive season to be even better.'",
				"Asked about the injury, the visitors' manager, Rob Tate, said: ‘He will be fine. We are not worried.",
				"‘He trains on Monday.’",
			},
			[]string{
				"Priya Venkataraman: This unit changes what we can offer the smallest babies. Families will no longer travel for intensive care.",
				"Priya Venkataraman: We have trained sixty nurses for it.",
				"Anil Deshmukh: Rural demand has come back strongly.",
				"Anil Deshmukh: We expect the festive season to be even better.",
				"Rob Tate: He will be fine. We are not worried.",
				"Rob Tate: He trains on Monday.",
			}},
		{"an elision in straight marks after a colon opens no quotation",
			[]string{
				"The band's one rule was simple: 'em first, us second.",
				"Tom Hale grew up in the north: '90s rave, mostly.",
			},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
