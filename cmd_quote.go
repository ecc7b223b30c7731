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
	eng, a, err := quoteEngineFor(ctx, *path, std, getenv)
	if err != nil {
		return err
	}
	name := joinArgs(rest)
	if name == "" {
		if *asJSON {
			return writeJSON(std.out, map[string]any{"speakers": eng.Speakers(), "article": infoOf(a)})
		}
		w, flush := screenOut(std, getenv)
		defer flush()
		renderSpeakers(w, eng.Speakers())
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
	w, flush := screenOut(std, getenv)
	defer flush()
	if !found {
		renderNotFound(w, res, eng.Speakers())
		return errNotFound
	}
	renderQuotes(w, res)
	return nil
}

// renderNotFound says that a name matched no speaker, or several, with the
// speakers it may have meant (and their roles) or, when it resembles none,
// the whole list.
func renderNotFound(w io.Writer, res answer.QuoteResult, speakers []answer.SpeakerCount) {
	name, suggestions := res.Query, res.Suggestions
	switch {
	case res.Ambiguous:
		// Roles tell apart people who share a name.
		fmt.Fprintf(w, "%q fits more than one person: %s. Which did you mean?\n", name, termtext.Clean(orList(withRoles(suggestions, speakers))))
		return
	case len(suggestions) == 1:
		fmt.Fprintf(w, "Nobody is called exactly %q: did you mean %s?\n", name, termtext.Clean(suggestions[0]))
		return
	case len(suggestions) > 0:
		fmt.Fprintf(w, "Nobody is called exactly %q: did you mean %s?\n", name, termtext.Clean(orList(suggestions)))
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

// withRoles writes each name with the first role the article gives it:
// "Jane Doe (mayor)".
func withRoles(names []string, speakers []answer.SpeakerCount) []string {
	roles := map[string]string{}
	for _, s := range speakers {
		if len(s.Roles) > 0 {
			roles[s.Name] = s.Roles[0]
		}
	}
	out := make([]string, 0, len(names))
	for _, n := range names {
		if r := roles[n]; r != "" {
			n += " (" + r + ")"
		}
		out = append(out, n)
	}
	return out
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
