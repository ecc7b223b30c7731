package bot

import (
	"container/list"
	"sync"
)

// turnCache remembers turns parsed from the bot's answers, by message id,
// least recently used first out. An answer is parsed only once it is
// final, so an entry never goes stale; the cache only saves requests, and
// the history is the same without it.
type turnCache struct {
	size int

	mu    sync.Mutex
	order *list.List // of *turnEntry, most recent first
	m     map[string]*list.Element
}

type turnEntry struct {
	id string
	t  turnAt
}

func newTurnCache(size int) *turnCache {
	return &turnCache{size: max(size, 1), order: list.New(), m: map[string]*list.Element{}}
}

func (c *turnCache) get(id string) (turnAt, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[id]
	if !ok {
		return turnAt{}, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*turnEntry).t, true
}

func (c *turnCache) put(id string, t turnAt) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[id]; ok {
		e.Value.(*turnEntry).t = t
		c.order.MoveToFront(e)
		return
	}
	c.m[id] = c.order.PushFront(&turnEntry{id: id, t: t})
	for c.order.Len() > c.size {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.m, last.Value.(*turnEntry).id)
	}
}

func (c *turnCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
