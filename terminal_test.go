package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"

	"github.com/creack/pty"
)

func TestChatHistoryKeptBetweenRuns(t *testing.T) {
	dir := t.TempDir()
	env := termEnv(t, dir)
	s := startTerminal(t, env, 100, "chat")
	s.expectAfter("Ask about", "> ")
	if !strings.Contains(s.output(), "Ask about") {
		t.Errorf("no banner on a terminal:\n%s", s.output())
	}
	s.send("What did Witkoff say?\r")
	s.expect("Sources:", 1)
	s.expectAfter("Sources:", "> ")
	s.send("never asked\x03") // Ctrl-C clears the line, without answering it
	s.expect("^C", 1)
	s.expectAfter("^C", "> ")
	s.send("exit\r") // leaving is not a question to recall
	if code := s.wait(); code != exitOK {
		t.Fatalf("exit %d after Ctrl-D", code)
	}
	history, err := os.ReadFile(filepath.Join(dir, "state", "articlebot", "chat_history"))
	if err != nil || strings.TrimSpace(string(history)) != "What did Witkoff say?" {
		t.Fatalf("history file: got %q (%v), want the one question asked", history, err)
	}

	s = startTerminal(t, env, 100, "chat")
	s.expect("> ", 1)
	s.send("\x1b[A") // Up: the question from the last run
	s.expect("What did Witkoff say?", 1)
	s.send("\r")
	s.expect("Sources:", 1)
	s.expectAfter("Sources:", "> ")
	s.send("\x04")
	if code := s.wait(); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(visible(s.output()), "¶5") {
		t.Errorf("the recalled question was not answered:\n%s", s.output())
	}
}

func TestChatCtrlCCancelsTheAnswer(t *testing.T) {
	fake := fakeopenai.New(t)
	fake.Respond(func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
		return fakeopenai.StallBeforeHeaders(time.Minute)
	})
	s := startTerminal(t, termEnv(t, t.TempDir(), "OPENAI_BASE_URL="+fake.URL(), "CHAT_MODEL="+fakeopenai.DefaultChatModel), 100, "chat")
	s.expect("> ", 1)
	s.send("Where will the talks take place?\r")
	waitFor(t, func() bool { return len(fake.ChatRequests()) > 0 }, "the question to reach the model")
	s.send("\x03")
	s.expect("(answer cancelled)", 1)
	s.expectAfter("(answer cancelled)", "> ")
	s.send("\x04")
	if code := s.wait(); code != exitOK {
		t.Fatalf("exit %d; want 0 after Ctrl-D:\n%s", code, s.output())
	}
	if out := s.output(); strings.Contains(out, "context canceled") || strings.Contains(out, "Sorry") {
		t.Errorf("a cancelled answer is not an error:\n%s", out)
	}
}

func TestAskCtrlCExits130(t *testing.T) {
	fake := fakeopenai.New(t)
	fake.Respond(func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
		return fakeopenai.StallBeforeHeaders(time.Minute)
	})
	s := startTerminal(t, termEnv(t, t.TempDir(), "OPENAI_BASE_URL="+fake.URL(), "CHAT_MODEL="+fakeopenai.DefaultChatModel),
		100, "ask", "Where will the talks take place?")
	waitFor(t, func() bool { return len(fake.ChatRequests()) > 0 }, "the question to reach the model")
	s.send("\x03")
	if code := s.wait(); code != exitInterrupted {
		t.Errorf("exit %d, want %d", code, exitInterrupted)
	}
	<-s.done
	if out := s.output(); strings.Contains(out, "cancel") || strings.Contains(out, "articlebot:") {
		t.Errorf("Ctrl-C printed an error:\n%s", out)
	}
}

func TestTerminalWrapsAndColours(t *testing.T) {
	const cols = 44
	for _, noColor := range []bool{false, true} {
		vars := []string{}
		if noColor {
			vars = append(vars, "NO_COLOR=1")
		}
		s := startTerminal(t, termEnv(t, t.TempDir(), vars...), cols, "ask", "What did Witkoff say?")
		if code := s.wait(); code != exitOK {
			t.Fatalf("exit %d", code)
		}
		<-s.done
		out := s.output()
		if got := sgrRE.MatchString(out); got == noColor {
			t.Errorf("NO_COLOR=%v: colour codes present: %v, want %v:\n%q", noColor, got, !noColor, out)
		}
		if !noColor && !strings.Contains(out, sgrMarker+"[1]"+sgrReset) {
			t.Errorf("markers are not coloured:\n%q", out)
		}
		lines := strings.Split(visible(out), "\n")
		hanging := false
		for i, line := range lines {
			if textWidth(line) > cols {
				t.Errorf("line wider than %d columns: %q", cols, line)
			}
			if strings.HasPrefix(line, "  [1] ¶4  ") && i+1 < len(lines) && strings.HasPrefix(lines[i+1], strings.Repeat(" ", 10)) && lines[i+1][10] != ' ' {
				hanging = true
			}
		}
		if !hanging {
			t.Errorf("the first source has no hanging indent:\n%s", visible(out))
		}
		words := strings.Fields(visible(out))
		for _, w := range []string{"Witkoff", "Jeddah,", "Saudi", "ceasefire"} {
			if !contains(words, w) {
				t.Errorf("word %q was split or lost:\n%s", w, visible(out))
			}
		}
	}
}

func TestChatFromAPipeHasNoPrompt(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx.Close()
	cmd := exec.Command(os.Args[0], "chat")
	cmd.Env = termEnv(t, t.TempDir())
	cmd.Dir = t.TempDir()
	cmd.Stdin = strings.NewReader("What did Witkoff say?\nWhere will the talks take place?\n")
	cmd.Stdout, cmd.Stderr = tty, tty
	var out bytes.Buffer
	copied := make(chan struct{})
	go func() { io.Copy(&out, ptmx); close(copied) }() // ends when the terminal closes
	if err := cmd.Run(); err != nil {
		t.Fatalf("chat with piped questions: %v", err)
	}
	tty.Close()
	<-copied
	got := visible(out.String())
	if strings.Contains(got, "> ") || strings.Contains(got, "Ask about") {
		t.Errorf("a pipe got a banner or a prompt:\n%s", got)
	}
	if strings.Count(got, "Sources:") != 2 {
		t.Errorf("want both questions answered:\n%s", got)
	}
}

func TestChatFromDevNull(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"chat"}, null, &out, &errb, func(string) string { return "" })
	if code != exitOK || out.Len() != 0 || errb.Len() != 0 {
		t.Errorf("chat < /dev/null: exit %d, stdout %q, stderr %q; want 0 and nothing", code, out.String(), errb.String())
	}
}

func TestChatFromAPipeStopsAtCtrlC(t *testing.T) {
	stdin, feed := io.Pipe()
	defer feed.Close()
	interrupts := make(chan os.Signal, 1)
	var out, errb bytes.Buffer
	std := stdio{in: stdin, out: &out, err: &errb, interrupts: interrupts}
	done := make(chan int, 1)
	go func() {
		done <- runWith(context.Background(), []string{"chat"}, std, func(string) string { return "" })
	}()
	if _, err := io.WriteString(feed, "What did Witkoff say?\n"); err != nil {
		t.Fatal(err)
	}
	interrupts <- os.Interrupt // the pipe's writer is silent from now on
	select {
	case code := <-done:
		if code != exitInterrupted || errb.Len() != 0 {
			t.Errorf("got exit %d, stderr %q; want %d and nothing", code, errb.String(), exitInterrupted)
		}
	case <-time.After(waitLimit):
		t.Fatal("chat kept waiting for the pipe after Ctrl-C")
	}
}
