package fakediscord

import (
	"encoding/json"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// frame is one gateway payload. Discord sends s and t as null outside
// dispatches, so they are pointers.
type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s"`
	T  *string         `json:"t"`
}

func opFrame(op int, d any) frame {
	raw, _ := json.Marshal(d)
	return frame{Op: op, D: raw}
}

// gwConn is one websocket connection. Writes are serialised by wmu, as
// gorilla/websocket allows one concurrent writer.
type gwConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
	// serverClosed is set once the fake starts closing the connection, so
	// the client's answering close frame does not end the session.
	serverClosed atomic.Bool
}

func (c *gwConn) send(f frame) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(f)
}

// closeWith sends a close frame with code and drops the connection.
func (c *gwConn) closeWith(code int, text string) {
	c.serverClosed.Store(true)
	c.wmu.Lock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	c.wmu.Unlock()
	_ = c.ws.Close()
}

// IdentifyPayload is the part of an Identify (op 2) the fake decodes.
// discordgo.Identify cannot be used: its presence activity does not survive
// a JSON round trip (created_at is sent as a string, read as a number).
type IdentifyPayload struct {
	// Token is the full "Bot ..." string.
	Token          string                       `json:"token"`
	Intents        discordgo.Intent             `json:"intents"`
	Compress       bool                         `json:"compress"`
	LargeThreshold int                          `json:"large_threshold"`
	Shard          *[2]int                      `json:"shard"`
	Properties     discordgo.IdentifyProperties `json:"properties"`
}

// Identified is one Identify the fake received, and when.
type Identified struct {
	Payload IdentifyPayload
	Time    time.Time
}

// identifyRecord is the last Identify payload, raw and decoded.
type identifyRecord struct {
	raw json.RawMessage
	id  IdentifyPayload
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway runs one gateway connection: Hello, then Identify or Resume,
// then heartbeats until either side closes.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		http.Error(w, "fake shutting down", http.StatusServiceUnavailable)
		return
	}
	s.conns.Add(1)
	s.mu.Unlock()
	defer s.conns.Done()

	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	s.mu.Lock()
	s.gwConns[c] = struct{}{}
	closed := s.closed
	s.mu.Unlock()
	defer ws.Close()
	if closed { // close() ran between the check above and now
		c.closeWith(1001, "fake shutting down")
		return
	}
	hello := map[string]any{"heartbeat_interval": s.cfg.heartbeat.Milliseconds()}
	if err := c.send(opFrame(10, hello)); err != nil {
		s.connGone(c, err)
		return
	}
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			s.connGone(c, err)
			return
		}
		var in struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(data, &in) != nil {
			c.closeWith(4002, "Error while decoding payload.")
			s.connGone(c, nil)
			return
		}
		switch in.Op {
		case 1:
			s.mu.Lock()
			s.heartbeats++
			s.mu.Unlock()
			_ = c.send(opFrame(11, nil))
		case 2:
			if !s.onIdentify(c, in.D) {
				s.connGone(c, nil)
				return
			}
		case 6:
			s.onResume(c, in.D)
		default:
			// Presence updates and member requests are accepted and ignored.
		}
	}
}

// connGone forgets a connection. A session whose client closed normally
// (1000 or 1001) is over, as on Discord; any other loss leaves it resumable.
func (s *Server) connGone(c *gwConn, err error) {
	normal := websocket.IsCloseError(err, websocket.CloseNormalClosure, websocket.CloseGoingAway) && !c.serverClosed.Load()
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.gwConns, c)
	for id, sess := range s.sessions {
		if sess.conn != c {
			continue
		}
		sess.conn = nil
		if normal {
			delete(s.sessions, id)
		}
	}
}

// onIdentify records the payload and answers READY, or closes the
// connection as Discord would. It reports whether the connection lives on.
func (s *Server) onIdentify(c *gwConn, raw json.RawMessage) bool {
	var id IdentifyPayload
	if err := json.Unmarshal(raw, &id); err != nil {
		c.closeWith(4002, "Error while decoding payload.")
		return false
	}
	s.mu.Lock()
	s.identify = &identifyRecord{raw: append(json.RawMessage(nil), raw...), id: id}
	s.identifies = append(s.identifies, Identified{Payload: id, Time: time.Now()})
	s.mu.Unlock()
	if id.Shard != nil && (id.Shard[1] < 1 || id.Shard[0] < 0 || id.Shard[0] >= id.Shard[1]) {
		c.closeWith(4010, closeReason(4010))
		return false
	}
	if code := s.cfg.closeAfterIdentify; code != 0 {
		c.closeWith(code, closeReason(code))
		return false
	}
	if missingPrivilegedFlag(int(id.Intents), s.cfg.appFlags) {
		c.closeWith(4014, closeReason(4014))
		return false
	}

	s.dispatchMu.Lock()
	defer s.dispatchMu.Unlock()
	s.mu.Lock()
	sess := &gwSession{id: s.newID(), intents: int(id.Intents), conn: c, seq: 1, shard: id.Shard}
	s.sessions[sess.id] = sess
	s.mu.Unlock()
	ready := map[string]any{
		"v":                  9,
		"session_id":         sess.id,
		"session_type":       "normal",
		"resume_gateway_url": s.gatewayURL(),
		"user":               s.botUser(),
		"application":        map[string]any{"id": s.cfg.appID, "flags": s.cfg.appFlags},
		"guilds":             []any{},
		"private_channels":   []any{},
	}
	if id.Shard != nil {
		ready["shard"] = id.Shard
	}
	seq := int64(1)
	event := "READY"
	f := opFrame(0, ready)
	f.S, f.T = &seq, &event
	return c.send(f) == nil
}

// onResume replays what the session missed and sends RESUMED, or answers
// op 9 (invalid session, not resumable) for a session it does not know;
// discordgo then identifies afresh.
func (s *Server) onResume(c *gwConn, raw json.RawMessage) {
	var p struct {
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(raw, &p)
	s.dispatchMu.Lock()
	defer s.dispatchMu.Unlock()
	s.mu.Lock()
	sess := s.sessions[p.SessionID]
	if sess == nil {
		s.mu.Unlock()
		_ = c.send(opFrame(9, false))
		return
	}
	sess.conn = c
	s.resumes++
	missed := sess.after(p.Seq)
	sess.seq++
	seq := sess.seq
	s.mu.Unlock()
	for _, f := range missed {
		if c.send(f) != nil {
			return
		}
	}
	event := "RESUMED"
	f := opFrame(0, map[string]any{})
	f.S, f.T = &seq, &event
	_ = c.send(f)
}

// missingPrivilegedFlag reports whether intents ask for a privileged intent
// that the application flags do not enable.
func missingPrivilegedFlag(intents, flags int) bool {
	need := []struct{ intent, flags int }{
		{int(discordgo.IntentGuildPresences), 1<<12 | FlagGatewayPresenceLimited},
		{int(discordgo.IntentGuildMembers), 1<<14 | FlagGatewayGuildMembersLimited},
		{int(discordgo.IntentMessageContent), 1<<18 | FlagGatewayMessageContentLimited},
	}
	for _, n := range need {
		if intents&n.intent != 0 && flags&n.flags == 0 {
			return true
		}
	}
	return false
}

func closeReason(code int) string {
	switch code {
	case 4004:
		return "Authentication failed."
	case 4013:
		return "Invalid intent(s)."
	case 4014:
		return "Disallowed intent(s)."
	case 4010:
		return "Invalid shard."
	}
	return "closed by fakediscord"
}

func (s *Server) botUser() map[string]any {
	return map[string]any{
		"id": s.cfg.botID, "username": s.cfg.botName, "discriminator": "0",
		"global_name": nil, "avatar": nil, "bot": true, "verified": true, "flags": 0,
	}
}
