package bot

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"articlebot/answer"
	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
)

// slash runs a slash command with string options as the user in origin.
func (h *harness) slash(name string, o fakediscord.Origin, opts ...fakediscord.Opt) (id, token string) {
	return h.dc.SlashCommand(fakediscord.InteractionSpec{Origin: o, Name: name, Options: opts})
}

// citedParagraphs returns the ¶ numbers a rendered answer lists.
func citedParagraphs(content string) []string {
	var out []string
	for _, f := range strings.Fields(content) {
		if strings.HasPrefix(f, "¶") {
			out = append(out, strings.Trim(f, "¶*:,."))
		}
	}
	return out
}

// The bot tests of this file run before the parallel ones, so they add no
// load to the timing-sensitive tests that run in parallel.
func TestSummaryCommand(t *testing.T) {
	h := start(t, offline(t), Config{EditInterval: 50 * time.Millisecond})
	tests := []struct {
		name      string
		opts      []fakediscord.Opt
		citations int // how many paragraphs the answer cites; 0 for at least 3
	}{
		{"default", nil, 0},
		{"short", []fakediscord.Opt{fakediscord.StringOpt("length", "short")}, 2},
		{"long", []fakediscord.Opt{fakediscord.StringOpt("length", "long")}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, token := h.slash("summary", fakediscord.Origin{UserID: "1400000000000000" + tt.name[:1] + "01"}, tt.opts...)
			final := h.final(token)
			if !strings.Contains(final.Content, "President Vladimir Putin agreed on Tuesday") {
				t.Errorf("the summary does not open with the lead:\n%s", final.Content)
			}
			paras := citedParagraphs(final.Content)
			if len(paras) == 0 || paras[0] != "1" {
				t.Errorf("cited %v, want the lead ¶1 first:\n%s", paras, final.Content)
			}
			if tt.citations > 0 && len(paras) != tt.citations || tt.citations == 0 && len(paras) < 3 {
				t.Errorf("cited %d paragraphs %v, want %d (0: at least 3)", len(paras), paras, tt.citations)
			}
			if n := utf8.RuneCountInString(final.Content); n > maxContent {
				t.Errorf("message of %d characters, over Discord's %d", n, maxContent)
			}
		})
	}
	assertNoPings(t, h.dc.Requests())
}

func TestSpeakersCommand(t *testing.T) {
	h := start(t, offline(t), Config{EditInterval: 50 * time.Millisecond})
	_, token := h.slash("speakers", fakediscord.Origin{})
	final := h.final(token)
	// The list and its sources take two messages: wait for the second.
	h.waitUntil(func() bool { return len(h.dc.Followups(token)) > 0 }, "the rest of the answer")
	all := final.Content
	for _, m := range h.dc.Followups(token) {
		all += "\n" + m.Content
		if n := utf8.RuneCountInString(m.Content); n > maxContent {
			t.Errorf("followup of %d characters, over Discord's %d", n, maxContent)
		}
	}
	for _, want := range []string{"quotes or reports 9 people", "Steve Witkoff (Trump envoy)", "Kristine Berzina (managing director", "**Sources**"} {
		if !strings.Contains(all, want) {
			t.Errorf("/speakers lacks %q:\n%s", want, all)
		}
	}
	if n := utf8.RuneCountInString(final.Content); n > maxContent {
		t.Errorf("message of %d characters, over Discord's %d", n, maxContent)
	}
	assertNoPings(t, h.dc.Requests())
}

func TestSummaryStreamsWithAModel(t *testing.T) {
	oa := fakeopenai.New(t, fakeopenai.WithChunkDelay(20*time.Millisecond))
	oa.Respond(citingWhole)
	h := start(t, withModel(t, oa), Config{EditInterval: 50 * time.Millisecond})
	_, token := h.slash("summary", fakediscord.Origin{}, fakediscord.StringOpt("length", "short"))
	final := h.final(token)

	reqs := oa.ChatRequests()
	if len(reqs) != 1 {
		t.Fatalf("got %d model requests, want 1", len(reqs))
	}
	srcs := fakeopenai.PromptSources(reqs[0])
	if len(srcs) < 2 || !strings.Contains(srcs[0].Text, "President Vladimir Putin agreed on Tuesday") {
		t.Errorf("model sources %v, want the lead first and more after it", srcs)
	}
	if q := fakeopenai.PromptQuestion(reqs[0]); q != answer.BriefQuestion {
		t.Errorf("the prompt asks %q, want %q", q, answer.BriefQuestion)
	}
	if !strings.Contains(final.Content, "**Sources**") || !strings.Contains(final.Content, "[1] ¶1") {
		t.Errorf("final content has no citation of ¶1:\n%s", final.Content)
	}
	_, edits := editGaps(h.dc.Requests())
	if path := "/api/v9/webhooks/" + h.dc.AppID() + "/" + token + "/messages/@original"; edits[path] < 2 {
		t.Errorf("got %d edits, want the streamed text and then the final answer", edits[path])
	}
	assertNoPings(t, h.dc.Requests())
}

func TestMentionTLDR(t *testing.T) {
	h := start(t, offline(t), Config{EditInterval: 50 * time.Millisecond})
	h.dc.MessageCreate(fakediscord.MessageSpec{Content: "tl;dr", MentionsBot: true})
	reply := h.finalReply(fakediscord.DefaultChannelID, 0)
	if !strings.Contains(reply.Content, "President Vladimir Putin agreed on Tuesday") || !strings.Contains(reply.Content, "¶1") {
		t.Errorf("a mention with tl;dr got %q, want the cited lead", reply.Content)
	}
	assertNoPings(t, h.dc.Requests())
}

func TestSummaryQuestion(t *testing.T) {
	tests := []struct{ length, want string }{
		{"short", answer.BriefQuestion},
		{"long", answer.PointsQuestion},
		{"", answer.SummaryQuestion},
		{"enormous", answer.SummaryQuestion},
	}
	for _, tt := range tests {
		if got := summaryQuestion(tt.length); got != tt.want {
			t.Errorf("summaryQuestion(%q) = %q, want %q", tt.length, got, tt.want)
		}
	}
}
