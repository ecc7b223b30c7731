package llm

import (
	"strings"
	"testing"
)

// runFilter feeds chunks to a filter and returns the visible text.
func runFilter(hold int, chunks []string) string {
	f := newThinkFilter(hold)
	var out strings.Builder
	for _, c := range chunks {
		out.WriteString(f.Write(c))
	}
	out.WriteString(f.Flush())
	return out.String()
}

func bytesOf(s string) []string {
	out := make([]string, len(s))
	for i := range len(s) {
		out[i] = s[i : i+1]
	}
	return out
}

func TestThinkFilter(t *testing.T) {
	long := strings.Repeat("word ", 100) // 500 bytes, past the default hold
	tests := []struct {
		name   string
		hold   int
		chunks []string
		want   string
	}{
		{"plain", 256, []string{"Hello ", "world."}, "Hello world."},
		{"block first", 256, []string{"<think>plan</think>\n\nAnswer."}, "Answer."},
		{"tags split", 256, []string{"<thi", "nk>plan</th", "ink>", "\n\nAns", "wer."}, "Answer."},
		{"lone < kept", 256, []string{"a <", " b"}, "a < b"},
		{"lookalike kept", 256, []string{"<thinking>", " x"}, "<thinking> x"},
		{"partial tag at end kept", 256, []string{"1 <th"}, "1 <th"},
		{"unterminated", 256, []string{"Before. ", "<think>never", " ends"}, "Before. "},
		{"unterminated only", 256, []string{"<think>never ends"}, ""},
		{"partial close at end", 256, []string{"<think>x</thi"}, ""},
		{"block mid answer", 256, []string{"One. <think>x</think>", " Two."}, "One.  Two."},
		{"two blocks", 256, []string{"<think>a</think>A<think>b</think>B"}, "AB"},
		{"missing opener", 256, []string{"reasoning", " more</think>", "\n\nAnswer."}, "Answer."},
		{"empty reasoning, opener stripped", 256, []string{"\n\n</think>\n\n", "Answer."}, "Answer."},
		{"stray closer after window", 256, []string{long, "</think>tail"}, strings.TrimSpace(long) + " tail"},
		{"stray closer, unlimited hold", -1, []string{long, "</think>tail"}, "tail"},
		{"unlimited hold, no closer", -1, []string{"just ", "an answer"}, "just an answer"},
		{"no hold", 0, []string{"x</think>y"}, "xy"},
		{"opener ends hold", 256, []string{"Hi <think>x</think>", "</think>there"}, "Hi there"},
		{"leading space dropped", 256, []string{"  \n", " Hi"}, "Hi"},
		{"unicode kept", 256, []string{"<think>é</think>Ça va ", "très bien"}, "Ça va très bien"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runFilter(tt.hold, tt.chunks); got != tt.want {
				t.Errorf("chunks %q: got %q, want %q", tt.chunks, got, tt.want)
			}
			whole := strings.Join(tt.chunks, "")
			if got := runFilter(tt.hold, bytesOf(whole)); got != tt.want {
				t.Errorf("byte by byte: got %q, want %q", got, tt.want)
			}
			if got := runFilter(tt.hold, []string{whole}); got != tt.want {
				t.Errorf("in one piece: got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestThinkFilterHoldReleases checks that a normal answer starts streaming
// once the hold window is exceeded, rather than at the end.
func TestThinkFilterHoldReleases(t *testing.T) {
	f := newThinkFilter(10)
	if got := f.Write("short"); got != "" {
		t.Errorf("got %q within the window, want nothing yet", got)
	}
	if got := f.Write(" and longer"); got != "short and longer" {
		t.Errorf("got %q past the window, want %q", got, "short and longer")
	}
	if got := f.Write("!"); got != "!" {
		t.Errorf("got %q after the window, want %q", got, "!")
	}
}
