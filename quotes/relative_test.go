package quotes

import (
	"reflect"
	"testing"
)

// TestRelativeClauseAfterNoName holds the relative-clause attribution
// ("Strand, who said …") to sentences where the "who" after a comma
// follows neither a name nor a description set off by commas: the
// quotation is still found, nobody is invented for it, and the build does
// not index before the sentence (it once read p.mentAt[-1] and panicked).
func TestRelativeClauseAfterNoName(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a place before the comma",
			[]string{"Ida Brandt, a ferry pilot, crossed at dawn. The fog lay thick over the harbour, who warned that “nobody should sail today”, she said."},
			[]string{"Ida Brandt: nobody should sail today"}},
		{"a lower-case noun before the comma, straight quotes",
			[]string{`Coach Leo Marsh watched from the stands, who was "never calmer", according to Marsh.`},
			[]string{"Leo Marsh: never calmer"}},
		{"the comma opens the sentence's clause",
			[]string{"After the vote, who said ‘we will meet again in spring’ was unclear."},
			[]string{": we will meet again in spring"}},
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
