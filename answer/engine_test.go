package answer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"articlebot/retrieval"
)

func TestQueryEmbeddingOutageFallsBackToKeywords(t *testing.T) {
	local := retrieval.LocalEmbedder(64)
	down := func(context.Context, string) ([]float32, error) { return nil, errors.New("connection refused") }
	batch := func(ctx context.Context, texts []string) ([][]float32, error) {
		out := make([][]float32, len(texts))
		for i, t := range texts {
			v, err := local(ctx, t)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	e, err := New(context.Background(), shipped(t).art, Options{Logger: quiet, Retrieval: retrieval.Options{Embed: down, EmbedBatch: batch}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Ask(context.Background(), Request{Question: "Where will the talks take place?"}, nil)
	if err != nil {
		t.Fatalf("got %v; a query embedding outage must not stop answers", err)
	}
	if !strings.Contains(res.Answer, "Jeddah") {
		t.Errorf("got %q", res.Answer)
	}
}

func TestQuestionValidation(t *testing.T) {
	e := shipped(t)
	tests := []struct {
		q    string
		want error
	}{
		{"   ", ErrEmptyQuestion},
		{strings.Repeat("a", MaxQuestion+1), ErrQuestionTooLong},
	}
	for _, tt := range tests {
		if _, err := e.Ask(context.Background(), Request{Question: tt.q}, nil); !errors.Is(err, tt.want) {
			t.Errorf("got %v, want %v", err, tt.want)
		}
	}
}

func TestExtractiveAnswers(t *testing.T) {
	e := shipped(t)
	tests := []struct {
		q         string
		cites     int // a paragraph the answer must cite
		abstained bool
		contains  string
	}{
		{q: "Where will the talks take place?", cites: 4, contains: "Jeddah"},
		{q: "What did Snegovaya say?", cites: 17},
		{q: "What did Zelensky post on Telegram?", cites: 11},
		{q: "What did Xi Jinping say?", abstained: true, contains: "never mentions Xi Jinping"},
		{q: "Who won the World Cup?", abstained: true},
		{q: "What did Olaf Scholz say?", cites: 33, contains: "He [Olaf Scholz] said"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res, err := e.Ask(context.Background(), Request{Question: tt.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if res.Abstained != tt.abstained {
				t.Errorf("abstained: got %v, want %v (%q)", res.Abstained, tt.abstained, res.Answer)
			}
			if !strings.Contains(res.Answer, tt.contains) {
				t.Errorf("answer %q lacks %q", res.Answer, tt.contains)
			}
			found := tt.cites == 0
			for _, c := range res.Citations {
				found = found || c.Paragraph == tt.cites
				p, _ := e.art.Paragraph(c.Paragraph)
				if !strings.Contains(p.Text, c.Text) {
					t.Errorf("citation %d is not text of ¶%d", c.N, c.Paragraph)
				}
			}
			if !found {
				t.Errorf("citations %+v lack ¶%d", res.Citations, tt.cites)
			}
			if tt.abstained && len(res.Citations) != 0 {
				t.Errorf("an abstention cites %+v", res.Citations)
			}
		})
	}
}

func TestFollowUpResolvesPronoun(t *testing.T) {
	e := shipped(t)
	res, err := e.Ask(context.Background(), Request{
		Question: "and what did he reiterate?",
		History:  []Turn{{Question: "What did Olaf Scholz say?", Answer: "He [Olaf Scholz] said ... [1]"}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Standalone != "and what did Olaf Scholz reiterate?" {
		t.Errorf("standalone: got %q", res.Standalone)
	}
	if len(res.Citations) == 0 || res.Citations[0].Paragraph != 33 {
		t.Errorf("got citations %+v, want ¶33", res.Citations)
	}
}
