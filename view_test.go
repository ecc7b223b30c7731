package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestViewWraps(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  string
	}{
		{"short lines pass", "Hello there.\n", 40, "Hello there.\n"},
		{"no wrapping at width 0", "one two three four five six\n", 0, "one two three four five six\n"},
		{"wraps between words", "The talks will take place in Jeddah on Sunday [1].\n", 20,
			"The talks will take\nplace in Jeddah on\nSunday [1].\n"},
		{"a word longer than the line is never split", "a Supercalifragilisticexpialidocious b\n", 10,
			"a\nSupercalifragilisticexpialidocious\nb\n"},
		{"sources hang under their text", "  [1] ¶4  Trump envoy Steve Witkoff stated the talks will occur in Jeddah.\n", 40,
			"  [1] ¶4  Trump envoy Steve Witkoff\n          stated the talks will occur in\n          Jeddah.\n"},
		{"quotations hang too", "  ¶5   “Up until recently, we really didn’t have consensus.”\n", 30,
			"  ¶5   “Up until recently, we\n       really didn’t have\n       consensus.”\n"},
		{"wide characters take two columns", "東京 東京 東京\n", 10, "東京 東京\n東京\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var whole, pieces bytes.Buffer
			v := newView(&whole, tt.width, false)
			v.Write([]byte(tt.in))
			v.Flush()
			if got := whole.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			// Streamed a few bytes at a time, as a model's answer arrives.
			v = newView(&pieces, tt.width, false)
			for i := 0; i < len(tt.in); i += 3 {
				v.Write([]byte(tt.in[i:min(i+3, len(tt.in))]))
			}
			v.Flush()
			if pieces.String() != tt.want {
				t.Errorf("streamed: got\n%s\nwant\n%s", pieces.String(), tt.want)
			}
			for _, line := range strings.Split(whole.String(), "\n") {
				if tt.width > 0 && textWidth(line) > tt.width && !strings.Contains(line, "Supercali") {
					t.Errorf("line %q is wider than %d", line, tt.width)
				}
			}
		})
	}
}

func TestViewColours(t *testing.T) {
	in := "Talks in Jeddah [1].\n\nNote: the model was slow.\n  [1] ¶4  Trump envoy.\n"
	var plain, coloured bytes.Buffer
	v := newView(&plain, 80, false)
	v.Write([]byte(in))
	v.Flush()
	if plain.String() != in || strings.Contains(plain.String(), "\x1b") {
		t.Errorf("without colour: got %q, want the text unchanged", plain.String())
	}
	v = newView(&coloured, 80, true)
	v.Write([]byte(in))
	v.Flush()
	got := coloured.String()
	for _, want := range []string{sgrMarker + "[1]" + sgrReset + ".", sgrNote + "Note:" + sgrReset, sgrPara + "¶4" + sgrReset} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
	// The program's own escape sequences take no room and are never split.
	var esc bytes.Buffer
	v = newView(&esc, 12, false)
	v.Write([]byte("\x1b[2Kabc def\r\x1b[Kghi jkl mno pqr\n"))
	v.Flush()
	if want := "\x1b[2Kabc def\r\x1b[Kghi jkl mno\npqr\n"; esc.String() != want {
		t.Errorf("got %q, want %q", esc.String(), want)
	}
}
