package llm

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// maxBrief bounds the server's own words in a one-line description.
const maxBrief = 160

// brief describes a failed call in one line for `doctor`: the kind, the
// HTTP status and what the server said, with an HTML error page reduced to
// its title or first line of text, and never the whole body.
func brief(err error) string {
	var e *Error
	if !errors.As(err, &e) {
		return clip(oneLine(err.Error()), maxBrief)
	}
	var b strings.Builder
	b.WriteString(e.Kind.String())
	if e.Status != 0 {
		fmt.Fprintf(&b, " (HTTP %d)", e.Status)
	}
	if said := serverSaid(e.Err); said != "" {
		b.WriteString(": " + said)
	}
	return b.String()
}

// serverSaid is the cause of a failure in a few words: the server's message
// or page title when it sent one, else the cause's own text.
func serverSaid(err error) string {
	var reqErr *openai.RequestError
	var apiErr *openai.APIError
	var synErr *json.SyntaxError
	var te *timeoutError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &te):
		return te.Error()
	case errors.As(err, &reqErr):
		return clip(bodySummary(reqErr.Body), maxBrief)
	case errors.As(err, &apiErr):
		return clip(oneLine(apiErr.Message), maxBrief)
	case errors.As(err, &synErr) && strings.Contains(synErr.Error(), "'<'"):
		return "the endpoint sent an HTML page, not JSON"
	}
	return clip(oneLine(err.Error()), maxBrief)
}

var (
	titleRE = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)
	tagRE   = regexp.MustCompile(`(?s)<[^>]*>`)
	dropRE  = regexp.MustCompile(`(?is)<(script|style|head)[^>]*>.*?</(script|style|head)>`)
)

// bodySummary reduces an error body to one line: an HTML page to its title
// or first line of text, a JSON error to its message, anything else to its
// first line.
func bodySummary(body []byte) string {
	s := strings.TrimSpace(string(body))
	if s == "" {
		return ""
	}
	if strings.HasPrefix(s, "<") {
		if m := titleRE.FindStringSubmatch(s); m != nil {
			if t := oneLine(html.UnescapeString(tagRE.ReplaceAllString(m[1], ""))); t != "" {
				return t
			}
		}
		text := tagRE.ReplaceAllString(dropRE.ReplaceAllString(s, "\n"), "\n")
		return oneLine(html.UnescapeString(text))
	}
	var obj struct {
		Error   json.RawMessage `json:"error"`
		Message string          `json:"message"`
		Detail  string          `json:"detail"`
	}
	if json.Unmarshal(body, &obj) == nil {
		var msg string
		var nested struct {
			Message string `json:"message"`
		}
		switch {
		case json.Unmarshal(obj.Error, &msg) == nil && msg != "":
			return oneLine(msg)
		case json.Unmarshal(obj.Error, &nested) == nil && nested.Message != "":
			return oneLine(nested.Message)
		case obj.Message != "":
			return oneLine(obj.Message)
		case obj.Detail != "":
			return oneLine(obj.Detail)
		}
	}
	return oneLine(s)
}

// oneLine returns the first non-blank line of s, its spaces collapsed.
func oneLine(s string) string {
	for _, line := range strings.Split(s, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			return strings.Join(f, " ")
		}
	}
	return ""
}
