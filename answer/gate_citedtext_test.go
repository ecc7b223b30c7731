package answer

import (
	"strings"
	"testing"
)

// A source cited by two claims that two of its sentences state shows both,
// as the article writes them: a citation beside a sentence that does not
// state its claim is not a citation a reader can check.
func TestCitationShowsEverySentenceItsClaimsCite(t *testing.T) {
	e := offlineEngine(t, `Swimming club marks its centenary

Cora Ashby is the Lido Swimming Club's oldest member at 97. She joined the club in 1951, the year its diving board opened. Asked what keeps her coming back, she said the cold water did.

The club will hold a centenary gala on Saturday.`)
	got := e.gate("Cora Ashby is the club's oldest member, at 97 [1]. She joined in 1951 [1].", sourcesOf(e, 2))
	if len(got.citations) != 1 {
		t.Fatalf("got %d citations, want 1: %q", len(got.citations), got.text)
	}
	c := got.citations[0]
	p, _ := e.art.Paragraph(2)
	for _, want := range []string{"oldest member at 97", "joined the club in 1951"} {
		if !strings.Contains(c.Text, want) {
			t.Errorf("citation text %q lacks %q", c.Text, want)
		}
	}
	if !strings.Contains(p.Text, c.Text) {
		t.Errorf("citation text %q is not the article's words", c.Text)
	}
	if strings.Contains(c.Text, "cold water") {
		t.Errorf("citation text %q holds a sentence no claim cites", c.Text)
	}
}
