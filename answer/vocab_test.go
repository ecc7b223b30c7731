package answer

import (
	"os"
	"testing"

	"articlebot/article"
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
