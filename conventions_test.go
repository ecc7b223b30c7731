package main

import (
	"encoding/json"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		out, errOut, code := cli(t, "", nil, args...)
		if code != exitOK || errOut != "" || !strings.HasPrefix(out, "articlebot ") {
			t.Errorf("%v: got exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	info := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"},
			{Key: "vcs.time", Value: "2026-11-29T16:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	want := "articlebot v1.2.0 (revision 0123456789ab, 2026-11-29T16:00:00Z, modified; go1.26.0)"
	if got := versionLine(info); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestUsageErrorsAreShort(t *testing.T) {
	tests := []struct {
		args      []string
		firstLine string
		hint      string
	}{
		{[]string{"ask", "--nope", "q"}, "articlebot: flag provided but not defined: -nope", "Run 'articlebot ask --help' for usage."},
		{[]string{"ask"}, "articlebot: ask needs a question", "Run 'articlebot ask --help' for usage."},
		{[]string{"source", "x"}, "articlebot: \"x\" is not a paragraph number", "Run 'articlebot source --help' for usage."},
		{[]string{"frobnicate"}, "articlebot: unknown command \"frobnicate\"", "Run 'articlebot --help' for the list of commands."},
		{[]string{"--article", "a.txt"}, "articlebot: --article must follow a command", "Run 'articlebot --help' for the list of commands."},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errOut, code := cli(t, "", nil, tt.args...)
			lines := strings.Split(strings.TrimSpace(errOut), "\n")
			if code != exitBadInput || out != "" || len(lines) != 2 {
				t.Fatalf("got exit %d, stdout %q, stderr %q; want exit 2 and two lines on stderr", code, out, errOut)
			}
			if !strings.HasPrefix(lines[0], tt.firstLine) || lines[1] != tt.hint {
				t.Errorf("got %q, want %q… then %q", lines, tt.firstLine, tt.hint)
			}
		})
	}
}

func TestQuoteNotFoundExitsOne(t *testing.T) {
	tests := []struct {
		name    string
		code    int
		speaker string // when found
		say     string // in the text output
	}{
		{"putn", exitOK, "Vladimir Putin", "Vladimir Putin"},
		{"trum", exitOK, "Donald Trump", "Donald Trump"},
		{"M", exitNotFound, "", "did you mean Moscow or Maria Snegovaya?"},
		{"Xi Jinping", exitNotFound, "", "Nobody called \"Xi Jinping\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := cli(t, "", nil, "quote", tt.name)
			if code != tt.code || errOut != "" || !strings.Contains(out, tt.say) {
				t.Errorf("got exit %d, stderr %q, stdout:\n%s\nwant exit %d and %q", code, errOut, out, tt.code, tt.say)
			}
			out, _, code = cli(t, "", nil, "quote", "--json", tt.name)
			var res struct {
				Found       bool
				Speaker     string
				Suggestions []string
			}
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			if code != tt.code || res.Found != (tt.speaker != "") || res.Speaker != tt.speaker || res.Suggestions == nil {
				t.Errorf("--json: got exit %d, %+v; want exit %d, speaker %q", code, res, tt.code, tt.speaker)
			}
		})
	}
}
