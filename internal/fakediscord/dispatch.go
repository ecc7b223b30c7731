package fakediscord

import (
	"encoding/json"
	"time"
)

// historySize bounds how many dispatches a session keeps for resume.
const historySize = 256

// gwSession is a gateway session: it outlives a dropped connection so the
// client can resume it.
type gwSession struct {
	id      string
	intents int
	shard   *[2]int // [id, count] from Identify, or nil
	conn    *gwConn // nil while disconnected
	seq     int64
	history []frame
}

// after returns the remembered dispatches with a sequence above seq.
func (g *gwSession) after(seq int64) []frame {
	var out []frame
	for _, f := range g.history {
		if *f.S > seq {
			out = append(out, f)
		}
	}
	return out
}

// Dispatch sends a gateway dispatch (op 0) with type event and data
// marshalled as JSON to every session, each with its own next sequence
// number, and returns how many live connections it was written to. Sessions
// that are disconnected but resumable get it on resume. Events a session's
// intents exclude are not sent to it, and message content is blanked for
// sessions without the Message Content intent, as on Discord.
//
// INTERACTION_CREATE and MESSAGE_CREATE payloads are also registered, so
// hand-built ones can be answered like those the helpers build.
func (s *Server) Dispatch(event string, data any) int {
	raw, err := json.Marshal(data)
	if err != nil {
		s.t.Errorf("fakediscord: Dispatch(%s): %v", event, err)
		return 0
	}
	s.dispatchMu.Lock()
	defer s.dispatchMu.Unlock()

	type delivery struct {
		c *gwConn
		f frame
	}
	var out []delivery
	s.mu.Lock()
	s.register(event, raw, time.Now())
	guild := guildOf(raw)
	for _, sess := range s.sessions {
		if !sess.gets(guild) {
			continue
		}
		payload, ok := s.forIntents(event, raw, sess.intents)
		if !ok {
			continue
		}
		sess.seq++
		seq, ev := sess.seq, event
		f := frame{Op: 0, D: payload, S: &seq, T: &ev}
		sess.history = append(sess.history, f)
		if len(sess.history) > historySize {
			sess.history = sess.history[1:]
		}
		if sess.conn != nil {
			out = append(out, delivery{sess.conn, f})
		}
	}
	s.mu.Unlock()

	n := 0
	for _, d := range out {
		if d.c.send(d.f) == nil {
			n++
		}
	}
	return n
}

// dispatchLogged dispatches and notes in the test log when nobody was
// listening, which usually means the test forgot Open.
func (s *Server) dispatchLogged(event string, data any) {
	if s.Dispatch(event, data) == 0 {
		s.t.Logf("fakediscord: %s reached no live gateway connection (a resumable session gets it on resume)", event)
	}
}

// CloseConnections closes every gateway connection with code, leaving the
// sessions resumable (unless the client treats code as fatal).
func (s *Server) CloseConnections(code int) {
	s.mu.Lock()
	var conns []*gwConn
	for c := range s.gwConns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.closeWith(code, closeReason(code))
	}
}

// gets reports whether the session's shard receives an event of a guild
// ("" for DMs and events outside guilds): (guild_id >> 22) % count must be
// its shard id, and shard 0 gets what belongs to no guild, as on Discord.
func (g *gwSession) gets(guildID string) bool {
	if g.shard == nil || g.shard[1] <= 1 {
		return true
	}
	if guildID == "" {
		return g.shard[0] == 0
	}
	return int((snowflake(guildID)>>22)%uint64(g.shard[1])) == g.shard[0]
}

// guildOf reads an event's guild_id, or "".
func guildOf(raw json.RawMessage) string {
	var e struct {
		GuildID string `json:"guild_id"`
	}
	_ = json.Unmarshal(raw, &e)
	return e.GuildID
}

// Identifies returns every Identify received, oldest first, with its time.
func (s *Server) Identifies() []Identified {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Identified(nil), s.identifies...)
}

// Identify returns the last Identify payload received, decoded, and whether
// there was one.
func (s *Server) Identify() (IdentifyPayload, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.identify == nil {
		return IdentifyPayload{}, false
	}
	return s.identify.id, true
}

// IdentifyRaw returns the last Identify payload as received, or nil.
func (s *Server) IdentifyRaw() json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.identify == nil {
		return nil
	}
	return append(json.RawMessage(nil), s.identify.raw...)
}

// Heartbeats returns how many heartbeats (op 1) the fake has received and
// acknowledged.
func (s *Server) Heartbeats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.heartbeats
}

// Resumes returns how many times sessions were resumed successfully.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes
}

// Connected returns how many gateway sessions currently have a live,
// identified connection.
func (s *Server) Connected() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, sess := range s.sessions {
		if sess.conn != nil {
			n++
		}
	}
	return n
}
