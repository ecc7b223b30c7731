package bot

import (
	"sync"
	"time"

	"articlebot/answer"
)

// conversations remembers the questions and answers of each thread (or DM
// channel) in memory, so follow-ups such as "what else did he say?" work.
// It is bounded: a few turns per thread, a limited number of threads, each
// forgotten after ttl without a question.
type conversations struct {
	turns, max int
	ttl        time.Duration
	now        func() time.Time

	mu sync.Mutex
	m  map[string]*conversation
}

type conversation struct {
	turns []answer.Turn
	used  time.Time
}

func newConversations(turns, max int, ttl time.Duration) *conversations {
	return &conversations{turns: turns, max: max, ttl: ttl, now: time.Now, m: map[string]*conversation{}}
}

// has reports whether key is a live conversation.
func (c *conversations) has(key string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.live(key) != nil
}

// history returns a copy of the conversation's turns, oldest first.
func (c *conversations) history(key string) []answer.Turn {
	c.mu.Lock()
	defer c.mu.Unlock()
	cv := c.live(key)
	if cv == nil {
		return nil
	}
	return append([]answer.Turn(nil), cv.turns...)
}

// add appends a turn, starting the conversation if needed.
func (c *conversations) add(key string, t answer.Turn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cv := c.live(key)
	if cv == nil {
		cv = &conversation{}
		c.m[key] = cv
	}
	cv.turns = append(cv.turns, t)
	if len(cv.turns) > c.turns {
		cv.turns = append([]answer.Turn(nil), cv.turns[len(cv.turns)-c.turns:]...)
	}
	cv.used = c.now()
	c.evict()
}

// live returns the conversation if it has not expired. The caller holds mu.
func (c *conversations) live(key string) *conversation {
	cv := c.m[key]
	if cv == nil {
		return nil
	}
	if c.now().Sub(cv.used) > c.ttl {
		delete(c.m, key)
		return nil
	}
	return cv
}

// evict drops expired conversations, then the least recently used, until
// at most max remain. The caller holds mu.
func (c *conversations) evict() {
	if len(c.m) <= c.max {
		return
	}
	now := c.now()
	for k, cv := range c.m {
		if now.Sub(cv.used) > c.ttl {
			delete(c.m, k)
		}
	}
	for len(c.m) > c.max {
		var oldest string
		var at time.Time
		for k, cv := range c.m {
			if oldest == "" || cv.used.Before(at) {
				oldest, at = k, cv.used
			}
		}
		delete(c.m, oldest)
	}
}
