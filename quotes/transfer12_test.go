package quotes

import (
	"reflect"
	"testing"
)

// TestTwelfthRoundMechanisms covers kinds of attribution the twelfth
// round found failing on articles nobody tuned on, each in made-up
// sentences.
func TestTwelfthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a bill's title with a bracketed word is a title, not a quotation",
			[]string{
				"The assembly voted 30 to 12 to send the “Harbour Dues (Amendment) Bill” to a second reading.",
				"Mira Quell said the vote was “long overdue”.",
			},
			[]string{
				"Mira Quell: long overdue",
			}},
		{"a study's title set off after the study and its agent is a title, question mark and all",
			[]string{
				"A report written for the guild, “Room to Grow?”, says that longer hours would add 80 posts.",
				"An analysis by the ferry company, ‘Who Rides at Dawn’, found most travellers were commuters.",
				"Mira Quell said the figure was “far too high”.",
			},
			[]string{
				"Mira Quell: far too high",
			}},
		{"a term the sentence's people refer to something by, after a stranded preposition, is a name, not a quotation",
			[]string{
				"Cafés have added tables to the pavement, a habit that neighbours complain about as “kerb sprawl”.",
				"It is a rule that drivers speak of as “the long stop”.",
				"Mira Quell complained about the noise as “unbearable at night”, she said.",
			},
			[]string{
				"Mira Quell: unbearable at night",
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
