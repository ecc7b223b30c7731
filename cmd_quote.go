package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"articlebot/answer"
	"articlebot/termtext"
)

func runQuote(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "quote", "[NAME]",
		"Shows what a person or organisation said, word for word, with paragraph\n"+
			"numbers. Names may be partial or misspelled (\"zelensky\", \"witkof\"). Without\n"+
			"a name, lists everyone the article quotes or reports, with counts.",
		"articlebot quote Witkoff",
		"articlebot quote",
		"articlebot quote --json \"von der leyen\"")
	path := articleFlag(flags)
	asJSON := flags.Bool("json", false, "print JSON: {query, speaker, quotes, reported, article}, or {speakers, article} without a name")
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	a, err := loadArticle(ctx, *path, std.in, cfg.CacheDir)
	if err != nil {
		return err
	}
	eng, err := newQuoteEngine(ctx, a, cfg)
	if err != nil {
		return err
	}
	name := joinArgs(rest)
	if name == "" {
		if *asJSON {
			return writeJSON(std.out, map[string]any{"speakers": eng.Speakers(), "article": infoOf(a)})
		}
		renderSpeakers(std.out, eng.Speakers())
		return nil
	}
	res, found := eng.Quote(name)
	if *asJSON {
		if err := writeJSON(std.out, quoteReport{QuoteResult: res, Article: infoOf(a)}); err != nil {
			return err
		}
		if !found {
			return errNotFound
		}
		return nil
	}
	if !found {
		renderNotFound(std.out, name, res.Suggestions, eng.Speakers())
		return errNotFound
	}
	renderQuotes(std.out, res)
	return nil
}

// renderNotFound says that name matched no speaker, with the speakers it
// may have meant or, when it resembles none, the whole list.
func renderNotFound(w io.Writer, name string, suggestions []string, speakers []answer.SpeakerCount) {
	if len(suggestions) == 1 {
		fmt.Fprintf(w, "%q is too short to be sure: did you mean %s?\n", name, termtext.Clean(suggestions[0]))
		return
	}
	if len(suggestions) > 0 {
		fmt.Fprintf(w, "%q could be more than one speaker: did you mean %s?\n", name, termtext.Clean(orList(suggestions)))
		return
	}
	fmt.Fprintf(w, "Nobody called %q is quoted or named in the article.\n", name)
	var names []string
	for _, s := range speakers {
		names = append(names, s.Name)
	}
	if len(names) > 0 {
		fmt.Fprintf(w, "Speakers: %s.\n", termtext.Clean(strings.Join(names, ", ")))
	}
}

// orList joins names as "A, B or C".
func orList(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// quoteReport is what `quote --json NAME` prints: the quotations and the
// article they come from.
type quoteReport struct {
	answer.QuoteResult
	Article articleInfo `json:"article"`
}
