package main

import (
	"context"

	"articlebot/answer"
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
	secondOpinion := secondOpinionFlag(flags)
	asJSON := flags.Bool("json", false, "print one JSON object (question, answer, mode, abstained, citations, sources, warnings, article)")
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
	cfg.SecondOpinion = cfg.SecondOpinion || *secondOpinion
	prog := newProgress(std)
	defer prog.Stop()
	cfg.onRetry = prog.retrying
	prog.Start("reading the article…")
	restoreGC := indexingGCFor(cfg, getenv)
	eng, note, err := newEngine(ctx, *path, std.in, cfg, newLogger(std.err, cfg), question)
	restoreGC()
	prog.Stop()
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
		return writeJSON(std.out, askReport{Result: res, EmbeddingFallback: note, Article: infoOf(eng.Article())})
	}
	out, v := screen(std, getenv)
	if v != nil {
		v.before = prog.Stop
		defer v.Flush()
	}
	prog.Start("waiting for the answer…")
	_, err = askAndShow(ctx, eng, req, out)
	return err
}

// askReport is what `ask --json` prints: the answer's contract, plus why
// the endpoint's embeddings were not used when they were configured (the
// model's own fallback is the answer's "fallback").
type askReport struct {
	answer.Result
	EmbeddingFallback string `json:"embedding_fallback,omitempty"`
	// Article is what the answer is about: title, byline, date, site, URL.
	Article articleInfo `json:"article"`
}
