package bot

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/answer"
	"articlebot/internal/fakediscord"
)

// TestFollowUpAfterRestartUsesThreadHistory asks in a channel, stops the
// bot, starts a new one (nothing kept in memory) on the same Discord and
// asks a follow-up in the thread: its history comes from the thread.
func TestFollowUpAfterRestartUsesThreadHistory(t *testing.T) {
	t.Parallel()
	cfg := Config{EditInterval: 20 * time.Millisecond}
	h1 := start(t, offline(t), cfg)
	h1.dc.MessageCreate(fakediscord.MessageSpec{Content: "What did Witkoff say?", MentionsBot: true})
	first := h1.finalReply(fakediscord.DefaultChannelID, 0)
	var thread string
	h1.waitUntil(func() bool {
		m, _ := h1.dc.Message(first.ID)
		thread = m.ThreadID
		return thread != ""
	}, "a thread on the first answer")
	if err := h1.stop(); err != nil {
		t.Fatal(err)
	}

	h2 := startOn(t, h1.dc, offline(t), cfg)
	// Chatter in the thread that the bot did not answer does not count.
	h2.dc.MessageCreate(fakediscord.MessageSpec{Origin: fakediscord.Origin{ChannelID: thread, UserID: userBob}, Content: "Putin said nothing new"})
	q := h2.dc.MessageCreate(fakediscord.MessageSpec{Origin: fakediscord.Origin{ChannelID: thread}, Content: "what else did he say?", MentionsBot: true})
	second := h2.finalReply(thread, 0)
	if second.ReplyTo != q {
		t.Fatalf("reply references %q, want %q", second.ReplyTo, q)
	}
	if !strings.Contains(second.Content, "understood as: what else did Steve Witkoff say?") {
		t.Errorf("follow-up after a restart = %q, want it read with the thread's history", second.Content)
	}
	reads := 0
	for _, r := range h2.dc.Requests() {
		if r.Method == http.MethodGet && strings.Contains(r.Path, "/messages") {
			reads++
		}
	}
	if reads == 0 {
		t.Error("the restarted bot read no messages from Discord")
	}

	// A third question, by /ask in the thread, sees both turns; its answer
	// quotes the question, so later histories can read it back.
	_, token := h2.ask("and what did he say about the talks?", fakediscord.Origin{ChannelID: thread})
	final := h2.final(token)
	if !strings.HasPrefix(final.Content, "> and what did he say about the talks?\n") {
		t.Errorf("/ask answer = %q, want it headed by the quoted question", final.Content)
	}
	if !strings.Contains(final.Content, "understood as: and what did Steve Witkoff say about the talks?") {
		t.Errorf("/ask follow-up = %q, want it resolved to Witkoff", final.Content)
	}
	h2.bot.turns = newTurnCache(10) // forget everything: Discord alone must do
	got := h2.bot.history(t.Context(), question{convKey: thread, channelID: thread, bucket: "test"})
	if len(got) != 3 || got[0].Question != "What did Witkoff say?" || got[1].Question != "what else did he say?" ||
		got[2].Question != "and what did he say about the talks?" {
		t.Errorf("thread history = %+v, want the three questions the bot answered, oldest first", got)
	}
	for _, turn := range got {
		if turn.Answer == "" || strings.Contains(turn.Answer, "**Sources**") || strings.Contains(turn.Answer, "-# ") {
			t.Errorf("turn answer %q, want the answer text without sources or small print", turn.Answer)
		}
	}
}

// TestReplyChainIsTheHistory replies to the bot's answer in the channel
// itself (not its thread): the chain of replies is the history.
func TestReplyChainIsTheHistory(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{EditInterval: 20 * time.Millisecond})
	h.dc.MessageCreate(fakediscord.MessageSpec{Content: "What did Witkoff say?", MentionsBot: true})
	first := h.finalReply(fakediscord.DefaultChannelID, 0)
	h.bot.turns = newTurnCache(10)
	h.dc.MessageCreate(fakediscord.MessageSpec{Content: "what else did he say?", MentionsBot: true, ReplyTo: first.ID})
	second := h.finalReply(fakediscord.DefaultChannelID, 1)
	if !strings.Contains(second.Content, "understood as: what else did Steve Witkoff say?") {
		t.Errorf("reply-chain follow-up = %q, want it read with the chain's history", second.Content)
	}
}

func TestBoundHistory(t *testing.T) {
	t.Parallel()
	now := time.Now()
	turn := func(q string, age time.Duration, size int) turnAt {
		return turnAt{turn: answer.Turn{Question: q, Answer: strings.Repeat("a", size)}, at: now.Add(-age)}
	}
	b := &Bot{cfg: Config{HistoryTurns: 2, HistoryChars: 100, HistoryTTL: time.Hour}}
	tests := []struct {
		name  string
		turns []turnAt // newest first
		want  []string // questions, oldest first
	}{
		{"turns", []turnAt{turn("c", 0, 1), turn("b", 0, 1), turn("a", 0, 1)}, []string{"b", "c"}},
		{"age", []turnAt{turn("b", time.Minute, 1), turn("a", 2*time.Hour, 1)}, []string{"b"}},
		{"characters", []turnAt{turn("b", 0, 60), turn("a", 0, 60)}, []string{"b"}},
		{"one long turn is kept", []turnAt{turn("b", 0, 500)}, []string{"b"}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, t := range b.bound(tt.turns) {
			got = append(got, t.Question)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestParseTurn(t *testing.T) {
	t.Parallel()
	b := &Bot{}
	b.botID.Store("9")
	botUser := &discordgo.User{ID: "9", Bot: true}
	asker := &discordgo.User{ID: "1"}
	question := &discordgo.Message{ID: "5", Author: asker, Content: "<@9> what did he say?", MessageReference: &discordgo.MessageReference{MessageID: "4"}}
	tests := []struct {
		name string
		m    *discordgo.Message
		q, a string // "" for no turn
		prev string
	}{
		{"reply", &discordgo.Message{Author: botUser, Type: discordgo.MessageTypeReply, ReferencedMessage: question,
			Content: "He said yes [1].\n\n**Sources**\n[1] ¶3 — yes\n-# check a source with /source paragraph:N"}, "what did he say?", "He said yes [1].", "4"},
		{"ask", &discordgo.Message{Author: botUser, Type: discordgo.MessageTypeChatInputCommand,
			Content: "> who won?\nNobody did [2].\n-# understood as: who won?"}, "who won?", "Nobody did [2].", ""},
		{"someone else", &discordgo.Message{Author: asker, Type: discordgo.MessageTypeReply, ReferencedMessage: question, Content: "ok"}, "", "", ""},
		{"refusal", &discordgo.Message{Author: botUser, Type: discordgo.MessageTypeReply, ReferencedMessage: question,
			Flags: discordgo.MessageFlagsSuppressNotifications, Content: "You've asked 5 questions"}, "", "", ""},
		{"error note", &discordgo.Message{Author: botUser, Type: discordgo.MessageTypeReply, ReferencedMessage: question, Content: msgFailed}, "", "", ""},
		{"streaming", &discordgo.Message{Author: botUser, Type: discordgo.MessageTypeReply, ReferencedMessage: question, Content: "He …",
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{}}}, "", "", ""},
		{"deferred /ask", &discordgo.Message{Author: botUser, Type: discordgo.MessageTypeChatInputCommand}, "", "", ""},
		{"plain bot message", &discordgo.Message{Author: botUser, Content: "the rest of a long answer"}, "", "", ""},
	}
	for _, tt := range tests {
		got, ok := b.parseTurn(tt.m)
		if ok != (tt.a != "") || got.turn.Question != tt.q || got.turn.Answer != tt.a || got.prev != tt.prev {
			t.Errorf("%s: got %+v %v, want question %q answer %q prev %q", tt.name, got, ok, tt.q, tt.a, tt.prev)
		}
	}
}

func TestTurnCacheEvictsLeastRecentlyUsed(t *testing.T) {
	t.Parallel()
	c := newTurnCache(2)
	c.put("a", turnAt{})
	c.put("b", turnAt{})
	c.get("a")
	c.put("c", turnAt{})
	_, a := c.get("a")
	_, b := c.get("b")
	if !a || b || c.len() != 2 {
		t.Errorf("after eviction has a=%v b=%v len=%d, want true false 2", a, b, c.len())
	}
}

// TestDMFollowUpUsesTheDMsHistory asks twice in a DM; without the Message
// Content intent (which DMs do not need) the second question is read with
// the first.
func TestDMFollowUpUsesTheDMsHistory(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{AllowDMs: true, EditInterval: 20 * time.Millisecond}, fakediscord.WithApplicationFlags(0))
	dm := fakediscord.Origin{DM: true}
	h.dc.MessageCreate(fakediscord.MessageSpec{Origin: dm, Content: "What did Witkoff say?"})
	h.finalReply(fakediscord.DefaultDMChannelID, 0)
	h.dc.MessageCreate(fakediscord.MessageSpec{Origin: dm, Content: "what else did he say?"})
	second := h.finalReply(fakediscord.DefaultDMChannelID, 1)
	if !strings.Contains(second.Content, "understood as: what else did Steve Witkoff say?") {
		t.Errorf("DM follow-up = %q, want it read with the DM's history", second.Content)
	}
}

// TestThreadHistoryWithoutMessageContent runs without the intent: the
// questions mention the bot, so Discord shows their text to it over REST
// too, and the history works after a restart.
func TestThreadHistoryWithoutMessageContent(t *testing.T) {
	t.Parallel()
	cfg := Config{EditInterval: 20 * time.Millisecond}
	h1 := start(t, offline(t), cfg, fakediscord.WithApplicationFlags(0))
	h1.dc.MessageCreate(fakediscord.MessageSpec{Content: "What did Witkoff say?", MentionsBot: true})
	first := h1.finalReply(fakediscord.DefaultChannelID, 0)
	var thread string
	h1.waitUntil(func() bool { m, _ := h1.dc.Message(first.ID); thread = m.ThreadID; return thread != "" }, "a thread")
	h1.stop()
	h2 := startOn(t, h1.dc, offline(t), cfg)
	h2.dc.MessageCreate(fakediscord.MessageSpec{Origin: fakediscord.Origin{ChannelID: thread}, Content: "what else did he say?", MentionsBot: true})
	if got := h2.finalReply(thread, 0).Content; !strings.Contains(got, "understood as: what else did Steve Witkoff say?") {
		t.Errorf("follow-up = %q, want it read with the thread's history", got)
	}
}
