package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"articlebot/answer"
	"articlebot/termtext"
)

// historyTurns is how many earlier turns a chat question may refer back to.
const historyTurns = 4

func runChat(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "chat", "",
		"Opens an interactive session: type a question and press Enter; follow-up\n"+
			"questions may refer to earlier ones (\"what else did he say?\"). The line\n"+
			"editor knows the arrow keys, Ctrl-A/E and Ctrl-R; Up and Down recall earlier\n"+
			"questions, kept between runs in $XDG_STATE_HOME/articlebot/chat_history\n"+
			"(~/.local/state/articlebot/chat_history). Ctrl-C clears the line or cancels\n"+
			"the answer being written; leave with Ctrl-D, \"exit\" or \"quit\". When the\n"+
			"input is not a terminal (chat < questions.txt), each line is a question and\n"+
			"there is no banner and no prompt.",
		"articlebot chat",
		"articlebot chat --article story.txt")
	path := articleFlag(flags)
	secondOpinion := secondOpinionFlag(flags)
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return argError{msg: "chat takes no arguments: type questions at the prompt (or use `articlebot ask QUESTION`)"}
	}
	if *path == stdinPath {
		return argError{msg: "chat reads questions from standard input, so it cannot read the article there too: save it to a file and give --article FILE"}
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	cfg.SecondOpinion = cfg.SecondOpinion || *secondOpinion
	prog := newProgress(std)
	cfg.onRetry = prog.retrying
	prog.Start("reading the article…")
	bctx, stopWatch := cancelOnInterrupt(ctx, std.interrupts) // Ctrl-C while indexing leaves
	restoreGC := indexingGCFor(cfg, getenv)
	eng, note, err := newEngine(bctx, *path, std.in, cfg, newLogger(std.err, cfg), "")
	restoreGC()
	stopWatch()
	prog.Stop()
	if errors.Is(context.Cause(bctx), errInterrupted) {
		return errInterrupted
	}
	if err != nil {
		return err
	}
	showNote(std, note)
	c := chat{eng: eng, std: std, getenv: getenv, prog: prog}
	if !std.inTTY {
		// Questions come from a pipe or a file: no banner, no prompt, and
		// Ctrl-C stops the whole run.
		ctx, stop := cancelOnInterrupt(ctx, std.interrupts)
		defer stop()
		err := c.loop(ctx, newPlainLines(ctx, std.in))
		if errors.Is(context.Cause(ctx), errInterrupted) {
			return errInterrupted
		}
		return err
	}
	lines, err := newEditorLines(std, "> ", historyFile(getenv))
	if err != nil {
		return err
	}
	defer lines.Close()
	banner, v := screen(std, getenv)
	fmt.Fprintf(banner.out, "Ask about %q (%s).\nCtrl-C cancels an answer, Ctrl-D leaves, Up recalls earlier questions.\n",
		termtext.Clean(eng.Article().Title()), count(len(eng.Article().Paragraphs), "paragraph"))
	if v != nil {
		v.Flush()
	}
	c.interrupts = std.interrupts
	return c.loop(ctx, lines)
}

// chat is one chat session.
type chat struct {
	eng     *answer.Engine
	std     stdio
	getenv  env
	prog    *progress
	history []answer.Turn
	// interrupts, when set, cancel the answer being written, not the
	// session: an interactive session reads Ctrl-C itself.
	interrupts <-chan os.Signal
}

// loop answers each line until the input ends or a line says exit.
func (c *chat) loop(ctx context.Context, lines lineReader) error {
	for {
		line, err := lines.Line()
		switch {
		case errors.Is(err, errLineCleared):
			continue
		case errors.Is(err, io.EOF):
			return nil
		case err != nil:
			return err
		}
		line = strings.TrimSpace(line)
		switch strings.ToLower(line) {
		case "":
			continue
		case "exit", "quit", "/exit", "/quit":
			return nil
		}
		lines.Remember(line)
		if err := c.answer(ctx, line); err != nil {
			return err
		}
	}
}

// answer answers one question. Ctrl-C during it cancels this answer only
// (in an interactive session); an error that ends the session is returned.
func (c *chat) answer(ctx context.Context, question string) error {
	actx := ctx
	if c.interrupts != nil {
		drain(c.interrupts) // a press while nothing ran is not meant for this answer
		var stop func()
		actx, stop = cancelOnInterrupt(ctx, c.interrupts)
		defer stop()
	}
	std, v := screen(c.std, c.getenv)
	if v != nil {
		v.before = c.prog.Stop
	}
	c.prog.Start("waiting for the answer…")
	res, err := askAndShow(actx, c.eng, answer.Request{Question: question, History: c.history}, std)
	c.prog.Stop()
	if v != nil {
		v.Flush()
	}
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case err != nil && errors.Is(context.Cause(actx), errInterrupted):
		fmt.Fprintln(c.std.out, "(answer cancelled)")
		return nil
	case err != nil:
		msg, _ := describe(err)
		fmt.Fprintf(std.out, "Sorry: %s\n\n", termtext.Clean(msg))
		if v != nil {
			v.Flush()
		}
		return nil
	}
	fmt.Fprintln(c.std.out)
	c.history = append(c.history, answer.Turn{Question: question, Answer: res.Answer})
	if len(c.history) > historyTurns {
		c.history = c.history[len(c.history)-historyTurns:]
	}
	return nil
}

// drain empties a channel of interrupts without waiting.
func drain(ch <-chan os.Signal) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}
