package fakediscord

import (
	"fmt"
	"math"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// apiPrefix is where discordgo's REST endpoints live.
const apiPrefix = "/api/v9"

// fault is a pending injected failure.
type fault struct {
	method, pattern string
	left, status    int
	retryAfter      float64
}

// latency is an artificial delay for matching routes.
type latency struct {
	pattern string
	d       time.Duration
}

// FailNext makes the next n requests matching method ("" or "*" for any)
// and pathPattern (see MatchPath) fail with status. A 429 carries
// Discord's rate limit headers (Retry-After, X-RateLimit-Limit, -Remaining
// 0, -Reset, -Reset-After, -Bucket, -Scope) and the body
// {"message":"You are being rate limited.","retry_after":retryAfter,"global":false},
// which discordgo sleeps on and retries without limit. Other statuses get a
// Discord-style {"message","code"} body; discordgo retries only 502, at most
// three times.
func (s *Server) FailNext(method, pathPattern string, n, status int, retryAfter float64) {
	if n <= 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &fault{method: method, pattern: pathPattern, left: n, status: status, retryAfter: retryAfter})
}

// SetLatency delays every request whose path matches pathPattern by d
// before it is answered (including injected failures); d <= 0 removes the
// delay. The latest matching setting wins.
func (s *Server) SetLatency(pathPattern string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	kept := s.latencies[:0]
	for _, l := range s.latencies {
		if l.pattern != pathPattern {
			kept = append(kept, l)
		}
	}
	s.latencies = kept
	if d > 0 {
		s.latencies = append(s.latencies, latency{pathPattern, d})
	}
}

// takeFault consumes one matching fault. The caller holds s.mu.
func (s *Server) takeFault(method, p string) *fault {
	for i, f := range s.faults {
		if matchMethod(f.method, method) && MatchPath(f.pattern, p) {
			c := *f
			if f.left--; f.left <= 0 {
				s.faults = append(s.faults[:i], s.faults[i+1:]...)
			}
			return &c
		}
	}
	return nil
}

// latencyFor returns the delay for a path. The caller holds s.mu.
func (s *Server) latencyFor(p string) time.Duration {
	var d time.Duration
	for _, l := range s.latencies {
		if MatchPath(l.pattern, p) {
			d = l.d
		}
	}
	return d
}

// reply builds the injected answer.
func (f *fault) reply() reply {
	if f.status != http.StatusTooManyRequests {
		rp := apiError(f.status, 0, http.StatusText(f.status))
		if f.retryAfter > 0 {
			rp.header = http.Header{"Retry-After": {strconv.Itoa(int(math.Ceil(f.retryAfter)))}}
		}
		return rp
	}
	reset := float64(time.Now().UnixMilli())/1000 + f.retryAfter
	h := http.Header{}
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(f.retryAfter))))
	h.Set("X-RateLimit-Limit", "5")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(reset, 'f', 3, 64))
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(f.retryAfter, 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", fmt.Sprintf("fake%x", len(f.pattern)*7919+f.status))
	h.Set("X-RateLimit-Scope", "user")
	return reply{status: f.status, header: h, body: map[string]any{
		"message": "You are being rate limited.", "retry_after": f.retryAfter, "global": false,
	}}
}

// MatchPath reports whether a request path matches pattern. The /api/v9
// prefix is optional on both. A pattern with *, ? or [ is matched with
// path.Match, where * stands for one path segment or part of one
// ("/webhooks/*/*/messages/@original"); any other pattern matches that path
// and everything below it ("/channels/42" matches
// "/channels/42/messages/7" but not "/channels/420"). An empty pattern
// matches every path.
func MatchPath(pattern, p string) bool {
	pattern = strings.TrimPrefix(pattern, apiPrefix)
	p = strings.TrimPrefix(p, apiPrefix)
	if strings.ContainsAny(pattern, "*?[") {
		ok, _ := path.Match(pattern, p)
		return ok
	}
	pattern = strings.TrimSuffix(pattern, "/")
	return pattern == "" || p == pattern || strings.HasPrefix(p, pattern+"/")
}

func matchMethod(want, got string) bool {
	return want == "" || want == "*" || strings.EqualFold(want, got)
}
