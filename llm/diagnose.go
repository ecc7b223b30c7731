package llm

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Check is the outcome of one step of Diagnose.
type Check struct {
	Name   string // "endpoint", "chat model listed", "chat", …
	OK     bool
	Detail string // what was found, e.g. "answered \"ready\" in 1.2s"
	Hint   string // what to change when OK is false
}

// Diagnose checks the endpoint step by step, for `articlebot doctor`: that
// it answers and lists models, that ChatModel and EmbeddingModel are among
// them, that a tiny streamed chat finishes, and that embeddings work. It makes
// single attempts (no retries) so the first failure shows. When the endpoint
// cannot be reached, refuses the key, or the caller gives up, the steps after
// it are not run.
func (c *Client) Diagnose(ctx context.Context) []Check {
	d := *c
	d.cfg.MaxRetries = 0
	var checks []Check

	models, err := d.Models(ctx)
	if err != nil {
		checks = append(checks, failedCheck("endpoint", err))
		if fatal(err) {
			return checks
		}
	} else {
		checks = append(checks, Check{Name: "endpoint", OK: true,
			Detail: fmt.Sprintf("%s answers and lists %d models", d.base, len(models))})
		checks = append(checks,
			listedCheck("chat model listed", "CHAT_MODEL", d.cfg.ChatModel, models),
			listedCheck("embedding model listed", "EMBEDDING_MODEL", d.cfg.EmbeddingModel, models))
	}

	checks = append(checks, d.chatCheck(ctx))
	if ctx.Err() != nil {
		return checks
	}
	return append(checks, d.embedCheck(ctx))
}

// fatal reports errors after which no later step can succeed.
func fatal(err error) bool {
	if err == nil {
		return false
	}
	switch Classify(err) {
	case KindUnavailable, KindAuth, KindCanceled:
		return true
	case KindTimeout:
		var e *Error
		return errors.As(err, &e) && e.Status == 0 // not a 408
	}
	return false
}

func (c *Client) chatCheck(ctx context.Context) Check {
	if c.cfg.ChatModel == "" {
		return Check{Name: "chat", Detail: "no chat model configured", Hint: "set CHAT_MODEL"}
	}
	start := time.Now()
	comp, err := c.Stream(ctx, []Message{
		{Role: RoleSystem, Content: "You are a health check. Answer with one word."},
		{Role: RoleUser, Content: "Reply with the word: ready"},
	}, nil)
	if err != nil {
		return failedCheck("chat", err)
	}
	detail := fmt.Sprintf("%s answered %q in %s (finish reason %q)",
		orDefault(comp.Model, c.cfg.ChatModel), clip(comp.Text, 40), time.Since(start).Round(time.Millisecond), comp.FinishReason)
	switch {
	case comp.Text == "" && comp.FinishReason == "length":
		return Check{Name: "chat", Detail: detail,
			Hint: "the token budget ran out before any visible answer (reasoning?): raise the max tokens"}
	case comp.Text == "":
		return Check{Name: "chat", Detail: detail, Hint: "the model answered nothing visible: try another CHAT_MODEL"}
	}
	return Check{Name: "chat", OK: true, Detail: detail}
}

func (c *Client) embedCheck(ctx context.Context) Check {
	if c.cfg.EmbeddingModel == "" {
		return Check{Name: "embeddings", Detail: "no embedding model configured", Hint: "set EMBEDDING_MODEL"}
	}
	start := time.Now()
	vecs, err := c.Embed(ctx, []string{"articlebot health check"})
	if err != nil {
		return failedCheck("embeddings", err)
	}
	return Check{Name: "embeddings", OK: true, Detail: fmt.Sprintf("%s returned %d dimensions in %s",
		c.cfg.EmbeddingModel, len(vecs[0]), time.Since(start).Round(time.Millisecond))}
}

// listedCheck reports whether model is among ids. Ollama lists "name:latest"
// for a model asked for as "name".
func listedCheck(name, variable, model string, ids []string) Check {
	if model == "" {
		return Check{Name: name, Detail: variable + " is not set", Hint: "set " + variable}
	}
	for _, id := range ids {
		if id == model || id == model+":latest" {
			return Check{Name: name, OK: true, Detail: fmt.Sprintf("%q is listed", model)}
		}
	}
	return Check{Name: name,
		Detail: fmt.Sprintf("%q is not among the listed models: %s", model, clip(strings.Join(ids, ", "), 200)),
		Hint:   fmt.Sprintf("check %s, or install the model (e.g. `ollama pull %s`)", variable, model)}
}

func failedCheck(name string, err error) Check {
	ch := Check{Name: name, Detail: err.Error()}
	var e *Error
	if errors.As(err, &e) {
		ch.Hint = e.UserMessage()
	}
	return ch
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
