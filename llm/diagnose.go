package llm

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Status is the outcome of one step of Diagnose.
type Status int

// The outcomes of a step. Only StatusFail means the set-up does not work.
const (
	StatusOK   Status = iota
	StatusWarn        // works, but something deserves a look
	StatusFail        // does not work: Hint says what to change
	StatusSkip        // not needed by this configuration, or impossible after an earlier failure
)

// Check is the outcome of one step of Diagnose.
type Check struct {
	Name   string // "endpoint", "server", "chat model listed", "chat", …
	Status Status
	Detail string // what was found, e.g. "answered \"ready\" in 1.2s"
	Hint   string // what to change, for a warning or a failure
}

// Diagnosis is everything Diagnose found.
type Diagnosis struct {
	Server Server
	Models []string // the ids GET /models listed; nil when it failed
	Checks []Check
}

// Failed counts the failed checks.
func (d Diagnosis) Failed() int {
	n := 0
	for _, c := range d.Checks {
		if c.Status == StatusFail {
			n++
		}
	}
	return n
}

// Progress receives the steps of Diagnose as they run, so that a slow
// server shows progress. Either func may be nil.
type Progress struct {
	Start func(step string) // a step begins
	Done  func(Check)       // a step ended
}

// Diagnose checks the endpoint step by step, for `articlebot doctor`: that
// it answers and lists models, which server it is, that ChatModel and
// EmbeddingModel are listed (a model missing from the list is a warning:
// servers differ in what they list, and the chat or embedding step tells
// whether it works), that a tiny streamed chat finishes, and that
// embeddings work. An empty ChatModel fails its steps with a hint that
// names the listed models; an empty EmbeddingModel skips its steps, because
// the built-in local embedder needs no endpoint. Single attempts (no
// retries) make the first failure show. When the endpoint cannot be
// reached, refuses the key, or the caller gives up, later steps are skipped.
func (c *Client) Diagnose(ctx context.Context, p Progress) Diagnosis {
	d := *c
	d.cfg.MaxRetries = 0
	d.brk = nil // every step is tried, whatever earlier calls met
	var out Diagnosis
	stop := false
	step := func(name string, f func() Check) {
		if p.Start != nil {
			p.Start(name)
		}
		var ch Check
		if stop || ctx.Err() != nil {
			ch = Check{Name: name, Status: StatusSkip, Detail: "not run after the failure above"}
		} else {
			ch = f()
			ch.Name = name
		}
		out.Checks = append(out.Checks, ch)
		if p.Done != nil {
			p.Done(ch)
		}
	}

	step("endpoint", func() Check {
		models, err := d.Models(ctx)
		if err != nil {
			stop = fatal(err)
			return failedCheck(err)
		}
		out.Models = models
		return Check{Detail: fmt.Sprintf("%s answers and lists %s", d.base, count(len(models), "model"))}
	})
	step("server", func() Check {
		out.Server = d.Identify(ctx)
		d.server = out.Server.Kind
		if out.Server.Kind == ServerUnknown {
			return Check{Status: StatusSkip, Detail: "not recognised (none of Ollama, llama.cpp, LM Studio, vLLM, OpenAI): hints stay general"}
		}
		detail := out.Server.Kind.String()
		if out.Server.Version != "" {
			detail += " " + out.Server.Version
		}
		return Check{Detail: detail + " (from " + out.Server.How + ")"}
	})
	listed := out.Models != nil
	step("chat model listed", func() Check {
		switch {
		case d.cfg.ChatModel == "":
			return Check{Status: StatusFail, Detail: "CHAT_MODEL is not set", Hint: d.pickHint("CHAT_MODEL", out.Models)}
		case !listed:
			return Check{Status: StatusSkip, Detail: "the model list is not available"}
		}
		return d.listedCheck("CHAT_MODEL", d.cfg.ChatModel, out.Models)
	})
	step("embedding model listed", func() Check {
		switch {
		case d.cfg.EmbeddingModel == "":
			return Check{Status: StatusSkip, Detail: "EMBEDDING_MODEL is not set: the built-in local embedder is used"}
		case !listed:
			return Check{Status: StatusSkip, Detail: "the model list is not available"}
		}
		return d.listedCheck("EMBEDDING_MODEL", d.cfg.EmbeddingModel, out.Models)
	})
	step("chat", func() Check {
		if d.cfg.ChatModel == "" {
			return Check{Status: StatusSkip, Detail: "no CHAT_MODEL to try"}
		}
		ch := d.chatCheck(ctx)
		stop = stop || ctx.Err() != nil
		return ch
	})
	step("embeddings", func() Check {
		if d.cfg.EmbeddingModel == "" {
			return Check{Status: StatusSkip, Detail: "the built-in local embedder needs no request"}
		}
		return d.embedCheck(ctx)
	})
	return out
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
	start := time.Now()
	comp, err := c.Stream(ctx, []Message{
		{Role: RoleSystem, Content: "You are a health check. Answer with one word."},
		{Role: RoleUser, Content: "Reply with the word: ready"},
	}, nil)
	if err != nil {
		return failedCheck(err)
	}
	detail := fmt.Sprintf("%s answered %q in %s (finish reason %q)",
		orDefault(comp.Model, c.cfg.ChatModel), clip(comp.Text, 40), time.Since(start).Round(time.Millisecond), comp.FinishReason)
	switch {
	case comp.Text == "" && comp.FinishReason == "length":
		return Check{Status: StatusFail, Detail: detail,
			Hint: "the token budget ran out before any visible answer (reasoning?): raise LLM_ANSWER_TOKENS"}
	case comp.Text == "":
		return Check{Status: StatusFail, Detail: detail, Hint: "the model answered nothing visible: try another CHAT_MODEL"}
	}
	return Check{Detail: detail}
}

func (c *Client) embedCheck(ctx context.Context) Check {
	start := time.Now()
	vecs, err := c.Embed(ctx, []string{"articlebot health check"})
	if err != nil {
		ch := failedCheck(err)
		ch.Hint = strings.TrimSuffix(ch.Hint, ".") + "; until then answers use the built-in local embedder"
		return ch
	}
	return Check{Detail: fmt.Sprintf("%s returned %s in %s",
		c.cfg.EmbeddingModel, count(len(vecs[0]), "dimension"), time.Since(start).Round(time.Millisecond))}
}

// listedCheck reports whether model is among ids: a warning when it is not,
// since servers differ in what they list. Ollama lists "name:latest" for a
// model asked for as "name".
func (c *Client) listedCheck(variable, model string, ids []string) Check {
	for _, id := range ids {
		if id == model || id == model+":latest" {
			return Check{Detail: fmt.Sprintf("%q is listed", model)}
		}
	}
	return Check{Status: StatusWarn,
		Detail: fmt.Sprintf("%q is not among the %s", model, listing(ids)),
		Hint:   c.installHint(variable, model)}
}

// installHint says how to make model available, naming the server only
// when it was recognised.
func (c *Client) installHint(variable, model string) string {
	switch c.server {
	case ServerOllama:
		return fmt.Sprintf("run `ollama pull %s`, or set %s to a listed model", model, variable)
	case ServerLMStudio:
		return fmt.Sprintf("download and load %s in LM Studio, or set %s to a listed model", model, variable)
	case ServerLlamaCpp:
		return fmt.Sprintf("llama-server serves the model it was started with (-m): set %s to the listed id", variable)
	case ServerVLLM:
		return fmt.Sprintf("vLLM serves the model given to `vllm serve`: set %s to the listed id", variable)
	}
	return fmt.Sprintf("if the step below fails too, set %s to a listed model", variable)
}

// pickHint asks for a model and names those the server offers.
func (c *Client) pickHint(variable string, ids []string) string {
	if len(ids) == 0 {
		return "set " + variable + " to a model the server serves"
	}
	return fmt.Sprintf("set %s to one of the %s", variable, listing(ids))
}

// listing names the listed models, e.g. "2 listed models: a, b".
func listing(ids []string) string {
	if len(ids) == 0 {
		return "listed models: the list is empty"
	}
	return fmt.Sprintf("%s: %s", count(len(ids), "listed model"), clip(strings.Join(ids, ", "), 300))
}

// count writes n and noun, with the noun in the plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// failedCheck describes a failed call in one line: what went wrong, with
// a server's error page reduced to its title or first line (see brief).
func failedCheck(err error) Check {
	ch := Check{Status: StatusFail, Detail: brief(err)}
	var e *Error
	if errors.As(err, &e) {
		ch.Hint = e.Hint
		if ch.Hint == "" {
			ch.Hint = strings.TrimSuffix(e.UserMessage(), ".")
		}
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
