package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"articlebot/termtext"
)

// Exit statuses, documented in README.md.
const (
	exitOK          = 0
	exitError       = 1 // something failed at run time
	exitNotFound    = 1 // a lookup matched nothing (quote NAME), as grep does
	exitBadInput    = 2 // the user's input, flags or configuration need fixing
	exitInterrupted = 130
	exitTerminated  = 143
)

// errInterrupted and errTerminated are the causes of a context cancelled by
// Ctrl-C (SIGINT) and by SIGTERM.
var (
	errInterrupted = errors.New("interrupted")
	errTerminated  = errors.New("terminated")
)

// env reads one environment variable; tests pass a map's lookup.
type env func(string) string

// stdio is what a command gets from its process besides arguments and
// environment: the standard streams, whether they are interactive
// terminals, the Ctrl-C presses and the .env file the configuration came
// from.
type stdio struct {
	in                    io.Reader
	out, err              io.Writer
	inTTY, outTTY, errTTY bool

	// interrupts delivers Ctrl-C presses. Nil when none can arrive.
	// Commands other than an interactive chat never read it: run turns the
	// first press into the cancellation of their context.
	interrupts <-chan os.Signal
	// envFile is the .env file that was read, "" when there was none.
	envFile string
	// onFlags, when set, is given each command's flag set as it is made:
	// shell completion collects the flags this way.
	onFlags func(*flag.FlagSet)
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, std stdio, getenv env) error
	// ownsInterrupts marks a command that reads std.interrupts itself.
	ownsInterrupts bool
}

func commands() []command {
	return []command{
		{name: "ask", summary: "answer one question with citations", run: runAsk},
		{name: "quote", summary: "show a speaker's verbatim quotations, or list speakers", run: runQuote},
		{name: "chat", summary: "ask questions interactively, one per line", run: runChat, ownsInterrupts: true},
		{name: "source", summary: "print an article paragraph by number, to check a citation", run: runSource},
		{name: "eval", summary: "score the engine on a question set", run: runEval},
		{name: "doctor", summary: "check the configuration and the model endpoint, and say what to fix", run: runDoctor},
		{name: "serve", summary: "run the Discord bot", run: runServe},
		{name: "healthcheck", summary: "exit 0 if a running serve's /healthz says it is healthy", run: runHealthcheck},
		{name: "completion", summary: "print a shell completion script (bash, zsh or fish)", run: runCompletion},
		{name: "version", summary: "print the version", run: runVersion},
	}
}

// run is the whole program with the streams given: tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv env) int {
	std := stdio{in: stdin, out: stdout, err: stderr,
		inTTY: isTerminal(stdin), outTTY: isTerminal(stdout), errTTY: isTerminal(stderr)}
	return runWith(ctx, args, std, getenv)
}

// runWith runs the command args name and returns the exit status.
func runWith(ctx context.Context, args []string, std stdio, getenv env) int {
	if len(args) == 0 {
		usage(std.err)
		return exitBadInput
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) == 1 {
			usage(std.out)
			return exitOK
		}
		args = []string{args[1], "--help"} // "help ask" is "ask --help"
	case "-version", "--version":
		args = []string{"version"}
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		cctx := ctx
		if !c.ownsInterrupts && std.interrupts != nil {
			var stop func()
			cctx, stop = cancelOnInterrupt(ctx, std.interrupts)
			defer stop()
		}
		err := c.run(cctx, args[1:], std, getenv)
		return report(std.err, c.name, err, context.Cause(cctx))
	}
	if strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(std.err, "articlebot: %s must follow a command, e.g. articlebot ask %s QUESTION\n", args[0], args[0])
	} else {
		fmt.Fprintf(std.err, "articlebot: unknown command %q\n", args[0])
	}
	fmt.Fprintln(std.err, "Run 'articlebot --help' for the list of commands.")
	return exitBadInput
}

// cancelOnInterrupt returns a context cancelled, with errInterrupted as its
// cause, at the first Ctrl-C. stop ends the watch.
func cancelOnInterrupt(ctx context.Context, interrupts <-chan os.Signal) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	done := make(chan struct{})
	go func() { // exits at the first interrupt or at stop
		select {
		case <-interrupts:
			cancel(errInterrupted)
		case <-done:
		}
	}()
	return ctx, func() { close(done); cancel(nil) }
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "articlebot answers questions about a news article, with citations you can check.")
	fmt.Fprintln(w, "\nUsage:\n  articlebot <command> [flags] [arguments]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'articlebot <command> --help' for a command's flags and an example.")
	fmt.Fprintln(w, "ask, quote, chat, source, eval and serve take --article PATH to use another")
	fmt.Fprintln(w, "article than the built-in one.")
	fmt.Fprintln(w, "\nExample:\n  articlebot ask \"What did Witkoff say?\"")
}

// report prints err for a person and returns the exit status. cause is the
// cancellation cause of the command's context, if any: a command stopped by
// Ctrl-C or SIGTERM exits quietly with 130 or 143.
func report(w io.Writer, name string, err, cause error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errNotFound):
		return exitNotFound // the command's output says what was not found
	case errors.Is(err, errInterrupted), errors.Is(cause, errInterrupted) && errors.Is(err, context.Canceled):
		return exitInterrupted
	case errors.Is(cause, errTerminated) && errors.Is(err, context.Canceled):
		return exitTerminated
	}
	msg, code := describe(err)
	fmt.Fprintf(w, "articlebot: %s\n", termtext.Clean(msg))
	var ae argError
	if errors.As(err, &ae) {
		fmt.Fprintf(w, "Run 'articlebot %s --help' for usage.\n", name)
	}
	return code
}

// errNotFound is returned by a command whose output already says that the
// lookup found nothing; the program exits 1 without another message.
var errNotFound = errors.New("not found")

// usageError is input that needs fixing: a configuration value, a file.
type usageError struct {
	msg string
}

func (e usageError) Error() string { return e.msg }

// argError is a mistake in the command line itself; its report ends with a
// line saying how to get the command's help.
type argError struct {
	msg string
}

func (e argError) Error() string { return e.msg }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// count writes n and noun, with the noun in the plural unless n is 1.
func count(n int, noun string) string {
	return fmt.Sprintf("%d %s%s", n, noun, plural(n))
}

func joinArgs(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }
