package main

import (
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// reader parses variables and keeps the first error.
type reader struct {
	getenv env
	err    error
}

func (r *reader) str(k, def string) string {
	if v := strings.TrimSpace(r.getenv(k)); v != "" {
		return v
	}
	return def
}

func (r *reader) fail(k, v, want string) {
	if r.err == nil {
		r.err = usageError{msg: fmt.Sprintf("%s=%q is not %s", k, v, want)}
	}
}

func (r *reader) int(k string, def int) int {
	v := r.str(k, "")
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		r.fail(k, v, "a whole number of 0 or more")
		return def
	}
	return n
}

// maxTemperature is the highest sampling temperature OpenAI's API accepts.
const maxTemperature = 2

// float reads a finite number from 0 to most: ParseFloat also accepts NaN
// and Inf, which every later request would fail on.
func (r *reader) float(k string, def, most float64) float64 {
	v := r.str(k, "")
	if v == "" {
		return def
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || f < 0 || f > most {
		r.fail(k, v, fmt.Sprintf("a number from 0 to %g", most))
		return def
	}
	return f
}

// secret reads a key or token. One with white space or a control
// character inside (two lines pasted, a stray quote-less space) is refused
// without echoing it: a message must never show a secret.
func (r *reader) secret(k string) string {
	v := strings.TrimSpace(r.getenv(k))
	if strings.IndexFunc(v, func(c rune) bool { return unicode.IsSpace(c) || unicode.IsControl(c) }) >= 0 && r.err == nil {
		r.err = usageError{msg: fmt.Sprintf("%s holds white space or a line break inside: check %s (paste the value alone, on one line)", k, k)}
	}
	return v
}

// checkBaseURL refuses a base URL the client would mangle: not http(s),
// no host, or a query or fragment (go-openai appends paths to the string,
// so /v1?x=y would become /v1?x=y/chat/completions). Messages show the URL
// without its password, or not at all when it cannot be parsed.
func checkBaseURL(raw string) error {
	if raw == "" {
		return nil
	}
	const example = "for Ollama: http://localhost:11434/v1"
	u, err := url.Parse(raw)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // url.Error repeats the whole URL, password included
		}
		return usageError{msg: fmt.Sprintf("OPENAI_BASE_URL is not a valid URL (%v): check OPENAI_BASE_URL (%s)", err, example)}
	}
	shown := u.Redacted()
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return usageError{msg: fmt.Sprintf("OPENAI_BASE_URL=%q must start with http:// or https:// (%s)", shown, example)}
	case u.Host == "" || u.Hostname() == "":
		return usageError{msg: fmt.Sprintf("OPENAI_BASE_URL=%q has no host name (%s)", shown, example)}
	case u.RawQuery != "" || u.ForceQuery || u.Fragment != "":
		u.RawQuery, u.ForceQuery, u.Fragment = "", false, "" // a query may hold a key: never shown
		return usageError{msg: fmt.Sprintf("OPENAI_BASE_URL must not have a query (?…) or fragment (#…): use %q", u.Redacted())}
	}
	if _, err := strconv.Atoi(u.Port()); u.Port() != "" && err != nil {
		return usageError{msg: fmt.Sprintf("OPENAI_BASE_URL=%q has a port that is not a number", shown)}
	}
	return nil
}

func (r *reader) duration(k string, def time.Duration) time.Duration {
	v := r.str(k, "")
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		r.fail(k, v, "a positive duration such as 30s or 2m")
		return def
	}
	return d
}

func (r *reader) bool(k string, def bool) bool {
	v := r.str(k, "")
	if v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		r.fail(k, v, "true or false")
		return def
	}
	return b
}

func (r *reader) level(k string, def slog.Level) slog.Level {
	v := r.str(k, "")
	if v == "" {
		return def
	}
	var l slog.Level
	if err := l.UnmarshalText([]byte(v)); err != nil {
		r.fail(k, v, "one of debug, info, warn, error")
		return def
	}
	return l
}

// list reads a comma- or space-separated list; nil when empty.
func (r *reader) list(k string) []string {
	var out []string
	for _, v := range strings.FieldsFunc(r.str(k, ""), func(r rune) bool { return r == ',' || r == ' ' }) {
		out = append(out, v)
	}
	return out
}
