package answer

import (
	"context"
	"regexp"
	"testing"
)

// An article that prints its own reference numbers ("[2]") must not have
// them read as the answer's citations: the answer's only markers are its
// own, each naming one of its citations, and the citation keeps the
// article's words.
func TestExtractiveDropsArticleReferenceMarkers(t *testing.T) {
	e := offlineEngine(t, `Corals in the north bay are recovering, study finds

Coral cover in the north bay rose from 12 per cent to 19 per cent between 2019 and 2025, according to a survey by the Marrow Institute [1].

The recovery followed a ban on anchoring in 2018 [2], said the survey's lead author, Ana Ruiz.

"We did not expect it this fast," Ruiz said.`)
	res, err := e.Ask(context.Background(), Request{Question: "When was anchoring banned?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstained || len(res.Citations) == 0 {
		t.Fatalf("got abstained=%v, %d citations; want an answer: %q", res.Abstained, len(res.Citations), res.Answer)
	}
	for _, m := range regexp.MustCompile(`\[(\d+)\]`).FindAllStringSubmatch(res.Answer, -1) {
		if m[1] != "1" || len(res.Citations) != 1 {
			t.Errorf("answer %q has marker %s; want only its own [1]", res.Answer, m[0])
		}
	}
	if want := "The recovery followed a ban on anchoring in 2018, said the survey's lead author, Ana Ruiz. [1]"; res.Answer != want {
		t.Errorf("answer = %q, want %q", res.Answer, want)
	}
	if got := res.Citations[0].Text; got != "The recovery followed a ban on anchoring in 2018 [2], said the survey's lead author, Ana Ruiz." {
		t.Errorf("citation text = %q, want the article's exact words", got)
	}
}
