package bot

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"articlebot/answer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name.golden.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s:\ngot:\n%s\nwant:\n%s", name, path, got, want)
	}
}

func TestRenderedMessages(t *testing.T) {
	t.Parallel()
	eng := offline(t)
	witkoff, _ := eng.Quote("witkoff")
	putin, _ := eng.Quote("putin")
	napoleon, _ := eng.Quote("Napoleon @here")
	p5, _ := eng.Article().Paragraph(5)
	cited := answer.Result{
		Answer: "Witkoff said the talks will occur in Jeddah on Sunday [1], and that “today we got to that place” [2]. @everyone",
		Mode:   answer.LLM,
		Citations: []answer.Citation{
			{N: 1, Paragraph: 4, Text: "Trump envoy Steve Witkoff stated the talks will occur in Jeddah, Saudi Arabia on Sunday."},
			{N: 2, Paragraph: 5, Text: p5.Text},
		},
		Standalone: "What did Steve Witkoff say about the talks?",
		Notice:     "The model couldn't answer (it didn't answer in time), so this answer is made of the article's own sentences.",
	}
	abstained := answer.Result{
		Answer: "The article doesn't say.", Abstained: true,
		Sources: []answer.Source{{N: 1, Paragraph: 3}, {N: 2, Paragraph: 7}, {N: 3, Paragraph: 9}, {N: 4, Paragraph: 12}},
	}
	whole := func(q string) answer.Result {
		res, err := eng.Ask(context.Background(), answer.Request{Question: q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	tests := []struct {
		name string
		got  string
	}{
		{"summary_short", renderAnswer(whole(answer.BriefQuestion), false)},
		{"speakers", renderAnswer(whole(answer.SpeakersQuestion), false)},
		{"answer_cited", renderAnswer(cited, false)},
		{"answer_cited_with_notice", renderAnswer(cited, true)},
		{"answer_abstained", renderAnswer(abstained, false)},
		{"quote_witkoff", renderQuotes(witkoff)},
		{"quote_putin_reported", renderQuotes(putin)},
		{"quote_not_found", renderNotQuoted(napoleon, eng.Speakers())},
		{"quote_ambiguous", renderNotQuoted(answer.QuoteResult{Query: "the @here official", Ambiguous: true, Suggestions: []string{"Steve Witkoff", "Dmitry Peskov"}}, eng.Speakers())},
		{"source_5", renderSource(p5, len(eng.Article().Paragraphs))},
		{"article_extractive", renderArticle(eng, "")},
		{"help", renderHelp(Config{}.withDefaults())},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, tt.got)
			// Quotations and the list of speakers may take several messages.
			if discordLen(tt.got) > maxContent && !strings.HasPrefix(tt.name, "quote") && tt.name != "speakers" {
				t.Errorf("%s has %d characters, more than a message holds", tt.name, discordLen(tt.got))
			}
			if strings.Contains(tt.got, "@everyone") || strings.Contains(tt.got, "@here") {
				t.Errorf("%s has a live mass mention", tt.name)
			}
		})
	}
}

func TestShortenAndBalance(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four five six", 15, "one two three…"},
		{"Zelenskiy said, “Today, Putin de facto rejected the proposal.", 100, "Zelenskiy said, “Today, Putin de facto rejected the proposal.”"},
		{"It would be right for the world to reject it.”", 100, "“It would be right for the world to reject it.”"},
		{`He said "we will go and then some more words here`, 30, `He said "we will go and then…"`},
	}
	for _, tt := range tests {
		if got := shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestRenderStreaming(t *testing.T) {
	t.Parallel()
	if got := renderStreaming("", "⏳ queued"); got != "⏳ queued" {
		t.Errorf("before text: %q, want the status", got)
	}
	if got := renderStreaming("Partial @here", ""); got != "Partial @\u200bhere …" {
		t.Errorf("streaming: %q", got)
	}
	long := renderStreaming(strings.Repeat("word ", 1000), "")
	if discordLen(long) > maxContent || !strings.HasSuffix(long, "(continues…)") {
		t.Errorf("a long stream renders %d characters ending %q", discordLen(long), long[len(long)-20:])
	}
}

func TestGateNote(t *testing.T) {
	tests := []struct {
		g    *answer.GateStats
		want string
	}{
		{nil, ""},
		{&answer.GateStats{}, ""},
		{&answer.GateStats{Dropped: 1, Moved: 1, Removed: 1}, "checked against the article: 1 unsupported statement removed, 2 citations corrected"},
		{&answer.GateStats{Dropped: 2}, "checked against the article: 2 unsupported statements removed"},
	}
	for _, tt := range tests {
		if got := gateNote(tt.g); got != tt.want {
			t.Errorf("gateNote(%+v): got %q, want %q", tt.g, got, tt.want)
		}
	}
	res := answer.Result{Answer: "The talks are in Jeddah [1].", Mode: answer.LLM,
		Citations: []answer.Citation{{N: 1, Paragraph: 4, Text: "Jeddah"}}, Gate: &answer.GateStats{Dropped: 1}}
	if got := renderAnswer(res, false); !strings.Contains(got, "-# checked against the article: 1 unsupported statement removed") {
		t.Errorf("rendered answer lacks the gate's note:\n%s", got)
	}
}
