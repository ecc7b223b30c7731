package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"

	"github.com/creack/pty"
)

// TestMain lets a test run the program itself in a child process (see
// startTerminal): with ARTICLEBOT_RUN_MAIN=1 the test binary is articlebot.
func TestMain(m *testing.M) {
	if os.Getenv("ARTICLEBOT_RUN_MAIN") == "1" {
		os.Exit(mainStatus())
	}
	os.Exit(m.Run())
}

// waitLimit bounds every wait for the program's output; it is a guard
// against a hang, not a measure of speed.
const waitLimit = 30 * time.Second

// session is the program running in a pseudo-terminal, as a person at a
// terminal would run it: stdin, stdout and stderr are the terminal, and
// Ctrl-C reaches the program as SIGINT through the terminal driver.
type session struct {
	t   *testing.T
	pty *os.File
	cmd *exec.Cmd

	mu   sync.Mutex
	out  bytes.Buffer
	done chan struct{} // closed when the output ends
}

// termEnv is an environment with no .env file, no user configuration,
// and history in dir.
func termEnv(t *testing.T, dir string, vars ...string) []string {
	t.Helper()
	env := []string{"ARTICLEBOT_RUN_MAIN=1", "HOME=" + dir, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_STATE_HOME=" + filepath.Join(dir, "state"), "TERM=xterm", "NO_COLOR="}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "PATH" || k == "TMPDIR" {
			env = append(env, kv)
		}
	}
	return append(env, vars...)
}

// startTerminal runs articlebot args in a pseudo-terminal of cols columns,
// from an empty directory (so no .env is read).
func startTerminal(t *testing.T, env []string, cols uint16, args ...string) *session {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = env
	cmd.Dir = t.TempDir()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: cols, Rows: 40})
	if err != nil {
		t.Fatalf("start in a pseudo-terminal: %v", err)
	}
	s := &session{t: t, pty: f, cmd: cmd, done: make(chan struct{})}
	go func() { // ends when the program exits and the terminal closes
		defer close(s.done)
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = f.Close()
	})
	return s
}

// output is everything the terminal has shown so far.
func (s *session) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// expect waits until the terminal has shown want n times in all.
func (s *session) expect(want string, n int) {
	s.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for strings.Count(s.output(), want) < n {
		if time.Now().After(deadline) {
			s.t.Fatalf("the terminal never showed %q %d times; it shows:\n%s", want, n, s.output())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// send types keys.
func (s *session) send(keys string) {
	s.t.Helper()
	if _, err := s.pty.Write([]byte(keys)); err != nil {
		s.t.Fatalf("type %q: %v", keys, err)
	}
}

// wait waits for the program to exit and returns its exit status.
func (s *session) wait() int {
	s.t.Helper()
	exited := make(chan error, 1)
	go func() { exited <- s.cmd.Wait() }()
	select {
	case err := <-exited:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			s.t.Fatalf("wait: %v", err)
		}
		return 0
	case <-time.After(waitLimit):
		s.t.Fatalf("the program did not exit; the terminal shows:\n%s", s.output())
		return -1
	}
}

var (
	sgrRE = regexp.MustCompile(`\x1b\[[0-9;]*m`)
	csiRE = regexp.MustCompile(`\x1b\[[0-9;?]*[@-~]`)
)

// visible is what a terminal shows of s: what follows the last carriage
// return of each line (CRLF counts as a newline), without escape sequences.
func visible(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		if j := strings.LastIndex(l, "\r"); j >= 0 {
			l = l[j+1:]
		}
		lines[i] = csiRE.ReplaceAllString(l, "")
	}
	return strings.Join(lines, "\n")
}

// expectAfter waits until the terminal shows want after the last anchor.
func (s *session) expectAfter(anchor, want string) {
	s.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		out := s.output()
		if i := strings.LastIndex(out, anchor); i >= 0 && strings.Contains(out[i+len(anchor):], want) {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the terminal never showed %q after %q; it shows:\n%s", want, anchor, out)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

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

func waitFor(t *testing.T, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func contains(words []string, w string) bool {
	for _, x := range words {
		if strings.Trim(x, "“”.,") == strings.Trim(w, "“”.,") {
			return true
		}
	}
	return false
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
