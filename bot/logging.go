package bot

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// tokenInURL matches the secret part of webhook and interaction URLs
// (/webhooks/{app}/{token}, /interactions/{id}/{token}), which discordgo
// puts in rate-limit errors and log lines.
var tokenInURL = regexp.MustCompile(`(/(?:webhooks|interactions)/[^/\s"]+/)[^/\s"?]+`)

// redact removes tokens from a log string: the given secrets verbatim and
// any token in a webhook or interaction URL.
func redact(s string, secrets []string) string {
	for _, sec := range secrets {
		if len(sec) >= 8 {
			s = strings.ReplaceAll(s, sec, "[redacted]")
		}
	}
	return tokenInURL.ReplaceAllString(s, "${1}[token]")
}

// redactor is a slog.Handler that scrubs tokens from every message and
// attribute before the wrapped handler sees them, so no code path (an error
// chain quoting a URL, a debug line) can leak one.
type redactor struct {
	inner   slog.Handler
	secrets func() []string
}

func newRedactor(inner slog.Handler, secrets func() []string) *redactor {
	return &redactor{inner: inner, secrets: secrets}
}

func (r *redactor) Enabled(ctx context.Context, l slog.Level) bool { return r.inner.Enabled(ctx, l) }

func (r *redactor) Handle(ctx context.Context, rec slog.Record) error {
	secrets := r.secrets()
	out := slog.NewRecord(rec.Time, rec.Level, redact(rec.Message, secrets), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(redactAttr(a, secrets))
		return true
	})
	return r.inner.Handle(ctx, out)
}

func (r *redactor) WithAttrs(attrs []slog.Attr) slog.Handler {
	secrets := r.secrets()
	clean := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		clean[i] = redactAttr(a, secrets)
	}
	return &redactor{inner: r.inner.WithAttrs(clean), secrets: r.secrets}
}

func (r *redactor) WithGroup(name string) slog.Handler {
	return &redactor{inner: r.inner.WithGroup(name), secrets: r.secrets}
}

// redactAttr scrubs strings, errors and anything printed with %v.
func redactAttr(a slog.Attr, secrets []string) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, redact(v.String(), secrets))
	case slog.KindGroup:
		group := v.Group()
		clean := make([]any, len(group))
		for i, g := range group {
			clean[i] = redactAttr(g, secrets)
		}
		return slog.Group(a.Key, clean...)
	case slog.KindAny:
		return slog.String(a.Key, redact(fmt.Sprint(v.Any()), secrets))
	}
	return slog.Attr{Key: a.Key, Value: v}
}

// discordgo logs through a package variable; these route it, redacted,
// into the logger of the bot that started last.
var (
	dgLogger atomic.Pointer[slog.Logger]
	dgOnce   sync.Once
)

func routeDiscordgoLogs(l *slog.Logger) {
	dgLogger.Store(l)
	dgOnce.Do(func() {
		discordgo.Logger = func(level, _ int, format string, a ...any) {
			if l := dgLogger.Load(); l != nil {
				l.Log(context.Background(), dgLevel(level), "discordgo: "+fmt.Sprintf(format, a...))
			}
		}
	})
}

func dgLevel(level int) slog.Level {
	switch level {
	case discordgo.LogError:
		return slog.LevelError
	case discordgo.LogWarning:
		return slog.LevelWarn
	case discordgo.LogInformational:
		return slog.LevelInfo
	}
	return slog.LevelDebug
}
