package bot

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// limiter allows each user a number of questions per window, one at a time.
type limiter struct {
	perWindow int
	window    time.Duration
	now       func() time.Time

	mu    sync.Mutex
	users map[string]*userLimit
}

type userLimit struct {
	recent []time.Time // question times within the window, oldest first
	busy   bool
}

func newLimiter(perWindow int, window time.Duration) *limiter {
	return &limiter{perWindow: perWindow, window: window, now: time.Now, users: map[string]*userLimit{}}
}

// begin admits a question from user and returns the func to call when its
// answer is done, or a sentence saying why the question is refused.
func (l *limiter) begin(user string) (done func(), refusal string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(l.users) > 1024 {
		l.sweep(now)
	}
	u := l.users[user]
	if u == nil {
		u = &userLimit{}
		l.users[user] = u
	}
	u.recent = l.within(u.recent, now)
	if u.busy {
		return nil, "I'm still answering your previous question. Ask again when it's done, or press Stop on it."
	}
	if len(u.recent) >= l.perWindow {
		wait := u.recent[0].Add(l.window).Sub(now)
		secs := int(wait.Seconds() + 0.999)
		return nil, fmt.Sprintf("You've asked %d questions in the last minute, which is my limit. Please ask again in %d second%s.",
			len(u.recent), secs, plural(secs))
	}
	u.busy = true
	u.recent = append(u.recent, now)
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			u.busy = false
			l.mu.Unlock()
		})
	}, ""
}

// within drops times older than the window.
func (l *limiter) within(ts []time.Time, now time.Time) []time.Time {
	i := 0
	for i < len(ts) && now.Sub(ts[i]) >= l.window {
		i++
	}
	return ts[i:]
}

// sweep forgets idle users whose questions are all out of the window.
func (l *limiter) sweep(now time.Time) {
	for id, u := range l.users {
		if !u.busy && len(l.within(u.recent, now)) == 0 {
			delete(l.users, id)
		}
	}
}

// queue caps how many answers the model writes at once; the rest wait in
// order of arrival.
type queue struct {
	// onDepth, when set, is told the number waiting after every change,
	// with the lock held: it must be quick and must not call the queue.
	onDepth func(int)

	mu      sync.Mutex
	free    int
	waiting []chan struct{}
}

// changed reports the depth. The caller holds mu.
func (q *queue) changed() {
	if q.onDepth != nil {
		q.onDepth(len(q.waiting))
	}
}

func newQueue(slots int) *queue { return &queue{free: max(slots, 1)} }

// acquire takes a slot, calling queued with the number of questions ahead
// when it has to wait. It fails with ctx's cause if ctx ends first.
func (q *queue) acquire(ctx context.Context, queued func(ahead int)) (release func(), err error) {
	q.mu.Lock()
	if q.free > 0 && len(q.waiting) == 0 {
		q.free--
		q.mu.Unlock()
		return q.releaseOnce(), nil
	}
	ready := make(chan struct{})
	ahead := len(q.waiting)
	q.waiting = append(q.waiting, ready)
	q.changed()
	q.mu.Unlock()
	if queued != nil {
		queued(ahead)
	}
	select {
	case <-ready:
		return q.releaseOnce(), nil
	case <-ctx.Done():
		q.mu.Lock()
		select {
		case <-ready: // granted just now: hand it on
			q.mu.Unlock()
			q.release()
		default:
			for i, w := range q.waiting {
				if w == ready {
					q.waiting = append(q.waiting[:i], q.waiting[i+1:]...)
					break
				}
			}
			q.changed()
			q.mu.Unlock()
		}
		return nil, context.Cause(ctx)
	}
}

func (q *queue) releaseOnce() func() {
	var once sync.Once
	return func() { once.Do(q.release) }
}

func (q *queue) release() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.waiting) > 0 {
		next := q.waiting[0]
		q.waiting = q.waiting[1:]
		q.changed()
		close(next)
		return
	}
	q.free++
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
