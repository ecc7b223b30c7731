package llm

import (
	"context"
	"net/http"
	"slices"
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	c := &Client{cfg: Config{BackoffBase: 500 * time.Millisecond, BackoffMax: 8 * time.Second},
		jitter: func(d time.Duration) time.Duration { return d }}
	tests := []struct {
		name       string
		n, status  int
		retryAfter string
		want       time.Duration
	}{
		{"first", 0, 500, "", 500 * time.Millisecond},
		{"second", 1, 500, "", time.Second},
		{"fifth", 4, 500, "", 8 * time.Second},
		{"capped", 10, 500, "", 8 * time.Second},
		{"retry-after seconds", 0, 429, "3", 3 * time.Second},
		{"retry-after date", 0, 503, now.Add(5 * time.Second).Format(http.TimeFormat), 5 * time.Second},
		{"retry-after past date", 0, 503, now.Add(-time.Minute).Format(http.TimeFormat), 0},
		{"retry-after capped", 0, 429, "600", maxRetryAfter},
		{"retry-after garbage", 1, 429, "soon", time.Second},
		{"retry-after ignored on other statuses", 0, 200, "3", 500 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.backoff(tt.n, tt.status, tt.retryAfter, now); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestEqualJitter(t *testing.T) {
	for range 1000 {
		if got := equalJitter(time.Second); got < 500*time.Millisecond || got > time.Second {
			t.Fatalf("got %s, want between 500ms and 1s", got)
		}
	}
}

func TestRetryConnectionRefused(t *testing.T) {
	c := newTestClient(t, deadURL(t), nil)
	_, err := c.Stream(context.Background(), userMsg("q"), nil)
	if k := Classify(err); k != KindUnavailable {
		t.Fatalf("got kind %s (%v), want unavailable", k, err)
	}
	if got, want := c.slept(), []time.Duration{500 * time.Millisecond, time.Second}; !slices.Equal(got, want) {
		t.Errorf("got delays %v, want %v", got, want)
	}
}

func TestRetryStopsBeforeDeadline(t *testing.T) {
	// A 30 s first delay outlasts a 10 s deadline, which is long enough
	// for the first attempt to fail on its own on a loaded machine.
	c := newTestClient(t, deadURL(t), func(c *Config) { c.BackoffBase, c.BackoffMax = 30*time.Second, 30*time.Second })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := c.Models(ctx)
	if k := Classify(err); k != KindUnavailable {
		t.Errorf("got kind %s (%v), want the last attempt's error", k, err)
	}
	if n := len(c.slept()); n != 0 {
		t.Errorf("got %d sleeps, want none: the delay outlasts the deadline", n)
	}
}
