package answer

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"articlebot/llm"
	"articlebot/prompts"
	"articlebot/quotes"
)

// pronoun matches third-person pronouns that make a question depend on the
// conversation before it.
var pronoun = regexp.MustCompile(`(?i)\b(he|she|him|her|his|hers|they|them|their)\b`)

// resolveFollowUp rewrites a follow-up question into one that stands alone,
// without a model: a pronoun is replaced by the last person named in the
// conversation ("and what did he say about Europe?" after a question about
// Scholz becomes "and what did Olaf Scholz say about Europe?").
func (e *Engine) resolveFollowUp(q string, history []Turn) string {
	if len(history) == 0 || !pronoun.MatchString(q) || len(e.quotes.Named(q)) > 0 {
		return q
	}
	for i := len(history) - 1; i >= 0; i-- {
		t := history[i]
		// A person the question named, by name or role ("the mayor"),
		// before one its answer happens to mention.
		if name, ok := e.lastPersonNamed(t.Question); ok {
			return replacePronoun(q, name)
		}
		if name, ok := e.quotes.LastPerson(t.Answer); ok {
			return replacePronoun(q, name)
		}
	}
	return q
}

// replacePronoun puts name in place of the first pronoun of q, keeping a
// possessive form possessive.
func replacePronoun(q, name string) string {
	loc := pronoun.FindStringIndex(q)
	word := strings.ToLower(q[loc[0]:loc[1]])
	possessive := word == "his" || word == "their" || word == "hers" ||
		(word == "her" && startsWithNoun(q[loc[1]:]))
	if possessive {
		name += "’s"
	}
	return q[:loc[0]] + name + q[loc[1]:]
}

// startsWithNoun guesses whether "her" before text is possessive ("her
// view") rather than an object ("told her about"): it is when a word follows
// that is not a preposition.
func startsWithNoun(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[0], "?.!,"))
	if w == "" || !unicode.IsLetter([]rune(w)[0]) {
		return false
	}
	switch w {
	case "about", "on", "to", "for", "in", "at", "with", "from", "of", "and", "or", "that":
		return false
	}
	return true
}

// lastPersonNamed returns the last person a question names, by name or by
// role.
func (e *Engine) lastPersonNamed(question string) (string, bool) {
	if name, ok := e.quotes.LastPerson(question); ok {
		return name, true
	}
	named := e.quotes.Named(question)
	for i := len(named) - 1; i >= 0; i-- {
		if sp, ok := e.quotes.Lookup(named[i]); ok && sp.Kind == quotes.Person {
			return sp.Name, true
		}
	}
	return "", false
}

// rewrite asks the model to make a follow-up question stand alone. The
// model's rewrite is used only when it is a question about the same thing:
// not an answer, not an abstention, and keeping the person and the topic
// the follow-up is about. Otherwise, or when the model fails, pronouns are
// resolved offline, and warning says so.
func (e *Engine) rewrite(ctx context.Context, q string, history []Turn) (standalone, warning string) {
	if len(history) == 0 {
		return q, ""
	}
	offline := e.resolveFollowUp(q, history)
	p, err := prompts.Rewrite(prompts.RewriteData{Question: q, History: promptTurns(history)})
	if err != nil {
		return offline, ""
	}
	comp, err := e.gen.Complete(ctx, []llm.Message{{Role: llm.RoleUser, Content: p}})
	if err != nil {
		e.log.Debug("follow-up rewrite failed; resolving pronouns instead", "err", err)
		return offline, fmt.Sprintf("fallback (%s): the model could not rewrite the follow-up, so it was read as %q", fallbackReason(err), offline)
	}
	r := cleanRewrite(comp.Text)
	if why := e.unusableRewrite(q, offline, r); why != "" {
		e.log.Info("model rewrite of a follow-up unusable; resolving pronouns instead", "rewrite", r, "why", why)
		return offline, fmt.Sprintf("fallback (%s): the model's rewrite of the follow-up (%q) %s, so it was read as %q", FallbackUnusableRewrite, r, why, offline)
	}
	return r, ""
}

// questionStart matches the words a question or a request opens with.
var questionStart = regexp.MustCompile(`(?i)^(what|who|whom|whose|which|when|where|why|how|did|does|do|is|are|was|were|can|could|will|would|should|has|have|had|tell|list|name|give|show|summari[sz]e|explain|describe|according|in what|and|so|but)\b`)

// unusableRewrite says why a model's rewrite of follow-up q cannot stand
// for it, or returns "". offline is q with its pronoun resolved.
func (e *Engine) unusableRewrite(q, offline, r string) string {
	switch {
	case r == "":
		return "was empty"
	case len(r) > 3*len(q)+200:
		return "was far longer than the question"
	case abstainRe.MatchString(r) || markerRe.MatchString(r):
		return "was an answer, not a question"
	case !strings.HasSuffix(r, "?") && !questionStart.MatchString(r):
		return "was not a question"
	}
	for _, name := range e.namesIn(offline) {
		if !contains(e.quotes.Mentioned(r), name) {
			return "dropped " + name
		}
	}
	topic := contentTerms(pronoun.ReplaceAllString(q, ""))
	if len(topic) > 0 && fuzzyCoverage(topic, termSet(r)) < rewriteTopicShare {
		return "changed the topic"
	}
	return ""
}

// rewriteTopicShare is the share of a follow-up's own content words its
// rewrite must keep: a rewrite adds the referent, it does not drop what
// was asked ("what else did he say about Europe" keeps "Europe").
const rewriteTopicShare = 0.5

var rewriteLabel = regexp.MustCompile(`(?i)^(standalone question|question|rewritten question)\s*:\s*`)

func cleanRewrite(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	s = rewriteLabel.ReplaceAllString(s, "")
	return strings.Trim(strings.TrimSpace(s), `"“”`)
}
