package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"articlebot/answer"
	"articlebot/termtext"
)

// historyTurns is how many earlier turns a chat question may refer back to.
const historyTurns = 4

func runChat(ctx context.Context, args []string, io stdio, getenv env) error {
	fs := newFlags(io, "chat", "",
		"Opens an interactive session: type a question and press Enter; follow-up\n"+
			"questions may refer to earlier ones (\"what else did he say?\"). Leave with\n"+
			"Ctrl-D, \"exit\" or \"quit\".",
		"articlebot chat",
		"articlebot chat --article story.txt")
	path := articleFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{msg: "chat takes no arguments: type questions at the prompt (or use `articlebot ask QUESTION`)"}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	eng, err := newEngine(ctx, *path, cfg, newLogger(io.err, cfg))
	if err != nil {
		return err
	}
	interactive := io.inTTY
	if interactive {
		fmt.Fprintf(io.out, "Ask about %q (%d paragraphs). Ctrl-D to leave.\n", eng.Article().Title(), len(eng.Article().Paragraphs))
	}
	var history []answer.Turn
	sc := bufio.NewScanner(io.in)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for {
		if interactive {
			fmt.Fprint(io.out, "> ")
		}
		if !sc.Scan() {
			break
		}
		line := strings.TrimSpace(sc.Text())
		switch strings.ToLower(line) {
		case "":
			continue
		case "exit", "quit", "/exit", "/quit":
			return nil
		}
		res, err := askAndShow(ctx, eng, answer.Request{Question: line, History: history}, io)
		if errors.Is(err, context.Canceled) {
			return nil
		}
		if err != nil {
			msg, _ := describe(err)
			fmt.Fprintf(io.out, "Sorry: %s\n\n", termtext.Clean(msg))
			continue
		}
		fmt.Fprintln(io.out)
		history = append(history, answer.Turn{Question: line, Answer: res.Answer})
		if len(history) > historyTurns {
			history = history[len(history)-historyTurns:]
		}
	}
	if interactive {
		fmt.Fprintln(io.out)
	}
	return sc.Err()
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
