package main

import (
	"context"
	"errors"

	"articlebot/answer"
	"articlebot/llm"
)

func runAsk(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "ask", "QUESTION",
		"Answers one question about the article. The answer cites article paragraphs\n"+
			"as [n]; the sources under it give each paragraph number and its exact text.\n"+
			"With OPENAI_BASE_URL and CHAT_MODEL set a model writes the answer; otherwise\n"+
			"it is built from the article's own sentences.",
		`articlebot ask "What did Witkoff say?"`,
		`articlebot ask --json "Where will the talks take place?"`,
		`articlebot ask --article story.txt "Who voted against the plan?"`)
	path := articleFlag(flags)
	asJSON := flags.Bool("json", false, "print one JSON object (question, answer, mode, abstained, citations, sources, warnings)")
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	question := joinArgs(rest)
	if question == "" {
		return argError{msg: "ask needs a question, e.g. articlebot ask \"What did Witkoff say?\""}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	eng, note, err := newEngine(ctx, *path, std.in, cfg, newLogger(std.err, cfg), question)
	if err != nil {
		return err
	}
	showNote(std, note)
	req := answer.Request{Question: question}
	if *asJSON {
		res, err := eng.Ask(ctx, req, nil)
		if err != nil {
			return err
		}
		explainFault(std, res.Fault)
		return writeJSON(std.out, askReport{Result: res, Fallback: fallbackFor(res, note)})
	}
	_, err = askAndShow(ctx, eng, req, std)
	return err
}

// askReport is what `ask --json` prints: the answer's contract, plus why
// something fell back when it did.
type askReport struct {
	answer.Result
	Fallback *fallbackReport `json:"fallback,omitempty"`
}

// fallbackReport says why the model's answer or the endpoint's embeddings
// were not used, in the words shown to a terminal user.
type fallbackReport struct {
	Model      string `json:"model,omitempty"`
	Embeddings string `json:"embeddings,omitempty"`
}

// fallbackFor reports the fallbacks behind res, or nil when there were none.
func fallbackFor(res answer.Result, embeddingNote string) *fallbackReport {
	f := fallbackReport{Embeddings: embeddingNote}
	if res.Fault != nil {
		f.Model = res.Notice
		var le *llm.Error
		if errors.As(res.Fault, &le) {
			f.Model = le.UserMessage()
		}
	}
	if f == (fallbackReport{}) {
		return nil
	}
	return &f
}
