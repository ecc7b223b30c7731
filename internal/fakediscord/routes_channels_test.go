package fakediscord

import (
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestMessageCreateContentAndIntents(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		spec        MessageSpec
		intents     discordgo.Intent
		wantContent string
	}{
		{"mention without content intent", MessageSpec{Content: "who won?", MentionsBot: true},
			discordgo.IntentsAllWithoutPrivileged, "<@" + DefaultBotID + "> who won?"},
		{"no mention without content intent", MessageSpec{Content: "who won?"},
			discordgo.IntentsAllWithoutPrivileged, ""},
		{"no mention with content intent", MessageSpec{Content: "who won?"},
			discordgo.IntentsAllWithoutPrivileged | discordgo.IntentMessageContent, "who won?"},
		{"DM without content intent", MessageSpec{Content: "who won?", Origin: Origin{DM: true}},
			discordgo.IntentsAllWithoutPrivileged, "who won?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := New(t)
			ses := s.Session("test-token")
			ses.Identify.Intents = tt.intents
			got := messages(ses)
			if err := ses.Open(); err != nil {
				t.Fatalf("Open: %v", err)
			}

			id := s.MessageCreate(tt.spec)
			m := receive(t, got)
			if m.ID != id || m.Author == nil || m.Author.ID != DefaultUserID {
				t.Errorf("message %s by %v, want %s by %s", m.ID, m.Author, id, DefaultUserID)
			}
			if m.Content != tt.wantContent {
				t.Errorf("content = %q, want %q", m.Content, tt.wantContent)
			}
			mentioned := len(m.Mentions) == 1 && m.Mentions[0].ID == DefaultBotID
			if mentioned != tt.spec.MentionsBot {
				t.Errorf("mentions = %v, want bot mentioned: %v", m.Mentions, tt.spec.MentionsBot)
			}
		})
	}
}

func TestReplyAndThread(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, _ := openSession(t, s)
	got := messages(ses)
	question := s.MessageCreate(MessageSpec{Content: "who won?", MentionsBot: true})
	receive(t, got)

	sent, err := ses.ChannelMessageSendComplex(DefaultChannelID, &discordgo.MessageSend{
		Content:         "Team A, <@" + DefaultUserID + ">.",
		Reference:       &discordgo.MessageReference{MessageID: question, ChannelID: DefaultChannelID},
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
	})
	if err != nil {
		t.Fatalf("ChannelMessageSendComplex: %v", err)
	}
	if sent.ID == "" || sent.ChannelID != DefaultChannelID || sent.MessageReference == nil || sent.MessageReference.MessageID != question {
		t.Errorf("sent = %+v, want a reply to %s in %s", sent, question, DefaultChannelID)
	}
	post := s.WaitForRequest(t, wait, http.MethodPost, "/channels/"+DefaultChannelID+"/messages")
	if !AllowedMentionsNone(post) {
		t.Errorf("AllowedMentionsNone = false for %s", post.RawBody)
	}
	if msgs := s.Messages(DefaultChannelID); len(msgs) != 1 || msgs[0].ReplyTo != question {
		t.Errorf("Messages = %+v, want the one reply", msgs)
	}

	th, err := ses.MessageThreadStartComplex(DefaultChannelID, question, &discordgo.ThreadStart{Name: "who won?", AutoArchiveDuration: 60})
	if err != nil {
		t.Fatalf("MessageThreadStartComplex: %v", err)
	}
	if th.ID != question || th.Type != discordgo.ChannelTypeGuildPublicThread || th.ParentID != DefaultChannelID || th.GuildID != DefaultGuildID {
		t.Errorf("thread = %+v, want public thread %s under %s", th, question, DefaultChannelID)
	}
	fetched, err := ses.Channel(th.ID)
	if err != nil || fetched.Type != discordgo.ChannelTypeGuildPublicThread || fetched.ThreadMetadata == nil {
		t.Errorf("Channel(thread) = %+v, %v; want the thread with metadata", fetched, err)
	}
	_, err = ses.MessageThreadStartComplex(DefaultChannelID, question, &discordgo.ThreadStart{Name: "again"})
	if status, code := restCode(t, err); status != 400 || code != 160004 {
		t.Errorf("second thread: got %d/%d, want 400/160004", status, code)
	}
	if _, err := ses.ChannelMessageSend(th.ID, "in the thread"); err != nil {
		t.Errorf("send in thread: %v", err)
	}

	other, err := ses.ThreadStartComplex(DefaultChannelID, &discordgo.ThreadStart{Name: "side", Type: discordgo.ChannelTypeGuildPublicThread})
	if err != nil || other.ParentID != DefaultChannelID || other.Type != discordgo.ChannelTypeGuildPublicThread {
		t.Errorf("ThreadStartComplex = %+v, %v; want a public thread", other, err)
	}
	if u := s.Unhandled(); len(u) != 0 {
		t.Errorf("unhandled requests: %v", u)
	}
}

func TestReplyToBotMessage(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, _ := openSession(t, s)
	got := messages(ses)
	answer, err := ses.ChannelMessageSend(DefaultChannelID, "Team A won.")
	if err != nil {
		t.Fatalf("ChannelMessageSend: %v", err)
	}

	s.MessageCreate(MessageSpec{Content: "why?", ReplyTo: answer.ID, PingReply: true})
	m := receive(t, got)
	if m.ReferencedMessage == nil || m.ReferencedMessage.Author == nil || m.ReferencedMessage.Author.ID != DefaultBotID {
		t.Errorf("referenced message = %+v, want the bot's answer", m.ReferencedMessage)
	}
	if m.MessageReference == nil || m.MessageReference.MessageID != answer.ID || m.Type != discordgo.MessageTypeReply {
		t.Errorf("reference %+v type %v, want a reply to %s", m.MessageReference, m.Type, answer.ID)
	}
	// A pinging reply mentions the bot, so its content arrives even
	// without the Message Content intent.
	if len(m.Mentions) != 1 || m.Mentions[0].ID != DefaultBotID || m.Content != "why?" {
		t.Errorf("mentions %v content %q, want the bot pinged and content \"why?\"", m.Mentions, m.Content)
	}
}

func TestChannelRoutes(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, _ := openSession(t, s)
	s.AddChannel("77", discordgo.ChannelTypeGuildText, "")

	m, err := ses.ChannelMessageSend("77", "draft")
	if err != nil {
		t.Fatalf("ChannelMessageSend: %v", err)
	}
	if _, err := ses.ChannelMessageEdit("77", m.ID, "final"); err != nil {
		t.Fatalf("ChannelMessageEdit: %v", err)
	}
	if msgs := s.Messages("77"); len(msgs) != 1 || msgs[0].Content != "final" || msgs[0].Edits != 1 {
		t.Errorf("Messages = %+v, want one edited message", msgs)
	}
	_, err = ses.ChannelMessageSendComplex("77", &discordgo.MessageSend{
		Content: "see attached",
		Files:   []*discordgo.File{{Name: "answer.txt", Reader: strings.NewReader("text")}},
	})
	if err != nil {
		t.Fatalf("send with a file: %v", err)
	}
	up := s.RequestsMatching(http.MethodPost, "/channels/77/messages")
	if last := up[len(up)-1]; len(last.Files) != 1 || last.Files[0] != "answer.txt" || last.Body["content"] != "see attached" {
		t.Errorf("multipart request recorded files %v body %v, want answer.txt and its payload_json", last.Files, last.Body)
	}
	if err := ses.ChannelTyping("77"); err != nil {
		t.Errorf("ChannelTyping: %v", err)
	}
	if c, err := ses.Channel("77"); err != nil || c.GuildID != DefaultGuildID {
		t.Errorf("Channel = %+v, %v; want guild %s", c, err, DefaultGuildID)
	}

	_, err = ses.ChannelMessageSend("999", "nowhere")
	if status, code := restCode(t, err); status != 404 || code != 10003 {
		t.Errorf("unknown channel: got %d/%d, want 404/10003", status, code)
	}
	_, err = ses.ChannelMessageSend("77", "")
	if status, code := restCode(t, err); status != 400 || code != 50006 {
		t.Errorf("empty message: got %d/%d, want 400/50006", status, code)
	}
	long := make([]rune, 2001)
	for i := range long {
		long[i] = 'é'
	}
	_, err = ses.ChannelMessageSend("77", string(long))
	if status, code := restCode(t, err); status != 400 || code != 50035 {
		t.Errorf("2,001 characters: got %d/%d, want 400/50035", status, code)
	}
}
