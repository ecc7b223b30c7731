package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"articlebot/answer"
	"articlebot/llm"
	"articlebot/termtext"
)

// askAndShow asks a question and writes the answer for a person. On a
// terminal, a model's answer is printed as it streams; once the gate has
// checked it, the streamed draft is erased and the checked answer drawn in
// its place, so the reader sees one answer, never the unchecked draft
// above the checked one (and no draft at all when the answer fails).
// Where the draft cannot be erased (its lines are not known, or it has
// scrolled past the top of the screen), the checked answer follows it
// under a heading.
func askAndShow(ctx context.Context, eng *answer.Engine, req answer.Request, std stdio) (answer.Result, error) {
	var streamed strings.Builder
	var onDelta func(string)
	rd, canErase := std.out.(eraser)
	start := 0
	if eng.Mode() == answer.LLM && std.outTTY {
		if canErase {
			start = rd.Lines()
		}
		onDelta = func(s string) {
			streamed.WriteString(s)
			fmt.Fprint(std.out, termtext.Clean(s))
		}
	}
	res, err := eng.Ask(ctx, req, onDelta)
	erased := false
	if streamed.Len() > 0 {
		if canErase {
			erased = eraseDraft(std.out, rd, start)
		}
		if !erased {
			fmt.Fprintln(std.out)
		}
	}
	if err != nil {
		return res, err
	}
	explainFault(std, res.Fault)
	switch {
	case streamed.Len() == 0 || erased:
		renderAnswer(std.out, res)
	case strings.TrimSpace(streamed.String()) != res.Answer:
		fmt.Fprintf(std.out, "\nChecked against the article:\n%s\n", termtext.Clean(res.Answer))
		renderFooter(std.out, res)
	default:
		renderFooter(std.out, res)
	}
	return res, nil
}

// eraser is a terminal writer that knows how many lines it has written
// and how many the screen has (see view).
type eraser interface {
	Flush() error
	Lines() int
	Height() int
}

// eraseDraft moves the cursor back to the start of what was written since
// line start and erases to the end of the screen: carriage return, cursor
// up (CUU), erase in display (ED). It reports false, erasing nothing, when
// the screen's size is unknown or the draft reaches past its top, where the
// cursor cannot go.
func eraseDraft(w io.Writer, rd eraser, start int) bool {
	_ = rd.Flush()
	rows := rd.Lines() - start
	if h := rd.Height(); h == 0 || rows >= h-1 {
		return false // unknown size: the terminal may have wrapped lines we did not count
	}
	seq := "\r"
	if rows > 0 {
		seq += fmt.Sprintf("\x1b[%dA", rows)
	}
	fmt.Fprint(w, seq+"\x1b[J")
	return true
}

// explainFault tells a terminal user what to change when the model failed
// for a reason they can fix (a wrong key, URL or model name).
func explainFault(std stdio, fault error) {
	var le *llm.Error
	if fault == nil || !errors.As(fault, &le) {
		return
	}
	switch le.Kind {
	case llm.KindAuth, llm.KindNotFound, llm.KindContextLength, llm.KindUnavailable, llm.KindTimeout:
		fmt.Fprintf(std.err, "articlebot: model: %s\n", termtext.Clean(le.UserMessage()))
	}
}

// showNote tells a terminal user, once, how the engine was built when that
// is news (the embedding cache rebuilt, the local embedder used instead).
func showNote(std stdio, note string) {
	if note != "" {
		fmt.Fprintf(std.err, "articlebot: note: %s\n", termtext.Clean(note))
	}
}
