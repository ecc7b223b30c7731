package answer

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestConcurrentBuildMatchesSequential checks that the engine New builds
// with the quotation index beside the rest is the engine built one part
// after the other: the same quotations, statements, speakers, ranking,
// roles and vocabulary, and the same answers to the questions of the tuned
// sets, on every tuned article.
func TestConcurrentBuildMatchesSequential(t *testing.T) {
	paths, err := filepath.Glob("../testdata/eval/tuned/*.questions.jsonl")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no tuned eval sets: %v", err)
	}
	ctx := context.Background()
	for _, p := range paths {
		stem := strings.TrimSuffix(filepath.Base(p), ".questions.jsonl")
		t.Run(stem, func(t *testing.T) {
			a := evalSetArticle(t, p)
			got, err := newEngine(ctx, a, Options{Logger: quiet}, true)
			if err != nil {
				t.Fatal(err)
			}
			want, err := newEngine(ctx, a, Options{Logger: quiet}, false)
			if err != nil {
				t.Fatal(err)
			}
			for _, part := range []struct {
				name      string
				got, want any
			}{
				{"quotes", got.quotes.Quotes(), want.quotes.Quotes()},
				{"statements", got.quotes.Statements(), want.quotes.Statements()},
				{"speakers", got.quotes.Speakers(), want.quotes.Speakers()},
				{"structure", got.structure, want.structure},
				{"vocabulary", got.vocab.words, want.vocab.words},
			} {
				if !reflect.DeepEqual(part.got, part.want) {
					t.Errorf("%s differ:\ngot  %+v\nwant %+v", part.name, part.got, part.want)
				}
			}
			questions := questionsOf(t, p)
			if stem != "shipped" && stem != "harbor" {
				// The parts above cover every article; answers to all
				// questions of two of them, and to a few of the others,
				// keep the test short under the race detector.
				questions = questions[:min(len(questions), 5)]
			}
			for _, q := range questions {
				g, gerr := got.Ask(ctx, Request{Question: q}, nil)
				w, werr := want.Ask(ctx, Request{Question: q}, nil)
				if gerr != nil || werr != nil || !reflect.DeepEqual(g, w) {
					t.Errorf("%q: got %+v (%v), want %+v (%v)", q, g, gerr, w, werr)
				}
			}
		})
	}
}

// questionsOf reads the questions of an eval set.
func questionsOf(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var q struct {
			Question string `json:"question"`
		}
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, q.Question)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
