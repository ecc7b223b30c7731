package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"articlebot/llm"
)

// syncBuffer is a bytes.Buffer safe for the indicator's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestProgressOnlyOnATerminal(t *testing.T) {
	var off syncBuffer
	p := newProgress(stdio{err: &off, errTTY: false})
	p.Start("waiting for the answer…")
	p.retrying("stream", time.Second, &llm.Error{Kind: llm.KindRateLimited})
	p.Stop()
	if off.String() != "" {
		t.Errorf("off a terminal: got %q, want nothing", off.String())
	}

	var on syncBuffer
	p = newProgress(stdio{err: &on, errTTY: true})
	p.Start("waiting for the answer…")
	p.retrying("stream", 2*time.Second, &llm.Error{Kind: llm.KindRateLimited})
	waitFor(t, func() bool { return strings.Contains(on.String(), "rate limited: retrying in 2s…") }, "the retry to show")
	p.Stop()
	p.Stop() // a second Stop does nothing
	got := on.String()
	if !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("got %q, want the line cleared at Stop", got)
	}
}
