// Package fakediscord is an in-process fake of Discord's REST API and
// gateway, so tests can drive a real discordgo Session exactly as the bot
// does in production.
//
// New starts the fake and Server.Session returns a discordgo Session wired to
// it. Helpers such as SlashCommand and MessageCreate dispatch gateway events
// in the JSON shapes Discord sends; every REST request the bot makes is
// recorded for inspection, answered with realistic JSON and checked against
// Discord's rules (unknown channels, double acknowledgements, the 3 second
// interaction deadline, the 2,000 character limit). FailNext and SetLatency
// inject faults.
//
// A typical test:
//
//	s := fakediscord.New(t)
//	ses := s.Session("token")
//	// wire the bot's handlers to ses, then
//	if err := ses.Open(); err != nil {
//		t.Fatal(err)
//	}
//	_, token := s.SlashCommand(fakediscord.InteractionSpec{
//		Name:    "ask",
//		Options: []fakediscord.Opt{fakediscord.StringOpt("question", "Who won?")},
//	})
//	edit := s.WaitForRequest(t, 5*time.Second, "PATCH", "/webhooks/*/*/messages/@original")
//	if !fakediscord.AllowedMentionsNone(edit) {
//		t.Error("answer edit allows pings")
//	}
//	if m, _ := s.Original(token); m.Content == "" {
//		t.Error("empty answer")
//	}
package fakediscord

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"
)

// Default identities used when an Option or a spec leaves a field empty.
const (
	DefaultBotID       = "1100000000000000001"
	DefaultBotName     = "articlebot"
	DefaultGuildID     = "1200000000000000001"
	DefaultChannelID   = "1300000000000000001"
	DefaultDMChannelID = "1300000000000000002"
	DefaultUserID      = "1400000000000000001"
	DefaultUsername    = "reader"
)

// Application flags that enable privileged intents. The "limited" ones are
// what an unverified bot gets when the switch is on in the developer portal.
const (
	FlagGatewayPresenceLimited       = 1 << 13
	FlagGatewayGuildMembersLimited   = 1 << 15
	FlagGatewayMessageContentLimited = 1 << 19
)

// Server is a fake Discord: an httptest server speaking the REST API under
// /api/v9 and the gateway websocket under /gateway. It is safe for
// concurrent use.
type Server struct {
	t   testing.TB
	cfg config
	srv *httptest.Server
	mux *http.ServeMux

	// dispatchMu orders gateway frames: a session's sequence numbers must go
	// out in order, so assigning them and writing them is one step.
	dispatchMu sync.Mutex
	conns      sync.WaitGroup

	mu           sync.Mutex
	closed       bool
	closing      chan struct{}
	idSeq        uint64
	requests     []Request
	faults       []*fault
	latencies    []latency
	channels     map[string]*Channel
	messages     map[string]*Message
	msgOrder     []string
	interactions map[string]*interaction
	tokens       map[string]*interaction
	commands     map[string][]byte  // JSON of the last overwrite, by guild ("" is global)
	commandIDs   map[string]string  // by guild + "/" + name, so overwrites keep ids
	members      map[string]*member // by guild + "/" + user
	identify     *identifyRecord
	identifies   []Identified
	heartbeats   int
	resumes      int
	sessions     map[string]*gwSession
	gwConns      map[*gwConn]struct{}
}

type config struct {
	heartbeat          time.Duration
	botID, botName     string
	appID              string
	appFlags           int
	closeAfterIdentify int
	deadline           time.Duration
	shards             int // recommended by GET /gateway/bot
	maxConcurrency     int
}

// Option configures a Server.
type Option func(*config)

// WithHeartbeatInterval sets the heartbeat interval sent in Hello (default
// 250 ms). discordgo reconnects when no ack arrives within five intervals.
func WithHeartbeatInterval(d time.Duration) Option {
	return func(c *config) { c.heartbeat = d }
}

// WithBot sets the bot user's id and name (defaults DefaultBotID and
// DefaultBotName).
func WithBot(id, username string) Option {
	return func(c *config) { c.botID, c.botName = id, username }
}

// WithApplicationID sets the application id; by default it equals the bot
// user id, as it does for every modern Discord application.
func WithApplicationID(id string) Option {
	return func(c *config) { c.appID = id }
}

// WithApplicationFlags sets the application flags sent in READY. Identifying
// with a privileged intent whose flag is missing closes the gateway with
// 4014, as Discord does. The default enables every privileged intent.
func WithApplicationFlags(flags int) Option {
	return func(c *config) { c.appFlags = flags }
}

// WithCloseAfterIdentify makes the gateway answer every Identify by closing
// with code (for example 4014 disallowed intents or 4004 bad token).
func WithCloseAfterIdentify(code int) Option {
	return func(c *config) { c.closeAfterIdentify = code }
}

// WithInteractionDeadline sets how long after dispatch an interaction can
// still be acknowledged (default 3 s, as on Discord); 0 disables the check.
func WithInteractionDeadline(d time.Duration) Option {
	return func(c *config) { c.deadline = d }
}

// WithShards sets what GET /gateway/bot recommends: the number of shards
// and session_start_limit.max_concurrency (defaults 1 and 1).
func WithShards(shards, maxConcurrency int) Option {
	return func(c *config) { c.shards, c.maxConcurrency = shards, maxConcurrency }
}

// New starts a fake Discord that is shut down when the test ends.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	cfg := config{
		heartbeat: 250 * time.Millisecond,
		botID:     DefaultBotID,
		botName:   DefaultBotName,
		appFlags:  FlagGatewayPresenceLimited | FlagGatewayGuildMembersLimited | FlagGatewayMessageContentLimited,
		deadline:  3 * time.Second,
		shards:    1, maxConcurrency: 1,
	}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.appID == "" {
		cfg.appID = cfg.botID
	}
	s := &Server{
		t:            t,
		cfg:          cfg,
		closing:      make(chan struct{}),
		channels:     map[string]*Channel{},
		messages:     map[string]*Message{},
		interactions: map[string]*interaction{},
		tokens:       map[string]*interaction{},
		commands:     map[string][]byte{},
		commandIDs:   map[string]string{},
		members:      map[string]*member{},
		sessions:     map[string]*gwSession{},
		gwConns:      map[*gwConn]struct{}{},
	}
	s.channels[DefaultChannelID] = &Channel{ID: DefaultChannelID, GuildID: DefaultGuildID, Name: "general", Type: 0}
	s.channels[DefaultDMChannelID] = &Channel{ID: DefaultDMChannelID, Name: "", Type: 1}
	s.mux = s.routes()
	s.srv = httptest.NewServer(s)
	t.Cleanup(s.close)
	return s
}

// URL returns the fake's base URL, such as http://127.0.0.1:41234.
func (s *Server) URL() string { return s.srv.URL }

// BotID returns the bot user's id.
func (s *Server) BotID() string { return s.cfg.botID }

// AppID returns the application id.
func (s *Server) AppID() string { return s.cfg.appID }

// ServeHTTP routes the gateway websocket and the REST API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway" || r.URL.Path == "/gateway/" {
		s.serveGateway(w, r)
		return
	}
	s.serveREST(w, r)
}

// close ends every gateway connection, then the HTTP server. Sessions see a
// dropped connection; with ShouldReconnectOnError false they stop quietly.
func (s *Server) close() {
	s.mu.Lock()
	s.closed = true
	close(s.closing)
	conns := make([]*gwConn, 0, len(s.gwConns))
	for c := range s.gwConns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.closeWith(1001, "fake shutting down")
	}
	s.conns.Wait()
	s.srv.Close()
}

// newID returns a fresh snowflake: milliseconds since the Discord epoch in
// the top bits, as real ids have, so SnowflakeTimestamp works on them.
// The caller holds s.mu.
func (s *Server) newID() string {
	s.idSeq++
	ms := uint64(time.Now().UnixMilli() - 1420070400000)
	return strconv.FormatUint(ms<<22|s.idSeq&0x3fffff, 10)
}

// NewID returns a fresh snowflake id, for tests that build their own
// payloads.
func (s *Server) NewID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newID()
}
