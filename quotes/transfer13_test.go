package quotes

import (
	"reflect"
	"testing"
)

// TestThirteenthRoundMechanisms covers kinds of attribution the
// thirteenth round found failing on made-up articles written to probe the
// engine, each in made-up sentences.
func TestThirteenthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a frame verb's participle set off after its clause takes the clause's subject",
			[]string{
				"Mira Quell praised the ferry crews on Friday.",
				"Councillor Ivo Lant rejected the plan on Monday, calling it “a bad joke”.",
				"The union turned the offer down, describing it as “an insult to every nurse”.",
			},
			[]string{
				"Ivo Lant: a bad joke",
				"the union: an insult to every nurse",
			}},
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
