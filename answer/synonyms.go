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
	out := v.spelledIn(word)
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

// spelledIn returns the search terms of a role written the other way in
// the article: "MP" spelled out ("the Member of Parliament for Ashby"),
// or "sergeant" abbreviated ("Sheriff's Sgt. Ruiz"). An abbreviation's
// expansion counts only when the article has every word of it.
func (v *vocabulary) spelledIn(word string) []string {
	var out []string
	if ex := lexicon.Expand(word); len(ex) > 1 || len(ex) == 1 && ex[0] != word {
		ts := retrieval.Terms(strings.Join(ex, " "))
		for _, t := range ts {
			if !v.hasStem(t) {
				return nil
			}
		}
		return ts
	}
	for _, a := range lexicon.Abbreviating(word) {
		if rt := retrieval.Terms(a); len(rt) == 1 && v.hasStem(rt[0]) {
			out = append(out, rt[0])
		}
	}
	return out
}
