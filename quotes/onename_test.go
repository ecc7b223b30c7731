package quotes

import (
	"slices"
	"testing"
)

// A person who goes by one name is a person by the description set off
// after it, and the "he said" after their quotation is theirs, not the
// last speaker's.
func TestOneNameDescribed(t *testing.T) {
	tests := []struct {
		name, para, want string
	}{
		{"an age",
			"Tumenbat, a 61-year-old fisherman on the north shore, said he had lost two boats. “The lake keeps what it takes. This year it kept more,” he said.",
			"Tumenbat: The lake keeps what it takes. This year it kept more"},
		{"a role noun",
			"Oskebo, a nurse who has been on the same ward since 1990, said she had never seen the ward so full. “We put beds in the corridor last night,” she said.",
			"Oskebo: We put beds in the corridor last night"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t,
				"The chair of the port's survey unit, Sarnai Ochirbat, was wary of the number: “It is a rough count. A warm spring would bring the number down.”",
				tt.para)
			if got := said(ix); !slices.Contains(got, tt.want) {
				t.Errorf("got %q, want %q among them", got, tt.want)
			}
		})
	}
}

// A body's one-word name with a description that a body may carry stays a
// body's: "Kelvar, a builder of ferries, said it …".
func TestOneNameBodyDescribed(t *testing.T) {
	_, ix := parse(t, "Kelvar, a builder of small ferries, said it would open a second yard in May.")
	for _, sp := range ix.Speakers() {
		if sp.Name == "Kelvar" && sp.Kind == Person {
			t.Errorf("Kelvar read as a person")
		}
	}
}
