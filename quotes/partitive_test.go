package quotes

import (
	"slices"
	"testing"
)

// "One of" a group named by the plural of a noun for a person is an
// unnamed source, whether or not the noun is a known role: "one of the
// jury's assessors" speaks as surely as "one of the jury's members".
func TestPartitivePluralSource(t *testing.T) {
	_, ix := parse(t,
		"Ottilie Brask of the Fenwick Prize committee chose the shortlist. ‘It was a strong year,’ she says.",
		"One of the jury’s assessors, who would give no name, told us the panel had ‘argued about the winner for three hours’.")
	want := "one of the jury’s assessors: argued about the winner for three hours"
	if got := said(ix); !slices.Contains(got, want) {
		t.Errorf("got %q, want %q among them", got, want)
	}
}
