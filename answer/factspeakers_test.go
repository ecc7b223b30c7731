package answer

import (
	"slices"
	"testing"
)

// TestWhenQuestionLeavesOrganisationsOut: a when or where question about
// an organisation does not promote the chunks quoting it; a question
// asking what it said, or one about a person, still does.
func TestWhenQuestionLeavesOrganisationsOut(t *testing.T) {
	e := offlineEngine(t, `Ferry firm cuts winter sailings

Island ferry operator Selkie Lines Ltd will cut its winter sailings to Holm, the company said on Monday.

"We cannot run empty boats," Selkie Lines Ltd said in a statement.

Harbour master Ivo Lant said the pier would stay open. "Nobody wants this," Lant said.

Selkie Lines Ltd was founded in 1988 in Kirkwall.
`)
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"When was Selkie Lines Ltd founded?", nil},
		{"Where was Selkie Lines Ltd founded?", nil},
		{"What did Selkie Lines Ltd say about the sailings?", []string{"Selkie Lines Ltd"}},
		{"When did Ivo Lant speak about the pier?", []string{"Ivo Lant"}},
		{"How old is Selkie Lines Ltd?", nil},
		{"Who is the owner of Selkie Lines Ltd?", nil},
		{"Who is running Selkie Lines Ltd now?", []string{"Selkie Lines Ltd"}},
		{"How many boats does Selkie Lines Ltd run?", []string{"Selkie Lines Ltd"}},
	} {
		named := e.quotes.Named(c.q)
		if got := e.searchSpeakers(c.q, named); !slices.Equal(got, c.want) {
			t.Errorf("%q: named %v, searched %v, want %v", c.q, named, got, c.want)
		}
	}
}
