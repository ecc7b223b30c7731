package answer

import (
	"context"
	"strings"
	"testing"

	"articlebot/article"
)

// A title's abbreviation is mentioned by the words it stands for: "the
// CFO" of an article that writes "Chief Financial Officer".
func TestVocabularyExpandsTitles(t *testing.T) {
	const text = `Pellow Mills profit rises
Pellow Mills reported a rise in profit on Tuesday.
Ines Varga, Chief Financial Officer, told investors by phone that wool prices had fallen since May and that the benefit might not last.`
	a, err := article.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	v := newVocabulary(a)
	if !v.has("CFO") {
		t.Error(`has("CFO") = false, want true for "Chief Financial Officer"`)
	}
	if v.has("COO") {
		t.Error(`has("COO") = true, want false: no operating officer is named`)
	}
	res, err := offlineEngine(t, text).Ask(context.Background(), Request{Question: "What did the CFO say about wool prices?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstained && strings.Contains(res.Answer, "never mentions") {
		t.Errorf("got %q, want the chief financial officer's words", res.Answer)
	}
}
