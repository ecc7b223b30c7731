package quotes

import (
	"reflect"
	"testing"
)

// third is a third small article with patterns the shipped two lack.
var third = []string{
	"River town weighs new bridge",
	"",
	"The town council of Millbrook voted on Thursday to study a new bridge over the Ash River.",
	"",
	"Engineer Laura J. Finch, who drew up the first plans, told reporters: “The old bridge has ten years left at most.”",
	"",
	"“We can repair it,” Finch said, “but repairs only buy time.” She added that costs would rise every year.",
	"",
	"“Why wait for a collapse?” she asked.",
	"",
	"“The county will not pay for it,” according to a statement from the Harrow County Board.",
	"",
	"Councillor Peter Osei disagreed. ‘We have other priorities,’ he said. ‘Schools come first.’",
	"",
	"“Nobody wants to close the bridge,” said Osei, 54, a former teacher. “Nobody.”",
	"",
	"Finch later wrote that the study would take a year.",
}

func TestThirdArticle(t *testing.T) {
	lines := make([]string, 0, len(third))
	for _, l := range third {
		lines = append(lines, l)
	}
	a, ix := parse(t, lines...)
	wantQuotes := []string{
		"Laura J. Finch: The old bridge has ten years left at most.",
		"Laura J. Finch: We can repair it",
		"Laura J. Finch: but repairs only buy time.",
		"Laura J. Finch: Why wait for a collapse?",
		"Harrow County Board: The county will not pay for it",
		"Peter Osei: We have other priorities",
		"Peter Osei: Schools come first.",
		"Peter Osei: Nobody wants to close the bridge",
		"Peter Osei: Nobody.",
	}
	if got := said(ix); !reflect.DeepEqual(got, wantQuotes) {
		t.Errorf("quotations:\n got %q\nwant %q", got, wantQuotes)
	}
	for _, q := range ix.Quotes() {
		if a.Text[q.Start:q.End] != q.Text {
			t.Errorf("got text %q, want the slice %q", q.Text, a.Text[q.Start:q.End])
		}
	}
	var gotStatements []string
	for _, s := range ix.Statements() {
		gotStatements = append(gotStatements, s.Speaker+"/"+s.Verb)
	}
	wantStatements := []string{"Laura J. Finch/added", "Laura J. Finch/wrote"}
	if !reflect.DeepEqual(gotStatements, wantStatements) {
		t.Errorf("statements: got %q, want %q", gotStatements, wantStatements)
	}
	if s, ok := ix.Lookup("finch"); !ok || s.Name != "Laura J. Finch" || s.Quotes != 4 || s.Statements != 2 {
		t.Errorf("lookup: got %+v %v, want Laura J. Finch with 4 quotations and 2 statements", s, ok)
	}
	if got := ix.Mentioned("did laura finch and osei agree?"); !reflect.DeepEqual(got, []string{"Laura J. Finch", "Peter Osei"}) {
		t.Errorf("mentioned: got %q", got)
	}
}
