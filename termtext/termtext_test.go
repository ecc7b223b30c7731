package termtext

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Witkoff said “yes” — ¶4", "Witkoff said “yes” — ¶4"},
		{"newline and tab stay", "a\tb\nc", "a\tb\nc"},
		{"window title and screen clear", "x\x1b]0;pwned\x07\x1b[2Jy", "x␛]0;pwned␇␛[2Jy"},
		{"hyperlink", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "␛]8;;http://evil␛\\click␛]8;;␛\\"},
		{"backspace", "safe\b\b\b\bevil", "safe␈␈␈␈evil"},
		{"crlf", "one\r\ntwo", "one\ntwo"},
		{"lone cr overwrite", "good\rbad", "goodbad"},
		{"del", "a\x7fb", "a␡b"},
		{"c1 csi", "a\u009b2Jb", "a<U+009B>2Jb"},
		{"bidi override", "abc\u202edcba\u202c", "abc<U+202E>dcba<U+202C>"},
		{"bidi isolate", "\u2067x\u2069", "<U+2067>x<U+2069>"},
		{"marks stay", "a\u200fb", "a\u200fb"},
		{"invalid utf8", "a\xffb", "a\ufffdb"},
		{"nul", "a\x00b", "a␀b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"x\x1b]0;t\x07", "\u202e", "a\r\nb", "\xc2\x9b", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		for _, r := range got {
			if unsafe(r) {
				t.Fatalf("Clean(%q) = %q keeps %U", s, got, r)
			}
		}
		if Clean(got) != got {
			t.Fatalf("Clean is not idempotent on %q", s)
		}
		if !strings.Contains(s, "\r") && firstUnsafe(s) < 0 && got != s {
			t.Fatalf("Clean changed safe text %q to %q", s, got)
		}
	})
}
