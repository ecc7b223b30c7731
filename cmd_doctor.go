package main

import (
	"context"
	"fmt"
	"strings"

	"articlebot/llm"
	"articlebot/termtext"
)

func runDoctor(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "doctor", "",
		"Says where the configuration came from, then checks the configured\n"+
			"OpenAI-compatible endpoint step by step, printing each step as it runs: that\n"+
			"it is reachable and lists models, which server it is, that CHAT_MODEL answers\n"+
			"a streamed chat, and that EMBEDDING_MODEL returns embeddings (without it the\n"+
			"built-in local embedder is used). Each failed step says what to change;\n"+
			"without CHAT_MODEL it lists the models to pick from. Exits 1 when a step\n"+
			"failed. Without OPENAI_BASE_URL it explains the offline mode.",
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
	if std.envFile != "" {
		fmt.Fprintf(std.out, "Configuration: the environment, then %s\n", termtext.Clean(std.envFile))
	} else {
		fmt.Fprintf(std.out, "Configuration: the environment only (no .env file in %s)\n", strings.Join(dotenvPaths(), " or "))
	}
	if cfg.BaseURL == "" {
		fmt.Fprintln(std.out, "\nNo model endpoint is configured: answers are extractive (built from the article's own")
		fmt.Fprintln(std.out, "sentences) and embeddings are local. To use a model, set OPENAI_BASE_URL and CHAT_MODEL,")
		fmt.Fprintln(std.out, "for example in a .env file (see .env.example), then run articlebot doctor again.")
		return nil
	}
	client, err := newLLMClient(cfg, newLogger(std.err, cfg))
	if err != nil {
		return err
	}
	fmt.Fprintf(std.out, "Checking %s (chat model %s, embedding model %s)\n\n",
		termtext.Clean(client.BaseURL()), orUnset(cfg.ChatModel, "not set"), orUnset(cfg.EmbeddingModel, "not set: the built-in local embedder"))
	d := client.Diagnose(ctx, doctorProgress(std))
	if ctx.Err() != nil {
		return ctx.Err()
	}
	failed, warned := d.Failed(), 0
	for _, c := range d.Checks {
		if c.Status == llm.StatusWarn {
			warned++
		}
	}
	switch {
	case failed > 0 && cfg.ChatModel == "":
		return fmt.Errorf("%d check%s failed: set CHAT_MODEL to one of the listed models", failed, plural(failed))
	case failed > 0:
		return fmt.Errorf("%d check%s failed: until fixed, questions are answered without the model where it fails", failed, plural(failed))
	case warned > 0:
		fmt.Fprintf(std.out, "\nThe set-up works, with %d warning%s above: answers will be written by the model and checked against the article.\n", warned, plural(warned))
	default:
		fmt.Fprintln(std.out, "\nAll checks passed: answers will be written by the model and checked against the article.")
	}
	return nil
}

// doctorProgress prints each step of the diagnosis: on a terminal its name
// while it runs, replaced by its outcome; elsewhere the outcome alone, as
// soon as the step ends.
func doctorProgress(std stdio) llm.Progress {
	marks := [...]string{llm.StatusOK: "ok  ", llm.StatusWarn: "warn", llm.StatusFail: "FAIL", llm.StatusSkip: "-   "}
	return llm.Progress{
		Start: func(step string) {
			if std.outTTY {
				fmt.Fprintf(std.out, "  ...   %s", step)
			}
		},
		Done: func(c llm.Check) {
			if std.outTTY {
				fmt.Fprint(std.out, "\r\x1b[K")
			}
			fmt.Fprintf(std.out, "  %s  %-24s %s\n", marks[c.Status], c.Name, termtext.Clean(c.Detail))
			if c.Hint != "" && (c.Status == llm.StatusFail || c.Status == llm.StatusWarn) {
				fmt.Fprintf(std.out, "        fix: %s\n", termtext.Clean(c.Hint))
			}
		},
	}
}

// orUnset quotes a setting, or says it is unset.
func orUnset(s, unset string) string {
	if s == "" {
		return unset
	}
	return fmt.Sprintf("%q", s)
}
