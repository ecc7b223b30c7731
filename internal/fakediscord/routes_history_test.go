package fakediscord

import (
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestChannelMessagesNewestFirstWithReplies(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses := s.Session("test-token")
	q1 := s.MessageCreate(MessageSpec{Content: "first", MentionsBot: true})
	a1, err := ses.ChannelMessageSendReply(DefaultChannelID, "answer", &discordgo.MessageReference{MessageID: q1, ChannelID: DefaultChannelID})
	if err != nil {
		t.Fatal(err)
	}
	q2 := s.MessageCreate(MessageSpec{Content: "second"})

	msgs, err := ses.ChannelMessages(DefaultChannelID, 100, "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range msgs {
		ids = append(ids, m.ID)
	}
	if len(ids) != 3 || ids[0] != q2 || ids[1] != a1.ID || ids[2] != q1 {
		t.Fatalf("got %v, want newest first [%s %s %s]", ids, q2, a1.ID, q1)
	}
	if r := msgs[1].ReferencedMessage; r == nil || r.ID != q1 || r.Content == "" {
		t.Errorf("reply's referenced message = %+v, want the question with its content", r)
	}

	older, err := ses.ChannelMessages(DefaultChannelID, 1, q2, "", "")
	if err != nil || len(older) != 1 || older[0].ID != a1.ID {
		t.Errorf("before %s limit 1: got %v %v, want [%s]", q2, older, err, a1.ID)
	}
	if _, err := ses.ChannelMessages(DefaultChannelID, 101, "", "", ""); err == nil {
		t.Error("limit 101 accepted, want 400")
	}
}

// TestChannelMessagesHideContentWithoutIntent checks that REST, like the
// gateway, hides users' messages that do not mention the bot from an
// application without the Message Content intent.
func TestChannelMessagesHideContentWithoutIntent(t *testing.T) {
	t.Parallel()
	s := New(t, WithApplicationFlags(0))
	ses := s.Session("test-token")
	s.MessageCreate(MessageSpec{Content: "mentioned", MentionsBot: true})
	s.MessageCreate(MessageSpec{Content: "chatter"})
	msgs, err := ses.ChannelMessages(DefaultChannelID, 10, "", "", "")
	if err != nil || len(msgs) != 2 {
		t.Fatalf("got %v %v, want two messages", msgs, err)
	}
	if msgs[0].Content != "" || msgs[1].Content == "" {
		t.Errorf("contents %q, %q; want the chatter hidden and the mention shown", msgs[0].Content, msgs[1].Content)
	}
}

func TestGuildMember(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses := s.Session("test-token")
	s.AddMember("77", "5", "900")
	m, err := ses.GuildMember("77", "5")
	if err != nil || len(m.Roles) != 1 || m.Roles[0] != "900" {
		t.Errorf("member = %+v %v, want roles [900]", m, err)
	}
	_, err = ses.GuildMember("77", "6")
	if status, code := restCode(t, err); status != 404 || code != 10007 {
		t.Errorf("unknown member: %d %d, want 404 10007", status, code)
	}
}
