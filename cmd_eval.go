package main

import (
	"context"
	"embed"
	"fmt"
	"io"
	"log/slog"

	"articlebot/article"
	"articlebot/eval"
	"articlebot/termtext"
)

// evalFiles holds the project's own eval sets: testdata/eval/tuned holds the
// articles the engine was tuned on, testdata/eval/heldout articles written
// before the engine was run on them, and testdata/eval/unseen,
// testdata/eval/blind, testdata/eval/blind2, testdata/eval/blind3,
// testdata/eval/blind4 … testdata/eval/blind18 articles written blind in later rounds, each measured before it was tuned
// on (see eval.LoadSets for the layout).
//
//go:embed testdata/eval
var evalFiles embed.FS

func runEval(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "eval", "",
		"Scores the engine: recall@1/3/5 and MRR of gold paragraphs, abstention\n"+
			"accuracy on unanswerable questions, and quotation precision, recall and\n"+
			"speaker accuracy. Without flags it scores the project's own sets, each\n"+
			"marked with its group: tuned (the engine was tuned on them), heldout\n"+
			"(written before it was run on them), unseen, blind, blind2, blind3,\n"+
			"blind4 … blind18 (each written blind in a later round and measured before\n"+
			"anyone tuned on it).\n"+
			"Question files are JSON lines:\n"+
			"{\"question\", \"gold\": [paragraph numbers], \"answerable\", \"kind\"}; quotation\n"+
			"files: {\"speaker\", \"text\", \"paragraph\"}; people files, scoring speaker\n"+
			"lookups: {\"name\", \"roles\", \"quoted\", \"lookups\": [\"the mayor\", \"Jnae Doe\"]}.",
		"articlebot eval",
		"articlebot eval --json",
		"articlebot eval --gate",
		"articlebot eval --article story.txt --questions story.questions.jsonl --quotes story.quotes.jsonl")
	path := articleFlag(flags)
	questions := flags.String("questions", "", "score the questions in `FILE` (JSON lines)")
	quotesPath := flags.String("quotes", "", "score quotation extraction against the gold in `FILE` (JSON lines)")
	peoplePath := flags.String("people", "", "score speaker lookups (name, role, misspelling) against `FILE` (JSON lines)")
	asJSON := flags.Bool("json", false, "print the scores as JSON")
	gate := flags.Bool("gate", false, "score the citation gate instead: answer through a built-in fake model that\ncites neighbours, mixes right and wrong citations, invents sentences and\nquotations, paraphrases, splits facts and cites in other styles")
	claims := flags.String("claims", "", "with --gate, the unsupported claims for --article in `FILE` (JSON lines)")
	verbose := flags.Bool("v", false, "list every question the engine got wrong")
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return argError{msg: fmt.Sprintf("eval takes no arguments (got %q): use --questions FILE", rest[0])}
	}
	if *path != "" && *questions == "" && *quotesPath == "" && *peoplePath == "" {
		return argError{msg: "with --article, give --questions FILE, --quotes FILE and/or --people FILE written for that article"}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	sets, err := loadEvalSets(ctx, *path, std.in, cfg.CacheDir, *questions, *quotesPath, *peoplePath)
	if err != nil {
		return err
	}
	if *gate {
		if *claims != "" && len(sets) == 1 {
			if sets[0].Claims, err = eval.LoadClaims(nil, *claims); err != nil {
				return err
			}
		}
		return runGateEval(ctx, std, sets, *asJSON)
	}
	return writeEvalReports(ctx, std.out, sets, cfg, newLogger(std.err, cfg), *asJSON, *verbose)
}

// writeEvalReports scores every set and writes the reports to w, as JSON
// or as text, each naming the set's group.
func writeEvalReports(ctx context.Context, w io.Writer, sets []eval.Set, cfg config, log *slog.Logger, asJSON, verbose bool) error {
	var reports []eval.Report
	for _, s := range sets {
		r, err := scoreSet(ctx, s, cfg, log)
		if err != nil {
			return err
		}
		reports = append(reports, r)
	}
	if asJSON {
		return writeJSON(w, reports)
	}
	for _, r := range reports {
		renderEval(w, r, verbose)
	}
	return nil
}

func loadEvalSets(ctx context.Context, path string, stdin io.Reader, cacheDir, questions, quotes, people string) ([]eval.Set, error) {
	if path == "" && questions == "" && quotes == "" && people == "" {
		shipped, err := article.Parse(shippedName, shippedArticle)
		if err != nil {
			return nil, err
		}
		return eval.LoadSets(evalFiles, "testdata/eval", shipped)
	}
	a, err := loadArticle(ctx, path, stdin, cacheDir)
	if err != nil {
		return nil, err
	}
	s := eval.Set{Name: a.Name, Article: a}
	if questions != "" {
		if s.Questions, err = eval.LoadQuestions(nil, questions); err != nil {
			return nil, err
		}
	}
	if quotes != "" {
		if s.Quotes, err = eval.LoadQuotes(nil, quotes); err != nil {
			return nil, err
		}
	}
	if people != "" {
		if s.People, err = eval.LoadPeople(nil, people); err != nil {
			return nil, err
		}
	}
	return []eval.Set{s}, nil
}

func renderEval(w io.Writer, r eval.Report, verbose bool) {
	q := r.Questions
	group := ""
	if r.Group != "" {
		group = " [" + r.Group + "]"
	}
	fmt.Fprintf(w, "%s%s — %s mode\n", termtext.Clean(r.Set), termtext.Clean(group), r.Mode)
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
	if wr := r.Whole; wr != nil {
		fmt.Fprintf(w, "  whole article      %d questions, %.3f answered; overviews cite the lead %.3f, a later ¶ %.3f, name %.3f of its facts\n",
			wr.Questions, wr.Answered, wr.LeadCited, wr.LaterCited, wr.Facts)
		roles := "no roles in the gold"
		if wr.RolesRight >= 0 {
			roles = fmt.Sprintf("right roles %.3f", wr.RolesRight)
		}
		fmt.Fprintf(w, "                     who is quoted: names %.3f, %s; headline cited %.3f\n", wr.NamesFound, roles, wr.HeadlineCited)
	}
	if r.People != nil && r.People.Lookups > 0 {
		fmt.Fprintf(w, "  speaker lookups    %.3f (%d/%d by name, role or misspelling found the right person)\n",
			r.People.Rate, r.People.Found, r.People.Lookups)
	}
	misses := len(q.Misses)
	if r.Quotes != nil {
		misses += len(r.Quotes.Misses)
	}
	if r.Whole != nil {
		misses += len(r.Whole.Misses)
	}
	if r.People != nil {
		misses += len(r.People.Misses)
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
			fmt.Fprintf(w, "  miss [%s] %q: %s\n", m.Kind, m.Question, termtext.Clean(m.Why))
		}
		if r.Quotes != nil {
			for _, m := range r.Quotes.Misses {
				fmt.Fprintf(w, "  miss [%s] %q: %s\n", m.Kind, m.Question, termtext.Clean(m.Why))
			}
		}
		if r.Whole != nil {
			for _, m := range r.Whole.Misses {
				fmt.Fprintf(w, "  miss [%s] %q: %s\n", m.Kind, m.Question, termtext.Clean(m.Why))
			}
		}
		if r.People != nil {
			for _, m := range r.People.Misses {
				fmt.Fprintf(w, "  miss [%s] %q: %s\n", m.Kind, m.Question, termtext.Clean(m.Why))
			}
		}
	}
	fmt.Fprintln(w)
}
