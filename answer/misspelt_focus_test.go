package answer

import (
	"strings"
	"testing"
)

// A misspelt name the question resolves to one of the article's people is
// not a focus word the sentences lack, even when the misspelling is near
// the name as written ("Marivel" for "Marival") but not its stem ("mariv").
func TestMisspeltNameIsNoFocusWord(t *testing.T) {
	e := offlineEngine(t, `Gull colony moves inland
Researchers have tracked a colony of herring gulls that left the cliffs at Penhallow for a landfill site inland.
The study's co-author Tomas Marival, who ringed the first birds in 2018, has argued that the gulls now commute rather than migrate.
"They follow the bin lorries," Marival said.`)
	for _, q := range []string{"What did Tomas Marivel do?", "What did Tomas Marival do?"} {
		r, err := e.retrieve(t.Context(), q, e.sources)
		if err != nil {
			t.Fatal(err)
		}
		f := e.focusOf(q, r.speakers)
		for _, ft := range f.terms {
			if strings.HasPrefix(ft.term, "mariv") {
				t.Errorf("%q: speakers %v, focus term %q: want the name resolved, not weighed as a word", q, r.speakers, ft.term)
			}
		}
	}
}
