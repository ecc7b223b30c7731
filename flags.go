package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlags makes a flag set whose --help explains the command and gives an
// example. Parse errors are reported by parse, not by the flag package.
func newFlags(std stdio, name, args, about string, examples ...string) *flag.FlagSet {
	flags := flag.NewFlagSet(name, flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.Usage = func() {
		w := std.out
		fmt.Fprintf(w, "Usage: articlebot %s [flags] %s\n\n%s\n\nFlags:\n", name, args, about)
		flags.SetOutput(w)
		flags.PrintDefaults()
		flags.SetOutput(io.Discard)
		fmt.Fprintf(w, "\nExample%s:\n", plural(len(examples)))
		for _, e := range examples {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
	if std.onFlags != nil {
		std.onFlags(flags)
	}
	return flags
}

// articleFlag adds --article to a command's flags.
func articleFlag(flags *flag.FlagSet) *string {
	return flags.String("article", "", "read the article from `PATH`: a text or HTML file, an http(s) URL, or - for standard input (default: the built-in article)")
}

// parse parses flags, allowing them before or after the arguments. --help
// prints the command's usage to standard output and returns flag.ErrHelp.
func parse(flags *flag.FlagSet, args []string) ([]string, error) {
	// The flag package calls Usage on every error; only --help shows it.
	help := flags.Usage
	flags.Usage = func() {}
	defer func() { flags.Usage = help }()
	var rest []string
	for {
		if err := flags.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				help()
				return nil, err
			}
			return nil, argError{msg: err.Error()}
		}
		args = flags.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// secondOpinionFlag adds --second-opinion to a command that answers with a
// model.
func secondOpinionFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("second-opinion", false, "let the citation gate ask the model yes/no about claims it finds borderline\n(one short extra request; also GATE_SECOND_OPINION=true)")
}
