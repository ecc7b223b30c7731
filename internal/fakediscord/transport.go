package fakediscord

import (
	"context"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// originalHostHeader carries the host a request was meant for, so the
// recorder can show that the bot really addressed discord.com.
const originalHostHeader = "X-Fakediscord-Original-Host"

// rewriteTransport sends every request to the fake, whatever its host, and
// keeps path and query. discordgo's endpoints are package variables fixed at
// init, so this is the only clean way to point a Session elsewhere.
type rewriteTransport struct {
	host string
	base http.RoundTripper
}

// RoundTrip implements http.RoundTripper.
func (rt *rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	out := req.Clone(req.Context())
	out.Header.Set(originalHostHeader, req.URL.Host)
	out.URL.Scheme = "http"
	out.URL.Host = rt.host
	out.Host = rt.host
	return rt.base.RoundTrip(out)
}

// Transport returns an http.RoundTripper that sends every request, to any
// host, to the fake. Use it as Session.Client.Transport when building a
// Session by hand.
func (s *Server) Transport() http.RoundTripper {
	return &rewriteTransport{host: s.srv.Listener.Addr().String(), base: s.srv.Client().Transport}
}

// Dialer returns a websocket dialer that connects to the fake whatever the
// gateway URL's host, and never uses a proxy. The gateway URL the fake
// hands out already points at it; the dialer is a second safety net.
func (s *Server) Dialer() *websocket.Dialer {
	addr := s.srv.Listener.Addr().String()
	return &websocket.Dialer{
		NetDialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, addr)
		},
		HandshakeTimeout: 5 * time.Second,
	}
}

// Session returns a real discordgo Session for the bot token ("Bot " is
// added when missing), wired to the fake through Transport and Dialer.
//
// ShouldReconnectOnError is false, so when the fake drops the connection at
// the end of the test discordgo winds down in the background instead of
// redialling for ever; a test need not Close the session (Close sleeps a
// fixed second). Set it to true before Open to test reconnection and
// resume, and then Close the session before the test ends. Beware a
// discordgo race: a heartbeat sent while a connection is closing makes
// discordgo close the next connection too, so let a heartbeat through
// (see Heartbeats) before dropping a connection on purpose.
func (s *Server) Session(token string) *discordgo.Session {
	s.t.Helper()
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	ses, err := discordgo.New(token)
	if err != nil {
		s.t.Fatalf("fakediscord: discordgo.New: %v", err)
	}
	ses.Client = &http.Client{Transport: s.Transport(), Timeout: 10 * time.Second}
	ses.Dialer = s.Dialer()
	ses.ShouldReconnectOnError = false
	return ses
}
