package fakediscord

import (
	"errors"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

func TestOpenReady(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses, r := openSession(t, s)

	if ses.State.User == nil || ses.State.User.ID != s.BotID() || !ses.State.User.Bot {
		t.Errorf("State.User = %+v, want bot user %s", ses.State.User, s.BotID())
	}
	if r.Application == nil || r.Application.ID != s.AppID() {
		t.Errorf("Ready.Application = %+v, want id %s", r.Application, s.AppID())
	}
	if r.SessionID == "" {
		t.Error("Ready.SessionID is empty")
	}
	id, ok := s.Identify()
	if !ok {
		t.Fatal("Identify() reported no identify payload")
	}
	if got, want := id.Token, "Bot test-token"; got != want {
		t.Errorf("identify token = %q, want %q", got, want)
	}
	if got, want := id.Intents, discordgo.IntentsAllWithoutPrivileged; got != want {
		t.Errorf("identify intents = %d, want %d", got, want)
	}
	gw := s.RequestsMatching("GET", "/gateway")
	if len(gw) != 1 || gw[0].Host != "discord.com" {
		t.Errorf("gateway requests = %v, want one addressed to discord.com", gw)
	}
	if u := s.Unhandled(); len(u) != 0 {
		t.Errorf("unhandled requests: %v", u)
	}
}

func TestHeartbeatsAcked(t *testing.T) {
	t.Parallel()
	s := New(t, WithHeartbeatInterval(50*time.Millisecond))
	ses, _ := openSession(t, s)
	start := time.Now()

	deadline := time.Now().Add(wait)
	for {
		ses.RLock()
		ack := ses.LastHeartbeatAck
		ses.RUnlock()
		if s.Heartbeats() >= 3 && ack.After(start) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("got %d heartbeats, last ack %v; want 3 and an ack after %v", s.Heartbeats(), ack, start)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestFatalCloseCodes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		opts   []Option
		intent discordgo.Intent
	}{
		{"close after identify", []Option{WithCloseAfterIdentify(4014)}, discordgo.IntentsAllWithoutPrivileged},
		{"message content not enabled", []Option{WithApplicationFlags(0)}, discordgo.IntentsAllWithoutPrivileged | discordgo.IntentMessageContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := New(t, tt.opts...)
			ses := s.Session("test-token")
			ses.Identify.Intents = tt.intent
			err := ses.Open()
			var ce *websocket.CloseError
			if !errors.As(err, &ce) || ce.Code != 4014 {
				t.Fatalf("Open() error = %v, want close code 4014", err)
			}
			if _, ok := s.Identify(); !ok {
				t.Error("identify payload was not recorded")
			}
		})
	}
}

func TestPrivilegedIntentAllowedByDefault(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses := s.Session("test-token")
	ses.Identify.Intents = discordgo.IntentsAll
	if err := ses.Open(); err != nil {
		t.Fatalf("Open() with all intents: %v", err)
	}
}

func TestResumeReplaysMissedEvents(t *testing.T) {
	t.Parallel()
	// A long interval keeps discordgo's heartbeat goroutine out of the way:
	// a heartbeat racing the reconnect closes the new connection too.
	s := New(t, WithHeartbeatInterval(10*time.Second))
	ses := s.Session("test-token")
	ses.ShouldReconnectOnError = true
	got := messages(ses)
	if err := ses.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = ses.Close() })

	// Each connection's heartbeat goroutine must be past its first beat
	// before the connection goes; otherwise discordgo's heartbeat races
	// Close and starts a reconnect loop of its own.
	waitHeartbeats(t, s, 1)
	s.CloseConnections(4000)
	id := s.MessageCreate(MessageSpec{Content: "sent while away", MentionsBot: true})

	m := receive(t, got)
	if m.ID != id {
		t.Errorf("replayed message id = %s, want %s", m.ID, id)
	}
	if s.Resumes() != 1 {
		t.Errorf("Resumes() = %d, want 1", s.Resumes())
	}
	waitHeartbeats(t, s, 2)
}

func waitHeartbeats(t *testing.T, s *Server, n int) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for s.Heartbeats() < n {
		if time.Now().After(deadline) {
			t.Fatalf("got %d heartbeats, want %d", s.Heartbeats(), n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestCloseEndsSession(t *testing.T) {
	t.Parallel()
	s := New(t)
	ses := s.Session("test-token")
	if err := ses.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	if err := ses.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	deadline := time.Now().Add(wait)
	for s.Connected() != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("Connected() = %d after Close, want 0", s.Connected())
		}
		time.Sleep(5 * time.Millisecond)
	}
	if n := s.Dispatch("TYPING_START", map[string]any{}); n != 0 {
		t.Errorf("Dispatch after Close reached %d connections, want 0", n)
	}
}
