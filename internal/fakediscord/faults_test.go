package fakediscord

import (
	"net/http"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestRateLimitedEditIsRetried(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, _ := openSession(t, s)
	got := interactions(ses)
	_, token := s.SlashCommand(InteractionSpec{Name: "ask", Options: []Opt{StringOpt("question", "q")}})
	i := receive(t, got)
	if err := ses.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	s.FailNext(http.MethodPatch, "/webhooks/*/*/messages/@original", 1, http.StatusTooManyRequests, 0.05)

	answer := "landed"
	if _, err := ses.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &answer}); err != nil {
		t.Fatalf("InteractionResponseEdit: %v", err)
	}
	edits := s.RequestsMatching(http.MethodPatch, "/webhooks/*/*/messages/@original")
	if len(edits) != 2 {
		t.Fatalf("got %d edit requests, want 2 (429 then retry): %v", len(edits), edits)
	}
	first := edits[0]
	if first.Status != 429 || !first.Injected || edits[1].Status != 200 {
		t.Errorf("statuses %d (injected %v), %d; want injected 429 then 200", first.Status, first.Injected, edits[1].Status)
	}
	if orig, _ := s.Original(token); orig.Content != answer {
		t.Errorf("Original content = %q, want %q", orig.Content, answer)
	}
}

func TestServerErrorsAndLatency(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, _ := openSession(t, s)

	s.FailNext("POST", "/channels/*/messages", 1, http.StatusInternalServerError, 0)
	_, err := ses.ChannelMessageSend(DefaultChannelID, "first")
	if status, _ := restCode(t, err); status != 500 {
		t.Errorf("got status %d, want 500", status)
	}
	if _, err := ses.ChannelMessageSend(DefaultChannelID, "second"); err != nil {
		t.Errorf("send after the fault: %v", err)
	}

	s.SetLatency("/channels/"+DefaultChannelID+"/typing", 100*time.Millisecond)
	start := time.Now()
	if err := ses.ChannelTyping(DefaultChannelID); err != nil {
		t.Fatalf("ChannelTyping: %v", err)
	}
	if elapsed := time.Since(start); elapsed < 100*time.Millisecond {
		t.Errorf("typing took %v, want at least the 100ms latency", elapsed)
	}
	s.SetLatency("/channels/"+DefaultChannelID+"/typing", 0)
}

func TestUnhandledRouteIs404(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, _ := openSession(t, s)
	_, err := ses.GuildRoles(DefaultGuildID)
	if status, _ := restCode(t, err); status != 404 {
		t.Errorf("got status %d, want 404", status)
	}
	u := s.Unhandled()
	if len(u) != 1 || u[0].Path != "/api/v9/guilds/"+DefaultGuildID+"/roles" {
		t.Errorf("Unhandled() = %v, want the roles request", u)
	}
}

func TestMatchPath(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/channels/42", "/api/v9/channels/42/messages/7", true},
		{"/channels/42", "/api/v9/channels/420", false},
		{"/api/v9/channels/42/", "/api/v9/channels/42", true},
		{"/webhooks/*/*/messages/@original", "/api/v9/webhooks/1/tok/messages/@original", true},
		{"/webhooks/*/*/messages/@original", "/api/v9/webhooks/1/tok/messages/5", false},
		{"/webhooks/*/*", "/api/v9/webhooks/1/tok/messages/5", false},
		{"", "/api/v9/anything", true},
	}
	for _, tt := range tests {
		if got := MatchPath(tt.pattern, tt.path); got != tt.want {
			t.Errorf("MatchPath(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}
