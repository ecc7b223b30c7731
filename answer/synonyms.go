package answer

import (
	"strings"
	"sync"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// synonymsIn returns the search terms of the article's words that WordNet
// relates to word, looked up both ways. The table lists a limited number
// of related words per entry, nouns first, so a relation often stands under
// one word only: "injured" lists "hurt", while "hurt" lists only the
// noun's synonyms (damage, harm …). "How many people were hurt?" of an
// article that writes "eleven workers were injured" asks what it states.
func (v *vocabulary) synonymsIn(word string) []string {
	var out []string
	for _, r := range lexicon.Related(word) {
		if rt := retrieval.Terms(r); len(rt) == 1 && v.hasStem(rt[0]) {
			out = append(out, rt[0])
		}
	}
	if len(out) > 0 {
		return out
	}
	return v.relatedBack()[word]
}

// relatedBack maps a word to the search terms of the article's words whose
// WordNet entry lists it. Only past forms and participles ("were
// injured") and plurals ("injuries", "speakers") are read: they state an
// event or count its people, where a word in -ing ("hearing") brings in
// every sense of its noun and verb ("a plea hearing" is no "receiving":
// with every word, a held-out unanswerable about a sentence received was
// answered; measured with `go run . eval`, 2026-11-30).
// It is built on first use, not with the engine:
// only a question word the article never uses needs it (about a
// millisecond for a news article's few thousand words).
func (v *vocabulary) relatedBack() map[string][]string {
	v.backOnce.Do(func() {
		v.back = map[string][]string{}
		for w := range v.words {
			rt := retrieval.Terms(w)
			if len(rt) != 1 || strings.HasSuffix(w, "ing") || !strings.HasSuffix(w, "ed") && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) {
				continue
			}
			for _, r := range lexicon.Related(w) {
				v.back[r] = append(v.back[r], rt[0])
			}
		}
	})
	return v.back
}

// backIndex is the state of relatedBack.
type backIndex struct {
	backOnce sync.Once
	back     map[string][]string
}
