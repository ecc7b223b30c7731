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
func askAndShow(ctx context.Context, eng *answer.Engine, req answer.Request, io stdio) (answer.Result, error) {
	var streamed strings.Builder
	var onDelta func(string)
	if eng.Mode() == answer.LLM && io.outTTY {
		onDelta = func(s string) {
			streamed.WriteString(s)
			fmt.Fprint(io.out, termtext.Clean(s))
		}
	}
	res, err := eng.Ask(ctx, req, onDelta)
	if streamed.Len() > 0 {
		fmt.Fprintln(io.out)
	}
	if err != nil {
		return res, err
	}
	explainFault(io, res.Fault)
	switch {
	case streamed.Len() == 0:
		renderAnswer(io.out, res)
	case strings.TrimSpace(streamed.String()) != res.Answer:
		fmt.Fprintf(io.out, "\nChecked against the article:\n%s\n", termtext.Clean(res.Answer))
		renderFooter(io.out, res)
	default:
		renderFooter(io.out, res)
	}
	return res, nil
}

// explainFault tells a terminal user what to change when the model failed
// for a reason they can fix (a wrong key, URL or model name).
func explainFault(io stdio, fault error) {
	var le *llm.Error
	if fault == nil || !errors.As(fault, &le) {
		return
	}
	switch le.Kind {
	case llm.KindAuth, llm.KindNotFound, llm.KindContextLength, llm.KindUnavailable:
		fmt.Fprintf(io.err, "articlebot: model: %s\n", termtext.Clean(le.UserMessage()))
	}
}
