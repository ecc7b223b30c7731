package bot

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestLimiter(t *testing.T) {
	t.Parallel()
	now := time.Unix(1000, 0)
	l := newLimiter(3, time.Minute)
	l.now = func() time.Time { return now }
	type step struct {
		advance time.Duration
		user    string
		finish  bool   // finish the answer right away
		refuse  string // "" = admitted
	}
	steps := []step{
		{0, "a", false, ""},
		{time.Second, "a", true, "still answering"},
		{0, "b", true, ""}, // another user is not affected
	}
	var pending func()
	for i, s := range steps {
		now = now.Add(s.advance)
		done, refusal := l.begin(s.user)
		if (refusal == "") != (s.refuse == "") || !strings.Contains(refusal, s.refuse) {
			t.Fatalf("step %d: refusal %q, want %q", i, refusal, s.refuse)
		}
		if done != nil && s.finish {
			done()
		} else if done != nil {
			pending = done
		}
	}
	pending()
	pending() // idempotent
	for i := range 2 {
		done, refusal := l.begin("a")
		if refusal != "" {
			t.Fatalf("question %d: refused %q, want admitted", i+2, refusal)
		}
		done()
	}
	if _, refusal := l.begin("a"); !strings.Contains(refusal, "3 questions in the last minute") || !strings.Contains(refusal, "59 seconds") {
		t.Errorf("fourth question: %q, want the limit and a 59 s wait", refusal)
	}
	now = now.Add(time.Minute)
	if done, refusal := l.begin("a"); refusal != "" {
		t.Errorf("a minute later: refused %q", refusal)
	} else {
		done()
	}
}

func TestQueueOrderAndCancel(t *testing.T) {
	t.Parallel()
	q := newQueue(1)
	release1, err := q.acquire(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	aheadOf := make(chan int, 3)
	gaveUp := make(chan error, 1)
	go func() {
		_, err := q.acquire(ctx, func(n int) { aheadOf <- n })
		gaveUp <- err
	}()
	if n := <-aheadOf; n != 0 {
		t.Errorf("first waiter has %d ahead, want 0", n)
	}
	got := make(chan func(), 1)
	go func() {
		r, _ := q.acquire(context.Background(), func(n int) { aheadOf <- n })
		got <- r
	}()
	if n := <-aheadOf; n != 1 {
		t.Errorf("second waiter has %d ahead, want 1", n)
	}
	stop := errors.New("stop")
	cancel(stop)
	if err := <-gaveUp; !errors.Is(err, stop) {
		t.Errorf("cancelled waiter got %v, want its cause", err)
	}
	release1()
	release1() // idempotent: must not free a second slot
	r2 := <-got
	if _, err := q.acquire(ctxDone(), nil); err == nil {
		t.Error("a third acquire got a slot while the only one is held")
	}
	r2()
	if r3, err := q.acquire(context.Background(), nil); err != nil {
		t.Errorf("after release: %v", err)
	} else {
		r3()
	}
}

func ctxDone() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

func TestBucketPoolReusesAndResets(t *testing.T) {
	t.Parallel()
	rl := discordgo.NewRatelimiter()
	p := newBucketPool(rl, 0)
	a, b := p.acquire(), p.acquire()
	if a == b {
		t.Fatalf("two running handlers share bucket %q", a)
	}
	// a's last request was rate limited for 5 s.
	bk := rl.LockBucket(a)
	if err := bk.Release(http.Header{"X-Ratelimit-Remaining": {"0"}, "X-Ratelimit-Reset-After": {"5"}}); err != nil {
		t.Fatal(err)
	}
	if rl.GetWaitTime(rl.GetBucket(a), 1) == 0 {
		t.Fatal("the test did not put the bucket in a rate limit")
	}
	p.release(a)
	c := p.acquire()
	if c != a {
		t.Errorf("got %q, want the released %q reused", c, a)
	}
	if w := rl.GetWaitTime(rl.GetBucket(c), 1); w != 0 {
		t.Errorf("the reused bucket makes its next user wait %v, want 0", w)
	}
}
