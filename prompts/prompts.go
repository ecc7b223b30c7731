// Package prompts holds the text sent to language models: templates embedded
// in the binary, parsed once, and rendered with untrusted text escaped so
// that a question or an article cannot break out of its delimiters.
package prompts

import (
	"embed"
	"fmt"
	"strings"
	"text/template"

	"articlebot/article"
)

//go:embed *.txt
var files embed.FS

var (
	system    = mustRead("system.txt")
	answerTpl = mustParse("answer.txt")
	rewrite   = mustParse("rewrite.txt")
	summary   = mustParse("summary.txt")
	verify    = mustParse("verify.txt")
)

// VerifyPair is one sentence of an answer and the article passage the
// citation gate found borderline support for it in.
type VerifyPair struct {
	N        int
	Passage  string
	Sentence string
}

// VerifyData fills the second-opinion prompt.
type VerifyData struct {
	Pairs []VerifyPair
}

// Verify renders the prompt that asks a model, for a batch of sentences,
// whether each passage states its sentence (the gate's second opinion).
func Verify(d VerifyData) (string, error) {
	pairs := make([]VerifyPair, len(d.Pairs))
	for i, p := range d.Pairs {
		pairs[i] = VerifyPair{N: p.N, Passage: Escape(p.Passage), Sentence: Escape(p.Sentence)}
	}
	return render(verify, VerifyData{Pairs: pairs})
}

// Source is one numbered passage shown to the model.
type Source struct {
	N         int
	Paragraph int
	Section   string
	Text      string
}

// Turn is an earlier question and answer of the conversation.
type Turn struct {
	Question string
	Answer   string
}

// AnswerData fills the answer prompt.
type AnswerData struct {
	Title    string
	Question string
	Sources  []Source
	History  []Turn
}

// SummaryData fills the prompt for a question about the whole article.
type SummaryData struct {
	Title    string
	Question string
	// Kind is "summary", "points", "sides" or "timeline": what the model is
	// asked to write from the sources.
	Kind      string
	Sentences int
	Sources   []Source
	History   []Turn
}

// RewriteData fills the follow-up rewriting prompt.
type RewriteData struct {
	Question string
	History  []Turn
}

// System returns the system prompt for answering.
func System() string { return system }

// Answer renders the user message that carries the sources and question.
func Answer(d AnswerData) (string, error) {
	d.Title = Escape(clip(d.Title, MaxTitle))
	d.Question = Escape(d.Question)
	d.History = escapeTurns(d.History)
	d.Sources = escapeSources(d.Sources)
	return render(answerTpl, d)
}

// Summary renders the user message for a question about the whole article
// ("tl;dr", "what are the main points?"): the sources are the article's
// lead and most central passages, and the model is asked for a cited
// summary, main points, sides or timeline.
func Summary(d SummaryData) (string, error) {
	switch d.Kind {
	case "summary", "points", "sides", "timeline":
	default:
		return "", fmt.Errorf("render prompt summary.txt: unknown kind %q", d.Kind)
	}
	d.Title = Escape(clip(d.Title, MaxTitle))
	d.Question = Escape(d.Question)
	d.History = escapeTurns(d.History)
	d.Sources = escapeSources(d.Sources)
	return render(summary, d)
}

// Rewrite renders the prompt that turns a follow-up into a standalone
// question.
func Rewrite(d RewriteData) (string, error) {
	d.Question = Escape(d.Question)
	d.History = escapeTurns(d.History)
	return render(rewrite, d)
}

// Escape neutralises text that could open or close a prompt delimiter, by
// replacing angle brackets with look-alike characters.
func Escape(s string) string {
	return strings.NewReplacer("<", "‹", ">", "›").Replace(s)
}

func escapeSources(ss []Source) []Source {
	out := make([]Source, len(ss))
	for i, s := range ss {
		// An article's own reference numbers ("[2]") would read to the
		// model as citations of its sources.
		s.Text = Escape(article.WithoutReferenceMarkers(s.Text))
		s.Section = strings.ReplaceAll(Escape(clip(s.Section, MaxSection)), `"`, "'")
		out[i] = s
	}
	return out
}

func escapeTurns(ts []Turn) []Turn {
	ts = boundTurns(ts)
	out := make([]Turn, len(ts))
	for i, t := range ts {
		out[i] = Turn{Question: Escape(t.Question), Answer: Escape(t.Answer)}
	}
	return out
}

func render(t *template.Template, data any) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("render prompt %s: %w", t.Name(), err)
	}
	return b.String(), nil
}

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("prompts: %s is not embedded: %v", name, err))
	}
	return strings.TrimSpace(string(b))
}

func mustParse(name string) *template.Template {
	return template.Must(template.New(name).Option("missingkey=error").Parse(mustRead(name)))
}
