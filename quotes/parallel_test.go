package quotes

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"articlebot/article"
)

// builtWith runs a whole Build of a with the given workers and returns the
// builder, every pass done.
func builtWith(t *testing.T, a *article.Article, workers int) *builder {
	t.Helper()
	b := newBuilder(a)
	b.workers = workers
	b.run()
	b.workers = 0
	return b
}

// TestParallelBuildMatchesSequential checks that the passes that read
// paragraphs on several cores leave the builder exactly as reading them
// one after another does (entities, their references and roles, the
// quotations and statements), on the shipped article, every tuned
// article, and all of them joined and repeated: far more paragraphs than
// one worker's share. Run with -race, it also checks that the paragraphs
// read at once share nothing written.
func TestParallelBuildMatchesSequential(t *testing.T) {
	files, err := filepath.Glob("../testdata/eval/tuned/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("tuned articles: %v", err)
	}
	files = append([]string{"../article.txt"}, files...)
	var texts []string
	var joined strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for joined.Len() < 300_000 {
		for _, text := range texts {
			joined.WriteString(text)
			joined.WriteString("\n\n")
		}
	}
	texts = append(texts, joined.String())
	for i, text := range texts {
		a, err := article.Parse("test", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if i == len(texts)-1 && len(a.Paragraphs) < 8*parasPerTask {
			t.Fatalf("the joined article has %d paragraphs, too few to share out", len(a.Paragraphs))
		}
		seq, par := builtWith(t, a, 1), builtWith(t, a, 4)
		if !reflect.DeepEqual(seq, par) {
			t.Errorf("article %d (%d paragraphs): the parallel build differs from the sequential one", i, len(a.Paragraphs))
		}
		if !reflect.DeepEqual(seq.index(), par.index()) {
			t.Errorf("article %d: the parallel index differs from the sequential one", i)
		}
	}
}

// TestAddUnnamedMatchesScan checks addUnnamed's binary search against the
// scan from the start it replaced, on random offsets with repeats, in
// article order and out of it.
func TestAddUnnamedMatchesScan(t *testing.T) {
	scan := func(list []unnamedSource, u unnamedSource) []unnamedSource {
		i := 0
		for ; i < len(list) && list[i].at <= u.at; i++ {
			if list[i].at == u.at {
				if len(u.name) > len(list[i].name) {
					list[i].name = u.name
				}
				return list
			}
		}
		return slices.Insert(list, i, u)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 200 {
		b := &builder{}
		var want []unnamedSource
		for n := range 50 {
			at := rng.IntN(40)
			if round%2 == 0 {
				at += n * 3 // mostly in order, as registerUnnamed adds them
			}
			u := unnamedSource{name: strings.Repeat("x", 1+rng.IntN(5)), head: "official", at: at}
			b.addUnnamed(u)
			want = scan(want, u)
		}
		if !reflect.DeepEqual(b.unnamed, want) {
			t.Fatalf("round %d: got %v, want %v", round, b.unnamed, want)
		}
	}
}
