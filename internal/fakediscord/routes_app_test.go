package fakediscord

import (
	"net/http"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestCommandBulkOverwrite(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, r := openSession(t, s)
	cmds := []*discordgo.ApplicationCommand{
		{Name: "ask", Description: "Ask about the article", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question", Required: true},
		}},
	}

	got, err := ses.ApplicationCommandBulkOverwrite(r.Application.ID, DefaultGuildID, cmds)
	if err != nil {
		t.Fatalf("ApplicationCommandBulkOverwrite: %v", err)
	}
	if len(got) != 1 || got[0].ID == "" || got[0].Name != "ask" || got[0].GuildID != DefaultGuildID {
		t.Fatalf("got commands %+v, want one \"ask\" with an id in guild %s", got, DefaultGuildID)
	}
	again, err := ses.ApplicationCommandBulkOverwrite(r.Application.ID, DefaultGuildID, cmds)
	if err != nil {
		t.Fatalf("second ApplicationCommandBulkOverwrite: %v", err)
	}
	if again[0].ID != got[0].ID {
		t.Errorf("id after second overwrite = %s, want unchanged %s", again[0].ID, got[0].ID)
	}
	if n := len(s.RequestsMatching(http.MethodPut, "/applications/*/guilds/*/commands")); n != 2 {
		t.Errorf("got %d PUT requests, want 2", n)
	}
	if c := s.Commands(DefaultGuildID); len(c) != 1 || c[0].ID != got[0].ID {
		t.Errorf("Commands() = %+v, want the overwritten command", c)
	}
	listed, err := ses.ApplicationCommands(r.Application.ID, DefaultGuildID)
	if err != nil || len(listed) != 1 || listed[0].ID != got[0].ID {
		t.Errorf("ApplicationCommands = %+v, %v; want the overwritten command", listed, err)
	}

	bad := []*discordgo.ApplicationCommand{{Name: "Has Spaces", Description: "x"}}
	_, err = ses.ApplicationCommandBulkOverwrite(r.Application.ID, "", bad)
	if status, code := restCode(t, err); status != 400 || code != 50035 {
		t.Errorf("invalid name: got %d/%d, want 400/50035", status, code)
	}
}
