package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"articlebot/answer"
	"articlebot/llm"
	"articlebot/termtext"
)

// askAndShow asks a question and writes the answer for a person. On a
// terminal, a model's answer is printed as it streams; when the checked
// answer differs from what streamed (a citation or quotation was corrected),
// the checked one is printed after it.
func askAndShow(ctx context.Context, eng *answer.Engine, req answer.Request, std stdio) (answer.Result, error) {
	var streamed strings.Builder
	var onDelta func(string)
	if eng.Mode() == answer.LLM && std.outTTY {
		onDelta = func(s string) {
			streamed.WriteString(s)
			fmt.Fprint(std.out, termtext.Clean(s))
		}
	}
	res, err := eng.Ask(ctx, req, onDelta)
	if streamed.Len() > 0 {
		fmt.Fprintln(std.out)
	}
	if err != nil {
		return res, err
	}
	explainFault(std, res.Fault)
	switch {
	case streamed.Len() == 0:
		renderAnswer(std.out, res)
	case strings.TrimSpace(streamed.String()) != res.Answer:
		fmt.Fprintf(std.out, "\nChecked against the article:\n%s\n", termtext.Clean(res.Answer))
		renderFooter(std.out, res)
	default:
		renderFooter(std.out, res)
	}
	return res, nil
}

// explainFault tells a terminal user what to change when the model failed
// for a reason they can fix (a wrong key, URL or model name).
func explainFault(std stdio, fault error) {
	var le *llm.Error
	if fault == nil || !errors.As(fault, &le) {
		return
	}
	switch le.Kind {
	case llm.KindAuth, llm.KindNotFound, llm.KindContextLength, llm.KindUnavailable, llm.KindTimeout:
		fmt.Fprintf(std.err, "articlebot: model: %s\n", termtext.Clean(le.UserMessage()))
	}
}

// showNote tells a terminal user, once, how the engine was built when that
// is news (the embedding cache rebuilt, the local embedder used instead).
func showNote(std stdio, note string) {
	if note != "" {
		fmt.Fprintf(std.err, "articlebot: note: %s\n", termtext.Clean(note))
	}
}
