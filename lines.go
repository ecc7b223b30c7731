package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"

	"github.com/chzyer/readline"
)

// errLineCleared is returned by lineReader.Line when Ctrl-C cleared the
// line being typed.
var errLineCleared = errors.New("line cleared")

// lineReader yields the lines a user types or pipes in.
type lineReader interface {
	// Line returns the next line without its newline; io.EOF at the end
	// (Ctrl-D on an empty line), errLineCleared after Ctrl-C.
	Line() (string, error)
	// Remember adds a question to the history Up recalls.
	Remember(question string)
	Close() error
}

// plainLines reads lines from a pipe or a file: no prompt, no echo. Lines
// are read ahead by a goroutine, so that Line returns as soon as ctx is
// done even while the writer of a pipe is silent.
type plainLines struct {
	ctx   context.Context
	lines chan string
	err   error // set before lines is closed
}

func newPlainLines(ctx context.Context, r io.Reader) *plainLines {
	p := &plainLines{ctx: ctx, lines: make(chan string)}
	go func() { // exits at the end of the input, or when ctx is done and a line was read
		defer close(p.lines)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 4096), 1<<20)
		for sc.Scan() {
			select {
			case p.lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		p.err = sc.Err()
	}()
	return p
}

func (p *plainLines) Line() (string, error) {
	select {
	case <-p.ctx.Done():
		return "", p.ctx.Err()
	case line, ok := <-p.lines:
		if ok {
			return line, nil
		}
		if p.err != nil {
			return "", p.err
		}
		return "", io.EOF
	}
}

func (p *plainLines) Remember(string) {}

func (p *plainLines) Close() error { return nil }

// editorLines reads lines from a terminal with a line editor: arrow keys,
// Ctrl-A/E, Ctrl-R to search the history, Up/Down through it, history kept
// in a file between runs.
type editorLines struct{ rl *readline.Instance }

// newEditorLines starts the line editor on the terminal std.in; history
// is the history file ("" keeps it for this run only). The prompt and the
// echo go to standard output, or to standard error when standard output is
// not the terminal.
func newEditorLines(std stdio, prompt, history string) (*editorLines, error) {
	out := std.out
	if !std.outTTY {
		out = std.err
	}
	in, ok := std.in.(*os.File)
	if !ok {
		return nil, errors.New("the line editor needs a terminal")
	}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:            prompt,
		HistoryFile:       history,
		HistoryLimit:      1000,
		HistorySearchFold: true,
		// Only questions are kept: not blank lines, "exit", or a line
		// cleared with Ctrl-C.
		DisableAutoSaveHistory: true,
		InterruptPrompt:        "^C",
		EOFPrompt:              "\n",
		Stdin:                  in,
		Stdout:                 out,
		Stderr:                 std.err,
	})
	if err != nil {
		return nil, err
	}
	return &editorLines{rl: rl}, nil
}

func (e *editorLines) Line() (string, error) {
	line, err := e.rl.Readline()
	if errors.Is(err, readline.ErrInterrupt) {
		return "", errLineCleared
	}
	return line, err
}

// Remember saves a question to the history file; a failure to save only
// costs the history.
func (e *editorLines) Remember(question string) { _ = e.rl.SaveHistory(question) }

func (e *editorLines) Close() error { return e.rl.Close() }

// historyFile is where chat keeps its history: articlebot/chat_history in
// the user's state directory ($XDG_STATE_HOME, else ~/.local/state). The
// directory is made, readable by the user only; "" when that fails.
func historyFile(getenv env) string {
	dir := getenv("XDG_STATE_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".local", "state")
	}
	dir = filepath.Join(dir, "articlebot")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return ""
	}
	return filepath.Join(dir, "chat_history")
}
