package answer

import (
	"context"
	"testing"

	"articlebot/article"
)

func TestOfficeInAnyFormIsNotMissing(t *testing.T) {
	a, err := article.Parse("t", []byte("Lawmakers back the harbour bill\n\nLawmakers voted 40-12 on Monday to pass the harbour bill, which Rep. Ada Quist introduced in May.\n\nThe finance committee, chaired by Rep. Ola Brandt, will review its cost.\n"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), a, Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
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
