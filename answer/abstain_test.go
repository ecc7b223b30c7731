package answer

import (
	"context"
	"testing"
)

func TestOfficeInAnyFormIsNotMissing(t *testing.T) {
	e := offlineEngine(t, "Lawmakers back the harbour bill\n\nLawmakers voted 40-12 on Monday to pass the harbour bill, which Rep. Ada Quist introduced in May.\n\nThe finance committee, chaired by Rep. Ola Brandt, will review its cost.\n")
	for _, tc := range []struct {
		q       string
		missing string
	}{
		{"Which lawmaker introduced the harbour bill?", ""}, // "lawmakers"
		{"Who is the chair of the finance committee?", ""},  // "chaired by"
		{"What did the governor say about the bill?", "a governor"},
	} {
		r, err := e.retrieve(context.Background(), tc.q, e.sources)
		if err != nil {
			t.Fatal(err)
		}
		cands := e.candidates(r)
		v, _ := e.ruled(tc.q, cands, e.focusOf(tc.q, r.speakers))
		if v.missing != tc.missing {
			t.Errorf("ruled(%q): missing %q, want %q", tc.q, v.missing, tc.missing)
		}
	}
}

func TestNameOfAsksForAPerson(t *testing.T) {
	for _, tc := range []struct {
		q    string
		typ  answerType
		noun string
	}{
		{"What is the name of the ferry's captain?", personType, "captain"},
		{"What were the names of the three riders who fell?", personType, "riders"},
		{"What is the capital of Peru?", anyType, ""},
	} {
		if got := questionType(tc.q); got != tc.typ {
			t.Errorf("questionType(%q) = %v, want %v", tc.q, got, tc.typ)
		}
		if got := askedNoun(tc.q); got != tc.noun {
			t.Errorf("askedNoun(%q) = %q, want %q", tc.q, got, tc.noun)
		}
	}
}

func TestCauseInTheNextSentence(t *testing.T) {
	e := offlineEngine(t, "Ferry talks fail\n\nThe ferry talks broke down on Monday night, a union official said. Union leaders walked out after managers refused to discuss rotas.\n\nThe ferry company runs nine routes across the strait.\n")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"Why did the ferry talks break down?", true},
		{"Why does the ferry company run nine routes?", false},
	} {
		r, err := e.retrieve(context.Background(), tc.q, e.sources)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.judge(tc.q, e.candidates(r), e.focusOf(tc.q, r.speakers)).answerable; got != tc.want {
			t.Errorf("judge(%q).answerable = %v, want %v", tc.q, got, tc.want)
		}
	}
}
