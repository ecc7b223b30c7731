package main

import (
	"context"
	"fmt"

	"articlebot/termtext"
)

func runDoctor(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "doctor", "",
		"Checks the configured OpenAI-compatible endpoint step by step: that it is\n"+
			"reachable and lists models, that CHAT_MODEL answers a streamed chat, and that\n"+
			"EMBEDDING_MODEL returns embeddings (and their dimension). Each failed step\n"+
			"says what to change. Without OPENAI_BASE_URL it explains the offline mode.",
		"articlebot doctor",
		"OPENAI_BASE_URL=http://localhost:11434/v1 CHAT_MODEL=llama3.2 articlebot doctor")
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return argError{msg: "doctor takes no arguments: it reads OPENAI_BASE_URL, CHAT_MODEL and EMBEDDING_MODEL"}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	if cfg.BaseURL == "" {
		fmt.Fprintln(std.out, "No model endpoint is configured: answers are extractive (built from the article's own")
		fmt.Fprintln(std.out, "sentences) and embeddings are local. To use a model, set OPENAI_BASE_URL and CHAT_MODEL,")
		fmt.Fprintln(std.out, "for example in a .env file (see .env.example), then run articlebot doctor again.")
		return nil
	}
	client, err := newLLMClient(cfg, newLogger(std.err, cfg))
	if err != nil {
		return err
	}
	fmt.Fprintf(std.out, "Checking %s (chat model %q, embedding model %q)\n\n", client.BaseURL(), cfg.ChatModel, orNone(cfg.EmbeddingModel))
	failed := 0
	for _, c := range client.Diagnose(ctx) {
		mark := "ok  "
		if !c.OK {
			mark = "FAIL"
			failed++
		}
		fmt.Fprintf(std.out, "  %s  %-24s %s\n", mark, c.Name, termtext.Clean(c.Detail))
		if !c.OK && c.Hint != "" {
			fmt.Fprintf(std.out, "        fix: %s\n", termtext.Clean(c.Hint))
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d check%s failed: until fixed, answers fall back to extractive mode", failed, plural(failed))
	}
	fmt.Fprintln(std.out, "\nAll checks passed: answers will be written by the model and checked against the article.")
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "none: local embedder"
	}
	return s
}
