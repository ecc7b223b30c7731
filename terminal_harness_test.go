package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

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
