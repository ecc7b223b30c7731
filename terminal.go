package main

import (
	"io"
	"os"

	"golang.org/x/term"
)

// isTerminal reports whether f is an interactive terminal. /dev/null is a
// character device but not a terminal: term.IsTerminal asks the terminal
// driver (isatty), which tells them apart.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}

// screenOut is screen for a command that writes once and leaves: it
// returns the writer and a func that flushes it.
func screenOut(std stdio, getenv env) (io.Writer, func()) {
	out, v := screen(std, getenv)
	if v == nil {
		return out.out, func() {}
	}
	return out.out, func() { v.Flush() }
}

// screen adapts std for a person at a terminal: when standard output is
// one, it becomes a view wrapped to the terminal's width and coloured,
// unless NO_COLOR is set (https://no-color.org) or TERM is dumb. Elsewhere
// std comes back unchanged and v is nil. Call it for each answer, so that
// a resized window is honoured.
func screen(std stdio, getenv env) (out stdio, v *view) {
	if !std.outTTY {
		return std, nil
	}
	cols, rows := 0, 0
	if f, ok := std.out.(*os.File); ok {
		if w, h, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			cols, rows = w, h
		}
	}
	color := getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
	v = newView(std.out, cols, color)
	v.height = rows
	std.out = v
	return std, v
}
