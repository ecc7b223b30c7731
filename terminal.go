package main

import (
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
