package bot

import (
	"context"
	"strings"
	"testing"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/internal/fakediscord"
)

func TestQuoteSource(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"plain", "The talks begin on Sunday.", "The talks begin on Sunday."},
		{"masked link", "See [click here](https://evil.example/x) now.", "See \\[click here\\](https:/\u200b/evil.example/x) now."},
		{"heading", "# Breaking", "\\# Breaking"},
		{"subtext", "-# small print", "\\-# small print"},
		{"block quote", "  > quoted", "  \\> quoted"},
		{"hash mid-line stays", "Room #4 opened.", "Room #4 opened."},
		{"code fence", "```js\nalert(1)\n```", "\\`\\`\\`js\nalert(1)\n\\`\\`\\`"},
		{"emphasis", "**bold** _it_ ~~gone~~ ||spoiler||", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|"},
		{"user mention", "Hi <@1234567890>", "Hi \\<@1234567890\\>"},
		{"mass mention", "Ping @everyone", "Ping @\u200beveryone"},
		{"bare link", "Read https://evil.example", "Read https:/\u200b/evil.example"},
		{"backslash", `a\*b`, `a\\\*b`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteSource(tt.in)
			if got != tt.want {
				t.Errorf("quoteSource(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if a := activeMarkup(got); a != "" {
				t.Errorf("quoteSource(%q) = %q leaves %s", tt.in, got, a)
			}
		})
	}
}

func TestDefuseModel(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"citations and bold stay", "The talks are **in Jeddah** [1].", "The talks are **in Jeddah** [1]."},
		{"masked link", "[Jeddah](https://evil.example) [2]", "[Jeddah\\](https:/\u200b/evil.example) [2]"},
		{"heading", "# Answer\nJeddah [1].", "\\# Answer\nJeddah [1]."},
		{"subtext", "-# tiny", "-\\# tiny"},
		{"mention", "<@123> said so", "\\<@123> said so"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := defuseModel(tt.in); got != tt.want {
				t.Errorf("defuseModel(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCapParts(t *testing.T) {
	t.Parallel()
	text := strings.Repeat("A sentence that goes on for a while and then ends. ", 2000) // about 100 KB
	more := "-# (cut to fit Discord: see `/source` for the rest)"
	parts := capParts(splitMessage(text, maxContent), more)
	if len(parts) != maxParts {
		t.Fatalf("got %d parts, want %d", len(parts), maxParts)
	}
	for i, p := range parts {
		if discordLen(p) > maxContent {
			t.Errorf("part %d has %d units", i, discordLen(p))
		}
	}
	if !strings.HasSuffix(parts[maxParts-1], "\n"+more) {
		t.Errorf("the last part does not say where the rest is: %q", parts[maxParts-1][len(parts[maxParts-1])-80:])
	}
	short := capParts([]string{"one", "two"}, more)
	if len(short) != 2 || short[1] != "two" {
		t.Errorf("short answers change: %q", short)
	}
}

// TestHostileArticleInDiscord posts a paragraph of 55 KB with no sentence
// end, full of Markdown, links and mentions: /source answers in at most
// maxParts messages, each under the limit, and nothing in it is active.
func TestHostileArticleInDiscord(t *testing.T) {
	t.Parallel()
	para := strings.Repeat("[click here](https://evil.example) <@1234> **x** ``` @everyone # and on ", 700)
	a, err := article.Parse("hostile.txt", []byte("Hostile headline\n\n"+para+"\n\nThe talks begin on Sunday in Jeddah, officials said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := answer.New(context.Background(), a, answer.Options{Sources: 6, Logger: quietLog()})
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, eng, Config{})
	id, token := h.dc.SlashCommand(fakediscord.InteractionSpec{Name: "source", Options: []fakediscord.Opt{fakediscord.IntOpt("paragraph", 2)}})
	_, data := h.callbackReply(id)
	first, _ := data["content"].(string)
	h.waitUntil(func() bool { return len(h.dc.Followups(token)) >= maxParts-1 }, "the followups")
	msgs := []string{first}
	for _, m := range h.dc.Followups(token) {
		c, _ := m.Fields["content"].(string)
		msgs = append(msgs, c)
	}
	if len(msgs) > maxParts {
		t.Errorf("got %d messages, want at most %d", len(msgs), maxParts)
	}
	for i, m := range msgs {
		if discordLen(m) > maxContent {
			t.Errorf("message %d has %d units", i, discordLen(m))
		}
		body := m
		if i == 0 {
			_, body, _ = strings.Cut(m, "\n") // the bot's own bold header
		}
		if i == len(msgs)-1 {
			body = body[:strings.LastIndex(body, "\n")] // the bot's own "cut" line
		}
		body = strings.TrimPrefix(strings.ReplaceAll(body, "\n> ", "\n"), "> ")
		if a := activeMarkup(body); a != "" {
			t.Errorf("message %d holds %s: %.200q", i, a, body)
		}
	}
	if !strings.Contains(msgs[len(msgs)-1], "cut to fit Discord") {
		t.Errorf("the last message does not say it was cut")
	}
	assertNoPings(t, h.dc.Requests())
}
