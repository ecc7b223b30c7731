package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"articlebot/answer"
	"articlebot/internal/fakeopenai"
)

var sourceRe = regexp.MustCompile(`(?s)<source n="(\d+)" paragraph="\d+"[^>]*>\n(.*?)\n</source>`)

// citing answers like a well-behaved model: it repeats the first sentence
// of source 1 and cites it, and rewrites follow-ups as they are.
func citing(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
	return citingWith(req, firstSentence)
}

// citingWhole repeats the whole of source 1, for a longer stream.
func citingWhole(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
	return citingWith(req, func(s string) string { return strings.TrimRight(s, ".") })
}

func citingWith(req fakeopenai.ChatRequest, pick func(string) string) fakeopenai.Behaviour {
	prompt := req.LastUser()
	if strings.Contains(prompt, "Rewrite the last question") {
		return fakeopenai.Answer(lastQuestion(prompt))
	}
	m := sourceRe.FindStringSubmatch(prompt)
	if m == nil {
		return fakeopenai.Answer("The article doesn't say.")
	}
	return fakeopenai.Answer(pick(m[2]) + " [" + m[1] + "].")
}

func lastQuestion(prompt string) string {
	i := strings.LastIndex(prompt, "<question>\n")
	j := strings.LastIndex(prompt, "\n</question>")
	if i < 0 || j < i {
		return "What happened?"
	}
	return prompt[i+len("<question>\n") : j]
}

func firstSentence(s string) string {
	for i, r := range s {
		if (r == '.' || r == '?' || r == '!') && i > 20 && (i+1 == len(s) || s[i+1] == ' ') {
			return s[:i]
		}
	}
	return strings.TrimRight(s, ".")
}

// panicky is an engine that panics on the question "panic".
type panicky struct{ Engine }

func (p panicky) Ask(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Result, error) {
	if req.Question == "panic" {
		panic("test panic")
	}
	return p.Engine.Ask(ctx, req, onDelta)
}

func (p panicky) Quote(name string) (answer.QuoteResult, bool) {
	if name == "panic" {
		panic("test panic in quote")
	}
	return p.Engine.Quote(name)
}

// failing is an engine whose answers fail with an internal error.
type failing struct{ Engine }

func (failing) Ask(context.Context, answer.Request, func(string)) (answer.Result, error) {
	return answer.Result{}, fmt.Errorf("search article: %w", errors.New("index exploded at http://10.0.0.1/internal"))
}
