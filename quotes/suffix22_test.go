package quotes

import "testing"

// TestGenerationSuffixes: "Jr." and "Sr." written after a name tell a
// father and son apart as "junior" and "senior" do: each keeps his name
// as the article writes it, the surname with the suffix finds him, and a
// pair of family roles set off before both names ("a mother and son, X,
// and Y") gives each his own, of the other.
func TestGenerationSuffixes(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Lifeboat crews pulled a father and son, Oren Talbeck Sr., 66, and Oren J. Talbeck Jr., 38, from the sea off Mill Hollow.",
		"Talbeck Jr. spoke from the ward on Friday. “Dad carried the rope the whole way down,” he said.")
	checkPeople(t, ix, map[string][]string{
		"Talbeck Jr.":            {"Oren J. Talbeck Jr."},
		"Oren J. Talbeck":        {"Oren J. Talbeck Jr."},
		"Oren Talbeck Sr.":       {"Oren Talbeck Sr."},
		"Talbeck Sr.":            {"Oren Talbeck Sr."},
		"Oren Talbeck Sr.'s son": {"Oren J. Talbeck Jr."},
	}, map[string]int{"Oren J. Talbeck Jr.": 1})
}
