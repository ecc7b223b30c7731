package prompts

import (
	"strings"
	"testing"
)

// The article's own reference numbers are not shown to the model, which
// would read "[2]" in source 1 as a citation of source 2.
func TestAnswerDropsArticleReferenceMarkers(t *testing.T) {
	got, err := Answer(AnswerData{
		Question: "When was anchoring banned?",
		Sources:  []Source{{N: 1, Paragraph: 3, Text: "The ban followed in 2018 [2], said Ana Ruiz."}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "2018 [2]") || !strings.Contains(got, "The ban followed in 2018, said Ana Ruiz.") {
		t.Errorf("prompt keeps the article's marker or loses its words:\n%s", got)
	}
}
