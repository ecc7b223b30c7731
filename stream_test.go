package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"

	"articlebot/answer"
	"articlebot/internal/fakeopenai"
)

// screenAfter replays what a program wrote to a terminal on a virtual
// screen that understands the sequences askAndShow uses (carriage return,
// line feed, cursor up, erase in display) and skips colours, and returns
// the lines left on it.
func screenAfter(out string) []string {
	lines := []string{""}
	row, col := 0, 0
	put := func(r rune) {
		line := []rune(lines[row])
		for len(line) < col {
			line = append(line, ' ')
		}
		if col < len(line) {
			line[col] = r
		} else {
			line = append(line, r)
		}
		lines[row] = string(line)
		col++
	}
	rs := []rune(out)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '\r':
			col = 0
		case r == '\n':
			row++
			col = 0
			if row == len(lines) {
				lines = append(lines, "")
			}
		case r == 0x1b && i+1 < len(rs) && rs[i+1] == '[':
			j := i + 2
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == ';') {
				j++
			}
			n, _ := strconv.Atoi(string(rs[i+2 : j]))
			switch rs[j] {
			case 'A':
				row = max(row-max(n, 1), 0)
			case 'J':
				lines[row] = string([]rune(lines[row])[:min(col, len([]rune(lines[row])))])
				lines = lines[:row+1]
			}
			i = j
		default:
			put(r)
		}
	}
	return lines
}

// TestDraftReplacedOnATerminal: the streamed draft, with a citation the
// gate moves and a sentence it removes, is erased, and the checked answer
// is the only answer left on the screen.
func TestDraftReplacedOnATerminal(t *testing.T) {
	s := fakeopenai.New(t, fakeopenai.WithChunkSize(7))
	s.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		n := ""
		for _, src := range fakeopenai.PromptSources(req) {
			if !strings.Contains(src.Text, "Jeddah") {
				n = src.N
			}
		}
		return fakeopenai.Answer("Witkoff said the talks will occur in Jeddah, Saudi Arabia on Sunday [" + n + "]. " +
			"He added that Putin will attend the talks in person [" + n + "].")
	})
	vars := llmVars(t, s, false)
	vars["LLM_FIRST_TOKEN_TIMEOUT"] = "20s" // a loaded machine must not turn this into a fallback
	cfg, err := loadConfig(func(k string) string { return vars[k] })
	if err != nil {
		t.Fatal(err)
	}
	eng, _, err := newEngine(context.Background(), "", nil, cfg, newLogger(io.Discard, cfg), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{40, 100} {
		var buf bytes.Buffer
		v := newView(&buf, width, false)
		v.height = 50
		fmt.Fprintln(v, "> where are the talks?")
		res, err := askAndShow(context.Background(), eng, answer.Request{Question: "Where will the talks take place?"}, stdio{out: v, err: io.Discard, outTTY: true})
		if err != nil {
			t.Fatal(err)
		}
		_ = v.Flush()
		shown := strings.Join(screenAfter(buf.String()), "\n")
		if !strings.Contains(buf.String(), "Putin will attend") {
			t.Fatalf("width %d: the draft was not streamed:\n%s", width, buf.String())
		}
		flat := strings.Join(strings.Fields(shown), " ")
		if strings.Contains(flat, "in person [") || strings.Contains(shown, "Checked against the article") {
			t.Errorf("width %d: the draft stayed on the screen:\n%s", width, shown)
		}
		if !strings.HasPrefix(shown, "> where are the talks?\n") || !strings.Contains(flat, "on Sunday [1].") {
			t.Errorf("width %d: screen:\n%s\nwant the question, then the checked answer %q", width, shown, res.Answer)
		}
		if !strings.Contains(shown, "Warning: removed a sentence") {
			t.Errorf("width %d: screen lacks the warning:\n%s", width, shown)
		}
	}
}
