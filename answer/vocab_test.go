package answer

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"articlebot/article"
	"articlebot/fuzzy"
)

func TestVocabulary(t *testing.T) {
	data, err := os.ReadFile("../testdata/eval/tuned/harbor.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("harbor.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	v := newVocabulary(a)
	tests := []struct {
		word         string
		has, hasName bool
	}{
		{"Okafor", true, true},
		{"Okafer", false, true},     // a typo in a name
		{"Wisniewski", true, true},  // diacritics folded
		{"governor", true, true},    // "Gov." in the article
		{"president", false, false}, // not "residents": first letters differ
		{"Xi", false, false},
		{"Coastal", true, true},
		{"Riverside", true, true},
	}
	for _, tt := range tests {
		if got := v.has(tt.word); got != tt.has {
			t.Errorf("has(%q): got %v, want %v", tt.word, got, tt.has)
		}
		if got := v.hasName(tt.word); got != tt.hasName {
			t.Errorf("hasName(%q): got %v, want %v", tt.word, got, tt.hasName)
		}
	}
	if !newVocabulary(shipped(t).art).has("Washington") {
		t.Error(`"Washington-based" should count as mentioning Washington`)
	}
}

// TestVocabularyWords checks the vocabulary's words, read with
// fuzzy.EachWord in scratch space, against the set of fuzzy.WordSeq's
// words and their hyphenated parts, on every eval article and made-up
// text with hyphens at the ends of words, doubled, and in other scripts.
func TestVocabularyWords(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/eval/*/*.txt")
	made := "A Washington-based -led group--now co-op’s mid-March Łódź-born ex--minister, state-of-the-art; Köln-Bonn 3-2."
	texts := []string{made}
	for _, p := range append(paths, "../article.txt") {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for i, text := range texts {
		a, err := article.Parse("vocab.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for _, p := range a.Paragraphs {
			if p.Kind == article.Boilerplate {
				continue
			}
			for w := range fuzzy.WordSeq(p.Text) {
				want[w] = true
				if strings.Contains(w, "-") {
					for _, part := range strings.Split(w, "-") {
						want[part] = true
					}
				}
			}
		}
		if got := newVocabulary(a).words; !maps.Equal(got, want) {
			t.Errorf("text %d: got %d words, want %d", i, len(got), len(want))
		}
	}
}
