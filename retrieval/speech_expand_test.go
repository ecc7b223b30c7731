package retrieval

import (
	"context"
	"strings"
	"testing"

	"articlebot/article"
)

// A speech verb in the question is not expanded with WordNet synonyms: in
// "what did Ana Ruiz say", the noun "say" ("a chance to speak") brought in
// "chance", which the article uses, and as the question's topic it kept
// the passage quoting her below passages that merely use "chance".
func TestSpeechVerbNotExpanded(t *testing.T) {
	text := strings.Join([]string{
		"Ferry returns to Port Lamb",
		"Ana Ruiz runs the ferry company at Port Lamb, which lost its only boat in a fire.",
		"The boat had no chance of sailing in the storm, the harbour master reported.",
		"“We will be back on Monday with a bigger boat,” Ruiz told reporters on the quay.",
		"The council gave the company a second chance after the fire, and a last chance in May.",
	}, "\n\n")
	a, err := article.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	chunks := Chunks(a, 0)
	for i, c := range chunks {
		if strings.Contains(a.Sentences[c.Focus].Text, "Ruiz told") {
			chunks[i].Speakers = []string{"Ana Ruiz"}
		}
	}
	ix, err := Build(context.Background(), chunks, Options{Embed: LocalEmbedder(0)})
	if err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(context.Background(), Query{Text: "What did Ana Ruiz say?", Speakers: []string{"Ana Ruiz"}, K: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || !hits[0].SpeakerMatch {
		t.Errorf("top hit %+v, want the passage quoting Ana Ruiz", hits)
	}
}
