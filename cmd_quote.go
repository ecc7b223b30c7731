package main

import (
	"context"
	"fmt"
	"strings"

	"articlebot/termtext"
)

func runQuote(ctx context.Context, args []string, io stdio, getenv env) error {
	fs := newFlags(io, "quote", "[NAME]",
		"Shows what a person or organisation said, word for word, with paragraph\n"+
			"numbers. Names may be partial or misspelled (\"zelensky\", \"witkof\"). Without\n"+
			"a name, lists everyone the article quotes or reports, with counts.",
		"articlebot quote Witkoff",
		"articlebot quote",
		"articlebot quote --json \"von der leyen\"")
	path := articleFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON: {query, speaker, quotes, reported}, or {speakers} without a name")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	a, err := loadArticle(*path)
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
			return writeJSON(io.out, map[string]any{"speakers": eng.Speakers()})
		}
		renderSpeakers(io.out, eng.Speakers())
		return nil
	}
	res, found := eng.Quote(name)
	if *asJSON {
		return writeJSON(io.out, res)
	}
	if !found {
		var names []string
		for _, s := range eng.Speakers() {
			names = append(names, s.Name)
		}
		fmt.Fprintf(io.out, "Nobody called %q is quoted or named in the article.\n", name)
		if len(names) > 0 {
			fmt.Fprintf(io.out, "Speakers: %s.\n", termtext.Clean(strings.Join(names, ", ")))
		}
		return nil
	}
	renderQuotes(io.out, res)
	return nil
}
