package quotes

import (
	"reflect"
	"testing"
)

// TestNineteenthRoundSpans covers what the nineteenth round found read as
// quotations or missed, in made-up sentences.
func TestNineteenthRoundSpans(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a name after the in single marks is no speech",
			"A deckhand on the 'Osprey', who asked not to be named, said the pumps were old.", nil},
		{"a name after the in curly marks is no speech",
			"Asked whether the “Kittiwake” would be sold, he said no decision had been made.", nil},
		{"a name after the with speech beside it",
			"The operator said the ‘Osprey’ was ‘safe and fully certified’.", []string{"safe and fully certified"}},
		{"a word known locally as",
			`The river is threatened by dredging, known locally as "scooping", near the weir.`, nil},
		{"a paragraph in single marks runs on past a nested quotation",
			`'Each morning people ask me, "Is it open?" and I tell them what my father said: "Wait and see."`,
			[]string{`Each morning people ask me, "Is it open?" and I tell them what my father said: "Wait and see."+`}},
		{"curly single marks run on past a nested quotation",
			"‘They ask, “When?” and I answer: “Soon.”",
			[]string{"They ask, “When?” and I answer: “Soon.”+"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoted(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRunOnWithNestedQuotation: a paragraph in single marks that ends
// inside a nested double quotation runs on into the next, which the
// speaker named before finishes.
func TestRunOnWithNestedQuotation(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Ysella Kemp, who keeps the chandlery, said her takings fell by half in March.",
		`'People ask me, "Is the ferry running?" and I say what my aunt said: "Ask the tide."`,
		"'But nobody can run a shop on the tide,' she said.")
	want := []string{
		`Ysella Kemp: People ask me, "Is the ferry running?" and I say what my aunt said: "Ask the tide."`,
		"Ysella Kemp: But nobody can run a shop on the tide",
	}
	if got := said(ix); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNineteenthRoundAttribution covers speakers the nineteenth round
// found missed, in made-up sentences.
func TestNineteenthRoundAttribution(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a qualifier of ten words set off after the description's head is kept",
			[]string{
				"A driver with one of the private bus companies on the island, who asked not to be named, said the fares would “double by the summer”.",
			},
			[]string{"a driver with one of the private bus companies on the island: double by the summer"}},
		{"a paragraph of nothing but quoted words goes on with the last speaker",
			[]string{
				"‘We will rebuild the pier,’ said Ann Lee, who met the harbour master, Tom Berg, on Monday.",
				"‘It will take two years and every penny we have.’",
			},
			[]string{
				"Ann Lee: We will rebuild the pier",
				"Ann Lee: It will take two years and every penny we have.",
			}},
		{"a term restated at once after a comma and or is no speech",
			[]string{
				"The observatory said the volcano had been moved to “Bhadra”, or Level II, on Monday.",
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
