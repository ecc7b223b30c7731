package fakediscord

import (
	"errors"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// wait is how long tests wait for something asynchronous to happen.
const wait = 15 * time.Second

// openSession opens a real discordgo Session on the fake and waits for
// READY. It leaves the session open: the fake drops the connection when the
// test ends and, with ShouldReconnectOnError false, discordgo winds down in
// the background, which saves Close's fixed one-second sleep per test.
func openSession(t *testing.T, s *Server) (*discordgo.Session, *discordgo.Ready) {
	t.Helper()
	ses := s.Session("test-token")
	ready := make(chan *discordgo.Ready, 1)
	ses.AddHandlerOnce(func(_ *discordgo.Session, r *discordgo.Ready) { ready <- r })
	if err := ses.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	select {
	case r := <-ready:
		return ses, r
	case <-time.After(wait):
		t.Fatal("Ready handler did not fire")
		return nil, nil
	}
}

// interactions forwards every INTERACTION_CREATE the session receives.
func interactions(ses *discordgo.Session) <-chan *discordgo.InteractionCreate {
	ch := make(chan *discordgo.InteractionCreate, 16)
	ses.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { ch <- i })
	return ch
}

// messages forwards every MESSAGE_CREATE the session receives.
func messages(ses *discordgo.Session) <-chan *discordgo.MessageCreate {
	ch := make(chan *discordgo.MessageCreate, 16)
	ses.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { ch <- m })
	return ch
}

// receive returns the next value from ch or fails the test.
func receive[T any](t *testing.T, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(wait):
		t.Fatalf("nothing received within %v", wait)
		var zero T
		return zero
	}
}

// restCode returns the HTTP status and Discord error code of a REST error.
func restCode(t *testing.T, err error) (status, code int) {
	t.Helper()
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		t.Fatalf("got error %v, want a *discordgo.RESTError", err)
	}
	if re.Message != nil {
		code = re.Message.Code
	}
	return re.Response.StatusCode, code
}
