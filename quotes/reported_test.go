package quotes

import (
	"reflect"
	"testing"
)

// TestStatementsGold checks the reported speech the product relies on.
func TestStatementsGold(t *testing.T) {
	tests := []struct {
		path    string
		speaker string
		para    int
		verb    string
	}{
		{"../article.txt", "Maria Snegovaya", 17, "said"},
		{"../article.txt", "Olaf Scholz", 33, "said"},
		{"../article.txt", "Vladimir Putin", 35, "said"},
		{"../article.txt", "Vladimir Putin", 36, "said"},
		{"../article.txt", "Vladimir Putin", 8, "reiterated"},
		{"../article.txt", "Kremlin", 8, "according to"},
		{"../article.txt", "Susan Colbourn", 27, "suggested"},
		{"../article.txt", "Ursula von der Leyen", 32, "warned"},
		{"../article.txt", "Donald Trump", 21, "hinted"},
		{"../article.txt", "Volodymyr Zelenskiy", 30, "accused"},
		{"../testdata/eval/tuned/harbor.txt", "Raymond T. Okafor", 5, "said"},
		{"../testdata/eval/tuned/harbor.txt", "Raymond T. Okafor", 12, "argued"},
		{"../testdata/eval/tuned/harbor.txt", "Samuel Achebe", 8, "warned"},
		{"../testdata/eval/tuned/harbor.txt", "Patricia Lindqvist", 7, "praised"},
		{"../testdata/eval/tuned/harbor.txt", "Elena Wiśniewski", 14, "said"},
	}
	for _, tt := range tests {
		t.Run(tt.speaker, func(t *testing.T) {
			a, ix := load(t, tt.path)
			for _, s := range ix.StatementsBy(tt.speaker) {
				if s.Paragraph == tt.para && s.Verb == tt.verb {
					if s.Text != a.Sentences[s.Sentence].Text {
						t.Errorf("got text %q, want the sentence %q", s.Text, a.Sentences[s.Sentence].Text)
					}
					return
				}
			}
			t.Errorf("got %v, want a statement by %s in ¶%d with %q", ix.StatementsBy(tt.speaker), tt.speaker, tt.para, tt.verb)
		})
	}
}

// TestStatementsNeverMisattributed checks that sentences with a generic or
// no speaker are not given to a named person.
func TestStatementsNeverMisattributed(t *testing.T) {
	_, ix := load(t, "../article.txt")
	named := map[string]bool{}
	for _, s := range ix.Speakers() {
		named[s.Name] = true
	}
	for _, s := range ix.Statements() {
		switch s.Paragraph {
		case 2, 20:
			if s.Speaker != "Ukraine" && named[s.Speaker] {
				t.Errorf("¶%d %q: got named speaker %q", s.Paragraph, s.Text, s.Speaker)
			}
		case 14, 23, 26, 29, 34:
			t.Errorf("¶%d: got a statement %q by %q, want none", s.Paragraph, s.Text, s.Speaker)
		}
	}
}

func TestReported(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // "speaker/verb"
	}{
		{"named subject", []string{"Jane Roe, a planner, said the wall would fail."}, []string{"Jane Roe/said"}},
		{"auxiliaries", []string{"Senator Tom Hart has also warned that costs will rise."}, []string{"Tom Hart/warned"}},
		{"called for", []string{"Senator Tom Hart called for a new vote."}, []string{"Tom Hart/called for"}},
		{"pronoun", []string{"Senator Tom Hart visited the site.", "He insisted the plan was sound."}, []string{"Tom Hart/insisted"}},
		{"organisation", []string{"The Justice Ministry announced new rules."}, []string{"Justice Ministry/announced"}},
		{"according to", []string{"Prices will rise, according to the Central Bank."}, []string{"Central Bank/according to"}},
		{"generic group", []string{"Local officials said the road would reopen."}, []string{"officials/said"}},
		{"object is not the subject", []string{"Officials in Berlin said Senator Tom Hart warned of delays."}, nil},
		{"negated", []string{"Senator Tom Hart did not say whether he would run."}, nil},
		{"passive", []string{"Senator Tom Hart was told to wait."}, nil},
		{"possessive", []string{"Senator Tom Hart's claims were rejected."}, nil},
		{"relative clause", []string{"Jane Roe, who said little, later argued for a delay."}, []string{"Jane Roe/argued"}},
		{"quotation is not a statement", []string{"Jane Roe said, “We will wait.”"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			var got []string
			for _, s := range ix.Statements() {
				got = append(got, s.Speaker+"/"+s.Verb)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
