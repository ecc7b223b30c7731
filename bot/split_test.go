package bot

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
)

func TestSplitMessage(t *testing.T) {
	t.Parallel()
	sentence := "Putin agreed to halt strikes on energy sites [1]. "
	quoted := "“Up until recently, we really didn’t have consensus. Today we got to that place, and it is a short distance to a full ceasefire.”"
	quote := "Witkoff said, “Up until recently, we really didn’t have consensus. Today we got to that place, and it is a short distance to a full ceasefire.” "
	tests := []struct {
		name  string
		text  string
		limit int
		// whole are pieces of the text that must each land in one part.
		whole []string
		parts int // 0 = do not check
	}{
		{"short", "One sentence [1].", 100, []string{"One sentence [1]."}, 1},
		{"paragraphs", strings.Repeat("a", 60) + ".\n\n" + strings.Repeat("b", 60) + ".", 100, []string{strings.Repeat("a", 60) + ".", strings.Repeat("b", 60) + "."}, 2},
		{"sentences keep their citation", strings.Repeat(sentence, 6), 120, []string{"energy sites [1]."}, 0},
		{"citation after the full stop", strings.Repeat("Talks begin on Sunday. [2] ", 8), 70, []string{"Sunday. [2]"}, 0},
		{"never inside a quotation", strings.Repeat("x ", 30) + quote + strings.Repeat("Then more. ", 10), 170, []string{quoted}, 0},
		{"straight quotes", strings.Repeat("word ", 20) + `He said "we will. We shall, we must." ` + strings.Repeat("End. ", 10), 110, []string{`"we will. We shall, we must."`}, 0},
		{"code block kept whole", "Intro line.\n\n```go\nfunc main() {\n\tfmt.Println(\"hi. there\")\n}\n```\n\nAfter the code. " + strings.Repeat("More text. ", 8), 80, []string{"```go\nfunc main() {\n\tfmt.Println(\"hi. there\")\n}\n```"}, 0},
		{"inline code", strings.Repeat("a ", 30) + "`x. y. z. w.` " + strings.Repeat("b. ", 20), 70, []string{"`x. y. z. w.`"}, 0},
		{"abbreviation is no sentence end", strings.Repeat("w ", 25) + "the U.S. President met him. " + strings.Repeat("Then it ended. ", 5), 80, nil, 0},
		{"emoji count double", strings.Repeat("😀", 30), 20, nil, 3},
		{"no boundary at all", strings.Repeat("z", 250), 100, nil, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := splitMessage(tt.text, tt.limit)
			if tt.parts > 0 && len(parts) != tt.parts {
				t.Errorf("got %d parts, want %d: %q", len(parts), tt.parts, parts)
			}
			for i, p := range parts {
				if discordLen(p) > tt.limit {
					t.Errorf("part %d has %d units, want at most %d: %q", i, discordLen(p), tt.limit, p)
				}
				if strings.TrimSpace(p) == "" {
					t.Errorf("part %d is empty", i)
				}
				if i > 0 && startsCitation(p) {
					t.Errorf("part %d starts with a citation cut off its sentence: %q", i, p)
				}
			}
			for _, w := range tt.whole {
				found := false
				for _, p := range parts {
					found = found || strings.Contains(p, w)
				}
				if !found {
					t.Errorf("%q was cut across parts %q", w, parts)
				}
			}
			if got, want := squash(strings.Join(parts, " ")), squash(tt.text); got != want && !strings.Contains(tt.text, "```") {
				t.Errorf("parts lose or change text:\ngot  %q\nwant %q", got, want)
			}
		})
	}
}

func TestSplitLongCodeBlockReopens(t *testing.T) {
	t.Parallel()
	code := "```\n" + strings.Repeat("line of code\n", 30) + "```"
	parts := splitMessage(code, 100)
	if len(parts) < 2 {
		t.Fatalf("got %d parts, want several", len(parts))
	}
	for i, p := range parts {
		if strings.Count(p, "```")%2 != 0 || discordLen(p) > 100 {
			t.Errorf("part %d is not a closed block within the limit: %q", i, p)
		}
	}
}

// squash drops white space, which splitting may move.
func squash(s string) string { return strings.Join(strings.Fields(s), "") }

var quoteSpan = regexp.MustCompile(`“[^”]*$|^[^“]*”`)

// TestLongAnswerIsSplit has the model write an answer of about 3,000
// characters, full of quotations and citations.
func TestLongAnswerIsSplit(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t, fakeopenai.WithChunkSize(200))
	quoted := regexp.MustCompile(`“([^”]{15,})”`)
	oa.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		var b strings.Builder
		for b.Len() < 3000 {
			for _, m := range sourceRe.FindAllStringSubmatch(req.LastUser(), -1) {
				for _, q := range quoted.FindAllStringSubmatch(m[2], -1) {
					b.WriteString("The article quotes “" + q[1] + "” [" + m[1] + "]. ")
				}
			}
			b.WriteString("\n\n")
		}
		return fakeopenai.Answer(b.String())
	})
	h := start(t, withModel(t, oa), Config{EditInterval: 30 * time.Millisecond})
	_, token := h.ask("What did Zelenskiy, Trump and Witkoff say?", fakediscord.Origin{})
	final := h.final(token)
	var parts []string
	h.waitUntil(func() bool {
		parts = []string{final.Content}
		for _, m := range h.dc.Followups(token) {
			parts = append(parts, m.Content)
		}
		return len(parts) > 1 && strings.Contains(parts[len(parts)-1], "/source")
	}, "the followups of a long answer")
	total := 0
	for i, p := range parts {
		total += discordLen(p)
		if discordLen(p) > maxContent {
			t.Errorf("part %d has %d characters, want at most %d", i, discordLen(p), maxContent)
		}
		if strings.Count(p, "“") != strings.Count(p, "”") || quoteSpan.MatchString(p) {
			t.Errorf("part %d cuts a quotation:\n%s", i, p)
		}
		if strings.HasPrefix(p, "[") && startsCitation(p) {
			t.Errorf("part %d starts with a citation cut off its sentence", i)
		}
	}
	if total < 2500 {
		t.Errorf("the answer has %d characters over %d parts, want a long one", total, len(parts))
	}
	if !strings.Contains(strings.Join(parts, "\n"), "**Sources**") {
		t.Error("the citations are missing")
	}
	assertNoPings(t, h.dc.Requests())
}
