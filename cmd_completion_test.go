package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// shell returns the path of a shell, failing under CI (where .ci/run
// installs it) and skipping elsewhere when it is missing.
func shell(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed: .ci/run installs it", name)
		}
		t.Skipf("%s is not installed", name)
	}
	return p
}

// onPath puts an "articlebot" that runs this test binary's main on PATH,
// for the scripts to call, and returns the environment to run them in.
func onPath(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Symlink(os.Args[0], filepath.Join(dir, "articlebot")); err != nil {
		t.Fatal(err)
	}
	return termEnv(t, t.TempDir(), "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"))
}

func completionScript(t *testing.T, sh string) string {
	t.Helper()
	out, errOut, code := cli(t, "", nil, "completion", sh)
	if code != exitOK {
		t.Fatalf("completion %s: exit %d: %s", sh, code, errOut)
	}
	path := filepath.Join(t.TempDir(), "articlebot."+sh)
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBashCompletion(t *testing.T) {
	bash := shell(t, "bash")
	script := completionScript(t, "bash")
	article := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(article, []byte("The mayor spoke.\n\n\"We will rebuild the bridge this year,\" said Maria Lopez, the mayor.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line string // what was typed, the cursor at its end
		want string // among the completions
		not  string // not among them
	}{
		{"articlebot q", "quote", "ask"},
		{"articlebot ", "completion", ""},
		{"articlebot ask --j", "--json", "--questions"},
		{"articlebot eval -", "--questions", "--skip-register"},
		{"articlebot serve --sk", "--skip-register", ""},
		{"articlebot quote Vla", `Vladimir\ Putin`, "Donald"},
		{"articlebot quote Ur", `Ursula\ von\ der\ Leyen`, ""},
		{"articlebot quote --article " + article + " Mar", `Maria\ Lopez`, "Maria Snegovaya"},
		{"articlebot completion f", "fish", "bash"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			words := strings.Fields(tt.line)
			if strings.HasSuffix(tt.line, " ") {
				words = append(words, "")
			}
			quoted := make([]string, len(words))
			for i, w := range words {
				quoted[i] = "'" + w + "'"
			}
			cmd := exec.Command(bash, "-c", "source "+script+"; COMP_WORDS=("+strings.Join(quoted, " ")+
				"); COMP_CWORD="+strconv.Itoa(len(words)-1)+"; _articlebot; printf '%s\\n' \"${COMPREPLY[@]}\"")
			cmd.Env = onPath(t)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("bash: %v\n%s", err, out)
			}
			got := strings.Split(strings.TrimSpace(string(out)), "\n")
			if !contains(got, tt.want) || (tt.not != "" && contains(got, tt.not)) {
				t.Errorf("got %q, want %q and not %q", got, tt.want, tt.not)
			}
		})
	}
}

func TestFishCompletion(t *testing.T) {
	fish := shell(t, "fish")
	script := completionScript(t, "fish")
	for _, tt := range []struct{ line, want string }{
		{"articlebot qu", "quote"},
		{"articlebot ask --j", "--json"},
		{"articlebot quote Vla", "Vladimir Putin"},
	} {
		cmd := exec.Command(fish, "--no-config", "-c", "source "+script+"; complete -C '"+tt.line+"'")
		cmd.Env = onPath(t)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("fish: %v\n%s", err, out)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			name, _, _ := strings.Cut(l, "\t")
			got = append(got, name)
		}
		if !contains(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestZshCompletionParses(t *testing.T) {
	zsh := shell(t, "zsh")
	script := completionScript(t, "zsh")
	if out, err := exec.Command(zsh, "-n", script).CombinedOutput(); err != nil {
		t.Fatalf("zsh -n: %v\n%s", err, out)
	}
	data, _ := os.ReadFile(script)
	for _, want := range []string{"compdef _articlebot articlebot", "'--json[", "completion speakers", "'1:shell:(bash zsh fish)'"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the zsh script lacks %q", want)
		}
	}
}
