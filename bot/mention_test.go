package bot

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
)

// finalReply waits for the bot's final reply in a channel (after skip
// earlier ones) and returns it.
func (h *harness) finalReply(channelID string, skip int) fakediscord.Message {
	h.t.Helper()
	var got fakediscord.Message
	h.waitUntil(func() bool {
		var replies []fakediscord.Message
		for _, m := range h.dc.Messages(channelID) {
			if m.ReplyTo != "" {
				replies = append(replies, m)
			}
		}
		if len(replies) <= skip {
			return false
		}
		got = replies[skip]
		return isFinal(got)
	}, "a final reply in "+channelID)
	return got
}

func TestMentionRepliesThenThreadFollowUpUsesHistory(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{EditInterval: 50 * time.Millisecond})
	qid := h.dc.MessageCreate(fakediscord.MessageSpec{Content: "What did Witkoff say?", MentionsBot: true})
	first := h.finalReply(fakediscord.DefaultChannelID, 0)
	if first.ReplyTo != qid {
		t.Fatalf("reply references %q, want the question %q", first.ReplyTo, qid)
	}
	if !strings.Contains(first.Content, "¶") || strings.Contains(first.Content, "<@"+fakediscord.DefaultBotID) {
		t.Errorf("first answer = %q, want citations and no bot mention", first.Content)
	}
	var thread string
	h.waitUntil(func() bool {
		m, _ := h.dc.Message(first.ID)
		thread = m.ThreadID
		return thread != ""
	}, "a thread on the first answer")
	th, _ := h.dc.Channel(thread)
	if th.ParentID != fakediscord.DefaultChannelID || !strings.Contains(th.Name, "Witkoff") {
		t.Errorf("thread %+v, want one under the channel named after the question", th)
	}

	q2 := h.dc.MessageCreate(fakediscord.MessageSpec{Origin: fakediscord.Origin{ChannelID: thread}, Content: "what else did he say?", MentionsBot: true})
	second := h.finalReply(thread, 0)
	if second.ReplyTo != q2 {
		t.Errorf("follow-up reply references %q, want %q", second.ReplyTo, q2)
	}
	if !strings.Contains(second.Content, "understood as: what else did Steve Witkoff say?") {
		t.Errorf("follow-up answer does not use the thread's history:\n%s", second.Content)
	}
	threads := 0
	for _, r := range h.dc.Requests() {
		if r.Method == http.MethodPost && strings.HasSuffix(r.Path, "/threads") {
			threads++
		}
	}
	if threads != 1 {
		t.Errorf("opened %d threads, want 1 (follow-ups stay in it)", threads)
	}
	assertNoPings(t, h.dc.Requests())
}

func TestThreadFollowUpWithoutMentionNeedsMessageContent(t *testing.T) {
	t.Parallel()
	for _, intent := range []bool{false, true} {
		h := start(t, offline(t), Config{EditInterval: 20 * time.Millisecond, MessageContent: intent})
		h.dc.MessageCreate(fakediscord.MessageSpec{Content: "What did Witkoff say?", MentionsBot: true})
		first := h.finalReply(fakediscord.DefaultChannelID, 0)
		var thread string
		h.waitUntil(func() bool { m, _ := h.dc.Message(first.ID); thread = m.ThreadID; return thread != "" }, "a thread")
		h.dc.MessageCreate(fakediscord.MessageSpec{Origin: fakediscord.Origin{ChannelID: thread}, Content: "Where will the talks be?"})
		if intent {
			if r := h.finalReply(thread, 0); !strings.Contains(r.Content, "Jeddah") {
				t.Errorf("with the intent: reply %q, want the answer", r.Content)
			}
			continue
		}
		time.Sleep(300 * time.Millisecond)
		if got := h.dc.Messages(thread); len(got) != 0 {
			t.Errorf("without the intent the bot answered an unmentioned message it cannot read: %v", got)
		}
	}
}

func TestDMAndLLMFollowUpHistory(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t)
	oa.Respond(citing)
	h := start(t, withModel(t, oa), Config{EditInterval: 20 * time.Millisecond, AllowDMs: true})
	dm := fakediscord.Origin{DM: true}
	h.dc.MessageCreate(fakediscord.MessageSpec{Origin: dm, Content: "What did Witkoff say?"})
	h.finalReply(fakediscord.DefaultDMChannelID, 0)
	h.dc.MessageCreate(fakediscord.MessageSpec{Origin: dm, Content: "what else did he say?"})
	h.finalReply(fakediscord.DefaultDMChannelID, 1)
	var sawHistory bool
	for _, r := range oa.ChatRequests() {
		if strings.Contains(r.LastUser(), "what else did he say?") && strings.Contains(r.LastUser(), "What did Witkoff say?") {
			sawHistory = true
		}
	}
	if !sawHistory {
		t.Error("the model never saw the earlier question with the follow-up")
	}
}

func TestStripMention(t *testing.T) {
	t.Parallel()
	bot := &discordgo.User{ID: "42"}
	tests := []struct {
		content   string
		mentions  []*discordgo.User
		want      string
		mentioned bool
	}{
		{"<@42> What did he say?", []*discordgo.User{bot}, "What did he say?", true},
		{"<@!42>   why\n now?", nil, "why now?", true},
		{"hey <@42>, what now <@42>", []*discordgo.User{bot}, "hey , what now", true},
		{"<@7> not for the bot", []*discordgo.User{{ID: "7"}}, "<@7> not for the bot", false},
		{"reply without a tag", []*discordgo.User{bot}, "reply without a tag", true},
	}
	for _, tt := range tests {
		got, mentioned := stripMention(tt.content, "42", tt.mentions)
		if got != tt.want || mentioned != tt.mentioned {
			t.Errorf("stripMention(%q) = %q, %v; want %q, %v", tt.content, got, mentioned, tt.want, tt.mentioned)
		}
	}
}
