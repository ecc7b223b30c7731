package article

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func paragraphTexts(a *Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

func TestParagraphEvidence(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"one per line under a headline and a blank line",
			"Harbor vote passes\n\nThe council voted on Monday.\nThe mayor said it was fair.\n“It is,” she said.\n",
			[]string{"Harbor vote passes", "The council voted on Monday.", "The mayor said it was fair.", "“It is,” she said."}},
		{"one per line with a blank line before the credits",
			"The council voted on Monday.\nThe mayor said it was fair.\nCritics objected.\n\nReporting by Ann Lee\n",
			[]string{"The council voted on Monday.", "The mayor said it was fair.", "Critics objected.", "Reporting by Ann Lee"}},
		{"trailing blank line",
			"The council voted on Monday.\nThe mayor said it was fair.\n\n",
			[]string{"The council voted on Monday.", "The mayor said it was fair."}},
		{"trailing white-space lines",
			"The council voted on Monday.\nThe mayor said it was fair.\n \n\t\n\n",
			[]string{"The council voted on Monday.", "The mayor said it was fair."}},
		{"leading blank lines",
			"\n\n\nThe council voted on Monday.\nThe mayor said it was fair.\n",
			[]string{"The council voted on Monday.", "The mayor said it was fair."}},
		{"wrapped blank-line paragraphs",
			"Harbor vote passes\n\nThe council voted on Monday to\napprove the plan after a long\ndebate.\n\nThe mayor said the plan was\nfair to everyone involved.\n",
			[]string{"Harbor vote passes", "The council voted on Monday to\napprove the plan after a long\ndebate.", "The mayor said the plan was\nfair to everyone involved."}},
		{"single-line blank-line paragraphs",
			"The council voted.\n\nThe mayor spoke.\n\n\nCritics objected.\n",
			[]string{"The council voted.", "The mayor spoke.", "Critics objected."}},
		{"CR-only line endings",
			"The council voted on Monday.\rThe mayor said it was fair.\r",
			[]string{"The council voted on Monday.", "The mayor said it was fair."}},
		{"CRLF in a wrapped paragraph",
			"Harbor vote passes\r\n\r\nThe council voted on Monday to\r\napprove the plan.\r\n\r\nThe mayor said the plan was\r\nfair to everyone.\r\n",
			[]string{"Harbor vote passes", "The council voted on Monday to\napprove the plan.", "The mayor said the plan was\nfair to everyone."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := paragraphTexts(a); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, s := range a.Sentences {
				if strings.ContainsRune(s.Text, '\r') {
					t.Errorf("sentence %q holds a carriage return", s.Text)
				}
			}
		})
	}
}

// TestShippedNumberingSurvivesLayout checks that the shipped article keeps
// its numbering (paragraph n is its n-th non-empty line) whatever line
// endings or surrounding blank lines it is saved with.
func TestShippedNumberingSurvivesLayout(t *testing.T) {
	data, err := os.ReadFile("../article.txt")
	if err != nil {
		t.Fatal(err)
	}
	base, err := Parse("shipped", data)
	if err != nil {
		t.Fatal(err)
	}
	want := paragraphTexts(base)
	s := string(data)
	variants := map[string]string{
		"trailing blank lines": s + "\n\n\n",
		"leading blank lines":  "\n\n" + s,
		"CRLF":                 strings.ReplaceAll(s, "\n", "\r\n"),
		"CR only":              strings.ReplaceAll(s, "\n", "\r"),
		"blank after headline": strings.Replace(s, "\n", "\n\n", 1),
	}
	for name, v := range variants {
		t.Run(name, func(t *testing.T) {
			a, err := Parse("shipped", []byte(v))
			if err != nil {
				t.Fatal(err)
			}
			if got := paragraphTexts(a); !reflect.DeepEqual(got, want) {
				t.Errorf("got %d paragraphs, want %d; first differences: %q", len(got), len(want), firstDiff(got, want))
			}
		})
	}
}

func firstDiff(got, want []string) []string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return []string{got[i], want[i]}
		}
	}
	return nil
}

func TestOriginalOffset(t *testing.T) {
	in := "\xef\xbb\xbfHarbor vote\r\n\r\nThe council voted on Monday to\r\napprove the plan. It passed.\r\n\r\nOld Mac line.\rAnother.\r"
	a, err := Parse("x", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	norm := strings.NewReplacer("\r\n", "\n", "\r", "\n")
	for _, s := range a.Sentences {
		orig := in[a.OriginalOffset(s.Start):a.OriginalOffset(s.End)]
		if got := norm.Replace(orig); got != s.Text {
			t.Errorf("sentence %q maps to %q in the input", s.Text, orig)
		}
	}
	for _, p := range a.Paragraphs {
		orig := in[a.OriginalOffset(p.Start):a.OriginalOffset(p.End)]
		if got := norm.Replace(orig); got != p.Text {
			t.Errorf("paragraph %q maps to %q", p.Text, orig)
		}
	}
}
