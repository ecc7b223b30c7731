package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"articlebot/termtext"
)

// Exit statuses.
const (
	exitOK       = 0
	exitError    = 1 // something failed at run time
	exitBadInput = 2 // the user's input or flags need fixing
)

// env reads one environment variable; tests pass a map's lookup.
type env func(string) string

// stdio carries the program's standard streams, and whether the input
// and output are an interactive terminal.
type stdio struct {
	in            io.Reader
	out, err      io.Writer
	inTTY, outTTY bool
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, io stdio, getenv env) error
}

func commands() []command {
	return []command{
		{"ask", "answer one question with citations", runAsk},
		{"quote", "show a speaker's verbatim quotations, or list speakers", runQuote},
		{"chat", "ask questions interactively, one per line", runChat},
		{"source", "print an article paragraph by number, to check a citation", runSource},
		{"eval", "score the engine on a question set", runEval},
		{"doctor", "check the configured model endpoint and say what to fix", runDoctor},
		{"serve", "run the Discord bot", runServe},
	}
}

// run is the whole program: main only wires signals and the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv env) int {
	io := stdio{in: stdin, out: stdout, err: stderr, inTTY: isTerminal(stdin), outTTY: isTerminal(stdout)}
	help := len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help")
	switch {
	case len(args) == 0:
		usage(stderr)
		return exitBadInput
	case help && len(args) == 1:
		usage(stdout)
		return exitOK
	case help:
		args = []string{args[1], "--help"} // "help ask" is "ask --help"
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], io, getenv)
		return report(stderr, err)
	}
	fmt.Fprintf(stderr, "articlebot: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitBadInput
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "articlebot answers questions about a news article, with citations you can check.")
	fmt.Fprintln(w, "\nUsage:\n  articlebot <command> [flags] [arguments]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-7s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'articlebot <command> --help' for a command's flags and an example.")
	fmt.Fprintln(w, "Every command takes --article PATH to use another article than the built-in one.")
	fmt.Fprintln(w, "\nExample:\n  articlebot ask \"What did Witkoff say?\"")
}

// report prints err for a person and returns the exit status.
func report(w io.Writer, err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	msg, code := describe(err)
	if ue, ok := err.(usageError); !ok || !ue.printed {
		fmt.Fprintf(w, "articlebot: %s\n", termtext.Clean(msg))
	}
	return code
}

// newFlags makes a flag set whose --help explains the command and gives an
// example.
func newFlags(io stdio, name, args, about string, examples ...string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.err)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: articlebot %s [flags] %s\n\n%s\n\nFlags:\n", name, args, about)
		fs.PrintDefaults()
		fmt.Fprintf(w, "\nExample%s:\n", plural(len(examples)))
		for _, e := range examples {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
	return fs
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// parse parses flags, allowing them before or after the arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			// The flag package has already printed the error and usage.
			return nil, usageError{msg: err.Error(), printed: true}
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// usageError is a mistake in how the program was called.
type usageError struct {
	msg     string
	printed bool
}

func (e usageError) Error() string { return e.msg }

func joinArgs(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }
