package quotes

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"articlebot/article"
)

// goldQuote is one line of a gold file.
type goldQuote struct {
	Speaker   string `json:"speaker"`
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
}

func loadGold(t *testing.T, path string) []goldQuote {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldQuote
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var g goldQuote
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func load(t testing.TB, path string) (*article.Article, *Index) {
	t.Helper()
	a, err := article.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return a, Build(a)
}

// TestGold scores extraction and attribution against the gold files:
// precision and recall must both be 1 and every speaker right.
func TestGold(t *testing.T) {
	tests := []struct {
		article, gold string
	}{
		{"../article.txt", "../testdata/eval/tuned/shipped.quotes.jsonl"},
		{"../testdata/eval/tuned/harbor.txt", "../testdata/eval/tuned/harbor.quotes.jsonl"},
		{"../testdata/eval/tuned/millbrook.txt", "../testdata/eval/tuned/millbrook.quotes.jsonl"},
		{"../testdata/eval/tuned/corvane.txt", "../testdata/eval/tuned/corvane.quotes.jsonl"},
		{"../testdata/eval/tuned/aquifer.txt", "../testdata/eval/tuned/aquifer.quotes.jsonl"},
		{"../testdata/eval/tuned/saelen.txt", "../testdata/eval/tuned/saelen.quotes.jsonl"},
		{"../testdata/eval/tuned/feature-glassworks.txt", "../testdata/eval/tuned/feature-glassworks.quotes.jsonl"},
		{"../testdata/eval/tuned/release-lumenar.txt", "../testdata/eval/tuned/release-lumenar.quotes.jsonl"},
		{"../testdata/eval/tuned/obit-aldous.txt", "../testdata/eval/tuned/obit-aldous.quotes.jsonl"},
		{"../testdata/eval/tuned/coldsnap.txt", "../testdata/eval/tuned/coldsnap.quotes.jsonl"},
		{"../testdata/eval/tuned/lockgates.txt", "../testdata/eval/tuned/lockgates.quotes.jsonl"},
		{"testdata/racing-yard.txt", "testdata/racing-yard.quotes.jsonl"},
		{"testdata/quarry-rescue.txt", "testdata/quarry-rescue.quotes.jsonl"},
		{"testdata/ferry-briefing.txt", "testdata/ferry-briefing.quotes.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.article, func(t *testing.T) {
			a, ix := load(t, tt.article)
			gold := loadGold(t, tt.gold)
			got := ix.Quotes()
			type key struct {
				text string
				para int
			}
			found := map[key]Quote{}
			for _, q := range got {
				if a.Text[q.Start:q.End] != q.Text {
					t.Errorf("¶%d: got text %q, want the slice %q", q.Paragraph, q.Text, a.Text[q.Start:q.End])
				}
				found[key{q.Text, q.Paragraph}] = q
			}
			hits := 0
			for _, g := range gold {
				q, ok := found[key{g.Text, g.Paragraph}]
				if !ok {
					t.Errorf("¶%d: missed quotation %q", g.Paragraph, g.Text)
					continue
				}
				hits++
				if q.Speaker != g.Speaker {
					t.Errorf("¶%d %q: got speaker %q, want %q", g.Paragraph, g.Text, q.Speaker, g.Speaker)
				}
			}
			if len(got) != hits {
				for _, q := range got {
					t.Logf("got ¶%d %q", q.Paragraph, q.Text)
				}
			}
			precision := float64(hits) / float64(max(len(got), 1))
			recall := float64(hits) / float64(len(gold))
			if precision != 1 || recall != 1 {
				t.Errorf("got precision %.2f recall %.2f, want 1 and 1", precision, recall)
			}
			for i := 1; i < len(got); i++ {
				if got[i].Start < got[i-1].Start {
					t.Errorf("quotations out of article order at %d", i)
				}
			}
		})
	}
}

// TestGoldSentences checks that each quotation's sentence holds its start.
func TestGoldSentences(t *testing.T) {
	for _, path := range []string{"../article.txt", "../testdata/eval/tuned/harbor.txt"} {
		t.Run(path, func(t *testing.T) {
			a, ix := load(t, path)
			for _, q := range ix.Quotes() {
				s := a.Sentences[q.Sentence]
				if q.Start < s.Start || q.Start >= s.End || s.Para != q.Paragraph {
					t.Errorf("%q: got sentence %d [%d,%d) ¶%d, want one holding %d in ¶%d", q.Text, q.Sentence, s.Start, s.End, s.Para, q.Start, q.Paragraph)
				}
			}
		})
	}
}

// TestGoldPartial checks which gold quotations are woven into a sentence.
func TestGoldPartial(t *testing.T) {
	_, ix := load(t, "../article.txt")
	_, hx := load(t, "../testdata/eval/tuned/harbor.txt")
	want := map[string]bool{
		"a very small step forward.": true,
		"shared the view that Iran should never be in a position to destroy Israel.": true,
		"future confrontation with European democracies.":                            true,
		"a model for every coastal town in the state":                                true,
		"essential to the 1,400 jobs on the waterfront.":                             true,
	}
	for _, q := range append(ix.Quotes(), hx.Quotes()...) {
		if got := q.Partial; got != want[q.Text] {
			t.Errorf("%q: got partial %v, want %v", q.Text, got, want[q.Text])
		}
	}
}
