package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strings"

	"articlebot/answer"
	"articlebot/termtext"
)

// historyTurns is how many earlier turns a chat question may refer back to.
const historyTurns = 4

func runChat(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "chat", "",
		"Opens an interactive session: type a question and press Enter; follow-up\n"+
			"questions may refer to earlier ones (\"what else did he say?\"). Leave with\n"+
			"Ctrl-D, \"exit\" or \"quit\".",
		"articlebot chat",
		"articlebot chat --article story.txt")
	path := articleFlag(flags)
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return argError{msg: "chat takes no arguments: type questions at the prompt (or use `articlebot ask QUESTION`)"}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	eng, err := newEngine(ctx, *path, cfg, newLogger(std.err, cfg))
	if err != nil {
		return err
	}
	interactive := std.inTTY
	if interactive {
		fmt.Fprintf(std.out, "Ask about %q (%d paragraphs). Ctrl-D to leave.\n", eng.Article().Title(), len(eng.Article().Paragraphs))
	}
	var history []answer.Turn
	sc := bufio.NewScanner(std.in)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for {
		if interactive {
			fmt.Fprint(std.out, "> ")
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
		res, err := askAndShow(ctx, eng, answer.Request{Question: line, History: history}, std)
		if errors.Is(err, context.Canceled) {
			return nil
		}
		if err != nil {
			msg, _ := describe(err)
			fmt.Fprintf(std.out, "Sorry: %s\n\n", termtext.Clean(msg))
			continue
		}
		fmt.Fprintln(std.out)
		history = append(history, answer.Turn{Question: line, Answer: res.Answer})
		if len(history) > historyTurns {
			history = history[len(history)-historyTurns:]
		}
	}
	if interactive {
		fmt.Fprintln(std.out)
	}
	return sc.Err()
}
