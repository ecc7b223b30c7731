package quotes

import "testing"

// TestSourceNouns checks that an unnamed source is found by another of
// the nouns a story uses for whoever it quotes unnamed: "a source familiar
// with the merger" and "the unnamed source" for "a person familiar with
// the merger"; a named person is never the answer. Every line and name is
// made up.
func TestSourceNouns(t *testing.T) {
	_, ix := parse(t, "Mill owners near a deal",
		`Ottilie Brand, the mill's chair, said: "We are talking to everyone."`,
		`A person familiar with the merger said: "The papers are nearly ready."`)
	checkPeople(t, ix, map[string][]string{
		"a source familiar with the merger": {"a person familiar with the merger"},
		"the unnamed source":                {"a person familiar with the merger"},
		"the anonymous source":              {"a person familiar with the merger"},
		"the chair":                         {"Ottilie Brand"},
	}, nil)
}

// TestSourceNounsTwoSources checks that "the unnamed source" finds no one
// when two unnamed sources are described by such nouns: a guess would
// be wrong half the time. Every line and name is made up.
func TestSourceNounsTwoSources(t *testing.T) {
	_, ix := parse(t, "Mill owners near a deal",
		`A person familiar with the merger said: "The papers are nearly ready."`,
		`A person close to the board said: "Nobody has signed anything."`)
	checkPeople(t, ix, map[string][]string{
		"the unnamed source":                {},
		"a source familiar with the merger": {"a person familiar with the merger"},
	}, nil)
}

// TestOwnerOfWhatTheyRun checks that "the shop owner" finds whoever the
// article says runs a shop, and that someone described as an owner in
// so many words comes first for "the owner". Every line and name is made
// up.
func TestOwnerOfWhatTheyRun(t *testing.T) {
	_, ix := parse(t, "Late opening on the quay",
		`Brannoc Tull, who runs a tackle shop on the quay, said: "Evenings are when the anglers come."`)
	checkPeople(t, ix, map[string][]string{
		"the tackle shop owner": {"Brannoc Tull"},
		"the shop owner":        {"Brannoc Tull"},
	}, nil)
}
