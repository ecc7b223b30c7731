package answer

import (
	"context"
	"strings"
	"testing"

	"articlebot/article"
)

func TestHeadline(t *testing.T) {
	tests := []struct {
		e    *Engine
		want string
		para int
	}{
		{harbor(t), "The headline is: Harbor City approves $4.1 million flood wall after record storm [1]", 1},
		{shipped(t), "The article has no separate headline. It opens: President Vladimir Putin agreed", 1},
	}
	for _, tt := range tests {
		res, err := tt.e.Ask(context.Background(), Request{Question: "What's the headline?"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(res.Answer, tt.want) || len(res.Citations) != 1 || res.Citations[0].Paragraph != tt.para {
			t.Errorf("got %q citing %v, want %q citing ¶%d", res.Answer, res.Citations, tt.want, tt.para)
		}
	}
}

func TestArticleQuotingNobody(t *testing.T) {
	a, err := article.Parse("quiet.txt", []byte("Rain fell across the region on Monday, flooding two roads.\nThe roads reopened on Tuesday morning after the water drained away."))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), a, Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"Who is quoted?":    "The article quotes no one and reports no one's words.",
		"Who is mentioned?": "The article names no people or organisations.",
	} {
		res, err := e.Ask(context.Background(), Request{Question: q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Answer != want || res.Abstained {
			t.Errorf("%s: got %q (abstained %v), want %q: an answer, not an abstention", q, res.Answer, res.Abstained, want)
		}
	}
	res, err := e.Ask(context.Background(), Request{Question: "tl;dr"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstained || len(res.Citations) != 2 {
		t.Errorf("tl;dr of a two-sentence article: got %q citing %v, want both sentences", res.Answer, res.Citations)
	}
}

func TestHeadlineOfAWebPage(t *testing.T) {
	a, err := article.FromBlocks("page.html", []article.Block{
		{Text: "The council voted on Monday to build a flood wall along the waterfront."},
		{Text: "The wall will cost $4 million, the mayor said on Tuesday."},
	}, article.Meta{Title: "Council backs flood wall"})
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), a, Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Ask(context.Background(), Request{Question: "What's the title?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "The page's title is: Council backs flood wall. The article opens: The council voted on Monday"
	if !strings.HasPrefix(res.Answer, want) || res.Abstained || len(res.Citations) != 1 || res.Citations[0].Paragraph != 1 {
		t.Errorf("got %q citing %v, want %q… citing the lead ¶1", res.Answer, res.Citations, want)
	}
}

func TestSummaryOpensWithADistinctHeadline(t *testing.T) {
	// harbor.txt's headline restates its lead: the lead, the fuller, stays.
	res, err := harbor(t).Ask(context.Background(), Request{Question: "Summarize the article"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Citations[0].Paragraph != 2 {
		t.Errorf("got first citation ¶%d, want the lead ¶2 (the headline is a near-duplicate): %q", res.Citations[0].Paragraph, res.Answer)
	}
}
