package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"articlebot/answer"
	"articlebot/internal/fakeopenai"
)

// hostileArticle holds control sequences that would retitle the window,
// clear the screen, plant a hyperlink, ring the bell, overwrite text and
// reorder a line if a terminal received them.
var hostileArticle = "Talks in \x1b]0;pwned\x07Jeddah\x1b[2J\n\n" +
	"The talks will take place in Jeddah\x1b[2J on Tuesday, officials said.\n\n" +
	"\"We want peace\x07 and we want it now\x08\x08\x08,\" said Maria Lopez\u202e, the envoy.\n\n" +
	"A \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ and a \u009b2J C1 sequence sit here.\n\n" +
	strings.Repeat("The delegations met for several hours and agreed to meet again next week in the same city.\n\n", 12)

// assertTerminalSafe fails if out holds a character a terminal acts on.
func assertTerminalSafe(t *testing.T, what, out string) {
	t.Helper()
	for _, r := range out {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Errorf("%s prints %U to the terminal:\n%q", what, r, out)
			return
		}
	}
}

func TestNothingHostileReachesTheTerminal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hostile.txt")
	if err := os.WriteFile(path, []byte(hostileArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
	}{
		{"source", "", []string{"source", "--article", path, "2"}, exitOK},
		{"source heading", "", []string{"source", "--article", path, "1"}, exitOK},
		{"source link", "", []string{"source", "--article", path, "4"}, exitOK},
		{"ask", "", []string{"ask", "--article", path, "Where will the talks take place?"}, exitOK},
		{"ask hostile question", "", []string{"ask", "--article", path, "Where\x1b]0;x\x07 will the talks\x1b[2J take place?"}, exitOK},
		{"quote list", "", []string{"quote", "--article", path}, exitOK},
		{"quote name", "", []string{"quote", "--article", path, "Lopez"}, exitOK},
		{"quote hostile name", "", []string{"quote", "--article", path, "nobody\x1b[2J\u202e"}, exitNotFound},
		{"chat", "Where will the talks take place?\nWhat did Lopez\x1b[2J say?\n", []string{"chat", "--article", path}, exitOK},
		{"bad path", "", []string{"source", "--article", path + "\x1b[2J", "1"}, exitBadInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := cli(t, tt.stdin, nil, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errOut)
			}
			assertTerminalSafe(t, "stdout", out)
			assertTerminalSafe(t, "stderr", errOut)
		})
	}
}

func TestModelTextIsCleanedWhileStreaming(t *testing.T) {
	s := fakeopenai.New(t)
	s.Enqueue(fakeopenai.AnswerChunks("The talks\x1b]0;pwned\x07 take place", " in Jeddah\x1b[2J [1].\u202e"))
	cfg, err := loadConfig(func(k string) string { return llmVars(t, s, false)[k] })
	if err != nil {
		t.Fatal(err)
	}
	eng, _, err := newEngine(context.Background(), "", nil, cfg, newLogger(&bytes.Buffer{}, cfg), "")
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if _, err := askAndShow(context.Background(), eng, answer.Request{Question: "Where will the talks take place?"}, stdio{out: &out, err: &errOut, outTTY: true}); err != nil {
		t.Fatal(err)
	}
	assertTerminalSafe(t, "streamed answer", out.String())
	assertTerminalSafe(t, "stderr", errOut.String())
	if !strings.Contains(out.String(), "Jeddah") {
		t.Errorf("the answer is lost:\n%s", out.String())
	}
}

func TestArticleThatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name       string
		stdin      string
		args       []string
		code       int
		wantOut    string
		wantErrOut string
	}{
		{"directory", "", []string{"source", "--article", dir, "1"}, exitBadInput, "", "is a directory: give --article the path of a text file"},
		{"standard input", "Harbor vote\n\nThe council voted on Monday.\n", []string{"source", "--article", "-", "2"}, exitOK, "The council voted on Monday.", ""},
		{"empty standard input", "", []string{"source", "--article", "-", "1"}, exitBadInput, "", "standard input: article is empty"},
		{"chat cannot read both", "", []string{"chat", "--article", "-"}, exitBadInput, "", "chat reads questions from standard input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := cli(t, tt.stdin, nil, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.wantOut) || !strings.Contains(errOut, tt.wantErrOut) {
				t.Errorf("exit %d (want %d)\nstdout %q (want %q)\nstderr %q (want %q)", code, tt.code, out, tt.wantOut, errOut, tt.wantErrOut)
			}
		})
	}
}

func TestSourceOfAHugeParagraphIsBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	huge := strings.Repeat("all work and no play ", 50000) // 1 MB, no sentence end
	if err := os.WriteFile(path, []byte("Headline\n\n"+huge+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := cli(t, "", nil, "source", "--article", path, "2")
	if code != exitOK || len(out) > 4*maxShown || !strings.Contains(out, "more characters not shown") {
		t.Errorf("exit %d, %d bytes of output, stderr %q", code, len(out), errOut)
	}
	out, _, code = cli(t, "", nil, "ask", "--article", path, "what about work and play?")
	if code != exitOK || len(out) > 8000 {
		t.Errorf("ask: exit %d, %d bytes of output", code, len(out))
	}
}
