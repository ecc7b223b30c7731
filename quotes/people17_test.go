package quotes

import (
	"strings"
	"testing"
)

// TestKinIsNoBodys checks that "Their son, NAME," after a body was named
// is no body's son: a kin word after "their" or "its" belongs to people.
// The lines are made up.
func TestKinIsNoBodys(t *testing.T) {
	_, ix := parse(t,
		"Tide gauge keeper retires after 40 years",
		"Ivo Marsh married Lena Marsh, a hydrographer, in 1981, the year the Kettle Harbour Board hired them both.",
		"Their son, Tobin Marsh, is a marine engineer at the Skerry Point shipyard.",
		"“She checked the gauge at six every morning,” Tobin Marsh said. “Even on holidays.”",
	)
	sp := ix.Find("Tobin Marsh").Speakers
	if len(sp) != 1 {
		t.Fatalf("Find(Tobin Marsh): got %v", sp)
	}
	for _, r := range sp[0].Roles {
		if strings.Contains(r, "Board") {
			t.Errorf("role %q: a son is no body's", r)
		}
	}
}
