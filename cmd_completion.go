package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

func runCompletion(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "completion", "bash|zsh|fish",
		"Prints a shell completion script: subcommands, their flags, files after\n"+
			"--article, and the article's speakers after quote (read from the article\n"+
			"given with --article, else the built-in one). Load it from your shell's\n"+
			"start-up file. `articlebot completion speakers [--article PATH]` lists the\n"+
			"speakers, one a line, for the scripts.",
		"source <(articlebot completion bash)        # in ~/.bashrc",
		"source <(articlebot completion zsh)         # in ~/.zshrc, after compinit",
		"articlebot completion fish > ~/.config/fish/completions/articlebot.fish")
	path := articleFlag(flags)
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return argError{msg: "completion takes one shell name: bash, zsh or fish"}
	}
	if rest[0] == "speakers" {
		eng, _, err := quoteEngineFor(ctx, *path, std, getenv)
		if err != nil {
			return err
		}
		for _, s := range eng.Speakers() {
			fmt.Fprintln(std.out, completionWord(s.Name))
		}
		return nil
	}
	specs := commandSpecs(ctx, getenv)
	switch rest[0] {
	case "bash":
		writeBash(std.out, specs)
	case "zsh":
		writeZsh(std.out, specs)
	case "fish":
		writeFish(std.out, specs)
	default:
		return argError{msg: fmt.Sprintf("completion knows bash, zsh and fish, not %q", rest[0])}
	}
	return nil
}

// completionWord keeps a name on one line and out of shell syntax.
func completionWord(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune("'\"`$\\", r) {
			return -1
		}
		return r
	}, s)
}

// commandSpec is what completion knows of a command.
type commandSpec struct {
	name, summary string
	flags         []flagSpec
}

type flagSpec struct {
	name, usage string
	file        bool // takes a file name
	boolean     bool
}

// commandSpecs collects each command's flags by asking it for its help:
// newFlags hands the flag set over before the command parses --help, so
// the scripts always match the commands.
func commandSpecs(ctx context.Context, getenv env) []commandSpec {
	var specs []commandSpec
	for _, c := range commands() {
		spec := commandSpec{name: c.name, summary: c.summary}
		var sets []*flag.FlagSet
		std := stdio{in: strings.NewReader(""), out: io.Discard, err: io.Discard,
			onFlags: func(fs *flag.FlagSet) { sets = append(sets, fs) }}
		if c.name != "completion" {
			_ = c.run(ctx, []string{"--help"}, std, getenv)
		} else {
			sets = append(sets, newCompletionFlags())
		}
		for _, fs := range sets {
			fs.VisitAll(func(f *flag.Flag) {
				name, _ := flag.UnquoteUsage(f)
				b, isBool := f.Value.(interface{ IsBoolFlag() bool })
				spec.flags = append(spec.flags, flagSpec{name: f.Name, usage: firstLine(f.Usage),
					file: name == "PATH" || name == "FILE", boolean: isBool && b.IsBoolFlag()})
			})
		}
		sort.Slice(spec.flags, func(i, j int) bool { return spec.flags[i].name < spec.flags[j].name })
		specs = append(specs, spec)
	}
	return specs
}

// newCompletionFlags are completion's own flags, without running it.
func newCompletionFlags() *flag.FlagSet {
	fs := flag.NewFlagSet("completion", flag.ContinueOnError)
	articleFlag(fs)
	return fs
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
