package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"

	"articlebot/termtext"
)

// lineHandler is the log of a terminal command when LOG_LEVEL is not set:
// each record at its level or above becomes one line, "articlebot: error:
// message (err: cause)", with no timestamp, and a line already printed is
// not printed again. The command's own output says what matters; this
// catches what it does not. LOG_LEVEL brings back full records.
type lineHandler struct {
	w     io.Writer
	level slog.Level
	attrs []slog.Attr

	mu   *sync.Mutex
	seen map[string]bool
}

func newLineHandler(w io.Writer, level slog.Level) *lineHandler {
	return &lineHandler{w: w, level: level, mu: &sync.Mutex{}, seen: map[string]bool{}}
}

func (h *lineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articlebot: %s: %s", strings.ToLower(r.Level.String()), r.Message)
	var details []string
	add := func(a slog.Attr) bool {
		if a.Key == "err" {
			details = append(details, "err: "+a.Value.String())
		}
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	if len(details) > 0 {
		b.WriteString(" (" + strings.Join(details, "; ") + ")")
	}
	line := strings.Join(strings.Fields(termtext.Clean(b.String())), " ")
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.seen[line] {
		return nil
	}
	h.seen[line] = true
	_, err := fmt.Fprintln(h.w, line)
	return err
}

func (h *lineHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append(append([]slog.Attr(nil), h.attrs...), attrs...)
	return &c
}

// WithGroup keeps the records flat: only the message and the cause are
// shown.
func (h *lineHandler) WithGroup(string) slog.Handler { return h }
