package quotes

import (
	"slices"
	"testing"

	"articlebot/article"
)

func TestPeopleIn(t *testing.T) {
	a, ix := parse(t,
		"Lena Varga has baked bread on Quay Street since 1994.",
		"Her sourdough rises for 30 hours. (Varga's nephew, Tomas Brill, keeps the books.)",
		"Her oven is older than she is.",
		"The street has six bakeries.",
	)
	for _, tc := range []struct {
		text string
		want string // a person the sentence is about, or "" for none
	}{
		{"Her sourdough rises for 30 hours.", "Lena Varga"},
		{"Her oven is older than she is.", "Lena Varga"}, // "her" is not the nephew
		{"The street has six bakeries.", ""},
	} {
		id := slices.IndexFunc(a.Sentences, func(s article.Sentence) bool { return s.Text == tc.text })
		if id < 0 {
			t.Fatalf("no sentence %q", tc.text)
		}
		got := ix.PeopleIn(id)
		if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("PeopleIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
