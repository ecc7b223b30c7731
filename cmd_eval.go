package main

import (
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"

	"articlebot/article"
	"articlebot/eval"
)

// evalSets holds the project's own question sets and quotation gold files.
//
//go:embed testdata/questions.jsonl testdata/quotes.jsonl testdata/harbor.txt testdata/harbor.questions.jsonl testdata/harbor.quotes.jsonl
var evalSets embed.FS

// evalSet is an article with its questions and quotation gold.
type evalSet struct {
	name      string
	article   *article.Article
	questions []eval.Question
	quotes    []eval.GoldQuote // nil: not scored
}

// evalReport is what `eval --json` prints for one set.
type evalReport struct {
	Set       string              `json:"set"`
	Mode      string              `json:"mode"`
	Questions eval.QuestionReport `json:"questions"`
	Quotes    *eval.QuoteReport   `json:"quotes,omitempty"`
}

func runEval(ctx context.Context, args []string, io stdio, getenv env) error {
	fs := newFlags(io, "eval", "",
		"Scores the engine: recall@1/3/5 and MRR of gold paragraphs, abstention\n"+
			"accuracy on unanswerable questions, and quotation precision, recall and\n"+
			"speaker accuracy. Without flags it scores the project's own sets (the\n"+
			"built-in article and a second test article). Question files are JSON lines:\n"+
			"{\"question\", \"gold\": [paragraph numbers], \"answerable\", \"kind\"}; quotation\n"+
			"files: {\"speaker\", \"text\", \"paragraph\"}.",
		"articlebot eval",
		"articlebot eval --json",
		"articlebot eval --article story.txt --questions story.questions.jsonl --quotes story.quotes.jsonl")
	path := articleFlag(fs)
	questions := fs.String("questions", "", "score the questions in `FILE` (JSON lines)")
	quotesPath := fs.String("quotes", "", "score quotation extraction against the gold in `FILE` (JSON lines)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	verbose := fs.Bool("v", false, "list every question the engine got wrong")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{msg: fmt.Sprintf("eval takes no arguments (got %q): use --questions FILE", rest[0])}
	}
	if *path != "" && *questions == "" && *quotesPath == "" {
		return usageError{msg: "with --article, give --questions FILE and/or --quotes FILE written for that article"}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	sets, err := loadEvalSets(*path, *questions, *quotesPath)
	if err != nil {
		return err
	}
	var reports []evalReport
	for _, s := range sets {
		r, err := scoreSet(ctx, s, cfg, newLogger(io.err, cfg))
		if err != nil {
			return err
		}
		reports = append(reports, r)
	}
	if *asJSON {
		return writeJSON(io.out, reports)
	}
	for _, r := range reports {
		renderEval(io.out, r, *verbose)
	}
	return nil
}

func loadEvalSets(path, questions, quotes string) ([]evalSet, error) {
	if path == "" && questions == "" && quotes == "" {
		harbor, err := fs.ReadFile(evalSets, "testdata/harbor.txt")
		if err != nil {
			return nil, err
		}
		shipped, err := article.Parse(shippedName, shippedArticle)
		if err != nil {
			return nil, err
		}
		test, err := article.Parse("harbor.txt (test article)", harbor)
		if err != nil {
			return nil, err
		}
		return loadSets(evalSets, []setFiles{
			{shipped, "testdata/questions.jsonl", "testdata/quotes.jsonl"},
			{test, "testdata/harbor.questions.jsonl", "testdata/harbor.quotes.jsonl"},
		})
	}
	a, err := loadArticle(path)
	if err != nil {
		return nil, err
	}
	return loadSets(nil, []setFiles{{a, questions, quotes}})
}

// setFiles names an eval set's article and its question and quotation
// files ("" for none).
type setFiles struct {
	article   *article.Article
	questions string
	quotes    string
}

func loadSets(fsys fs.FS, files []setFiles) ([]evalSet, error) {
	var out []evalSet
	for _, f := range files {
		s := evalSet{name: f.article.Name, article: f.article}
		var err error
		if f.questions != "" {
			if s.questions, err = eval.LoadQuestions(fsys, f.questions); err != nil {
				return nil, err
			}
		}
		if f.quotes != "" {
			if s.quotes, err = eval.LoadQuotes(fsys, f.quotes); err != nil {
				return nil, err
			}
		}
		out = append(out, s)
	}
	return out, nil
}

func renderEval(w io.Writer, r evalReport, verbose bool) {
	q := r.Questions
	fmt.Fprintf(w, "%s — %s mode\n", r.Set, r.Mode)
	if q.Questions > 0 {
		fmt.Fprintf(w, "  questions          %d (%d answerable, %d unanswerable)\n", q.Questions, q.Answerable, q.Unanswerable)
		fmt.Fprintf(w, "  recall@1/3/5       %.3f / %.3f / %.3f\n", q.RecallAt1, q.RecallAt3, q.RecallAt5)
		fmt.Fprintf(w, "  MRR                %.3f\n", q.MRR)
		fmt.Fprintf(w, "  abstention acc.    %.3f (%d/%d unanswerable abstained)\n", q.AbstentionAccuracy, q.UnanswerableAbstained, q.Unanswerable)
		fmt.Fprintf(w, "  cited gold ¶       %.3f of answerable questions\n", q.AnsweredCited)
		fmt.Fprintf(w, "  citation validity  %.3f\n", q.CitationValidity)
		fmt.Fprintf(w, "  quote validity     %.3f (quoted spans in answers that are article text)\n", q.QuotationValidity)
	}
	if r.Quotes != nil {
		fmt.Fprintf(w, "  quotations         precision %.3f, recall %.3f, speaker accuracy %.3f (%d gold, %d found)\n",
			r.Quotes.Precision, r.Quotes.Recall, r.Quotes.SpeakerAccuracy, r.Quotes.Gold, r.Quotes.Extracted)
	}
	misses := len(q.Misses)
	if r.Quotes != nil {
		misses += len(r.Quotes.Misses)
	}
	if misses > 0 && !verbose {
		noun := "misses"
		if misses == 1 {
			noun = "miss"
		}
		fmt.Fprintf(w, "  %d %s: run with -v to list them\n", misses, noun)
	}
	if verbose {
		for _, m := range q.Misses {
			fmt.Fprintf(w, "  miss [%s] %q: %s\n", m.Kind, m.Question, m.Why)
		}
		if r.Quotes != nil {
			for _, m := range r.Quotes.Misses {
				fmt.Fprintf(w, "  miss [%s] %q: %s\n", m.Kind, m.Question, m.Why)
			}
		}
	}
	fmt.Fprintln(w)
}
