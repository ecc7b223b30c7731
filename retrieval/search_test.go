package retrieval

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// paragraphs returns the paragraph of each hit, in order.
func paragraphs(hits []Hit) []int {
	out := make([]int, len(hits))
	for i, h := range hits {
		out[i] = h.Chunk.Paragraph
	}
	return out
}

func search(t testing.TB, ix *Index, q Query) []Hit {
	t.Helper()
	hits, err := ix.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("%q: %v", q.Text, err)
	}
	return hits
}

func TestSearchKeyword(t *testing.T) {
	ix, _ := buildArticle(t, Options{})
	tests := []struct {
		query string
		want  int
	}{
		{"Jeddah", 4},
		{"Zaporizhzhia nuclear plant", 21},
		{"Kursk", 26},
		{"drones hospital Sumy", 10},
		{"Telegram messaging app", 11},
		{"Ingraham Angle", 13},
		{"Crimean Peninsula 2014", 34},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits := search(t, ix, Query{Text: tt.query, K: 5})
			if len(hits) == 0 || hits[0].Chunk.Paragraph != tt.want {
				t.Fatalf("got paragraphs %v, want ¶%d first", paragraphs(hits), tt.want)
			}
			h := hits[0]
			if h.KeywordRank != 1 || h.Keyword <= 0 || h.Coverage != 1 {
				t.Errorf("top hit: got keyword rank %d, score %.2f, coverage %.2f; want 1, > 0, 1",
					h.KeywordRank, h.Keyword, h.Coverage)
			}
		})
	}
}

// TestSearchParaphrase checks questions that share few words with the
// paragraph that answers them; see eval_test.go for the wider set.
func TestSearchParaphrase(t *testing.T) {
	ix, _ := buildArticle(t, Options{})
	tests := []struct {
		query string
		want  int
	}{
		{"how long did the phone call between the two presidents last", 13},
		{"which country's territory is Russia occupying", 34},
		{"how many people have died in the war", 20},
		{"which leader arrived in Finland", 22},
		{"Zelensky Telegram", 11}, // spelling variant: the article has Zelenskiy
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits := search(t, ix, Query{Text: tt.query, K: 5})
			if !containsInt(paragraphs(hits), tt.want) {
				t.Errorf("got paragraphs %v, want ¶%d in the top 5", paragraphs(hits), tt.want)
			}
		})
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// speakerChunks returns the article's chunks with Speakers filled in as the
// quotes package would, for the sentences that report someone's words.
func speakerChunks(t testing.TB) []Chunk {
	t.Helper()
	a := loadArticle(t)
	chunks := Chunks(a, 1)
	speakers := map[string]string{
		"Witkoff stated": "Steve Witkoff",
		"Witkoff told":   "Steve Witkoff",
		"Zelenskiy said": "Volodymyr Zelenskiy",
		"Trump said":     "Donald Trump",
		"Colbourn said":  "Susan Colbourn",
	}
	for i, c := range chunks {
		for cue, name := range speakers {
			if strings.Contains(a.Sentences[c.Focus].Text, cue) {
				chunks[i].Speakers = append(chunks[i].Speakers, name)
			}
		}
	}
	return chunks
}

func TestSearchSpeakers(t *testing.T) {
	chunks := speakerChunks(t)
	ix, err := Build(context.Background(), chunks, Options{Embed: LocalEmbedder(0)})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		q        Query
		want     []int // the top hit's paragraph is one of these
		speaker  bool  // whether the top hit is a speaker match
		notFirst int   // a paragraph that must not come first (0: none)
	}{
		{"speaker only", Query{Text: "what did Witkoff say", Speakers: []string{"Steve Witkoff"}}, []int{4, 5}, true, 6},
		{"speaker folded", Query{Text: "what did he say", Speakers: []string{"steve  WITKOFF"}}, []int{4, 5}, true, 0},
		// The question's names were resolved, typos and all, before the
		// search: a misspelt name asks for no topic.
		{"speaker misspelt", Query{Text: "what did Stve Witkof say", Speakers: []string{"Steve Witkoff"}}, []int{4, 5}, true, 6},
		{"speaker on topic", Query{Text: "what did Witkoff say about the Black Sea", Speakers: []string{"Steve Witkoff"}}, []int{5}, true, 0},
		{"speaker off topic", Query{Text: "Kursk", Speakers: []string{"Steve Witkoff"}}, []int{26}, false, 4},
		{"unknown speaker", Query{Text: "Jeddah", Speakers: []string{"Nobody"}}, []int{4}, false, 0},
		{"no speakers", Query{Text: "what did Witkoff say"}, []int{4, 5, 6}, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := search(t, ix, tt.q)
			if len(hits) == 0 {
				t.Fatal("got no hits")
			}
			top := hits[0]
			if !containsInt(tt.want, top.Chunk.Paragraph) || top.SpeakerMatch != tt.speaker {
				t.Errorf("got top ¶%d (speaker match %v), want one of %v (speaker match %v); all %v",
					top.Chunk.Paragraph, top.SpeakerMatch, tt.want, tt.speaker, paragraphs(hits))
			}
			if tt.notFirst != 0 && top.Chunk.Paragraph == tt.notFirst {
				t.Errorf("got ¶%d first, want it not to be", tt.notFirst)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Score > hits[i-1].Score {
					t.Errorf("hit %d: score %.4f above previous %.4f", i, hits[i].Score, hits[i-1].Score)
				}
			}
		})
	}
}

func TestSearchLimits(t *testing.T) {
	ix, chunks := buildArticle(t, Options{})
	tests := []struct {
		name string
		q    Query
		want int
	}{
		{"K beyond size", Query{Text: "ceasefire", K: 10 * len(chunks)}, -1},
		{"default K", Query{Text: "ceasefire"}, DefaultK},
		{"K 1", Query{Text: "ceasefire", K: 1}, 1},
		{"stop words only", Query{Text: "what is it", K: 5}, 0},
		{"empty", Query{Text: "", K: 5}, 0},
		{"unknown words", Query{Text: "xyzzy plugh", K: 3}, 3}, // dense still ranks
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := search(t, ix, tt.q)
			want := tt.want
			if want < 0 {
				want = ix.Len()
			}
			if len(hits) != want {
				t.Errorf("got %d hits, want %d", len(hits), want)
			}
		})
	}
}

func TestSearchEmptyIndex(t *testing.T) {
	for _, chunks := range [][]Chunk{nil, {}} {
		ix, err := Build(context.Background(), chunks, Options{Embed: LocalEmbedder(0)})
		if err != nil {
			t.Fatal(err)
		}
		hits, err := ix.Search(context.Background(), Query{Text: "anything", K: 5})
		if err != nil || len(hits) != 0 || ix.Len() != 0 {
			t.Errorf("got %d hits, error %v, Len %d; want none, nil, 0", len(hits), err, ix.Len())
		}
	}
}

func TestSearchDeterministicAndConcurrent(t *testing.T) {
	ix, _ := buildArticle(t, Options{})
	q := Query{Text: "ceasefire energy infrastructure 30 days", K: 20}
	want := search(t, ix, q)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				if got := search(t, ix, q); !reflect.DeepEqual(got, want) {
					t.Errorf("got %v, want %v", paragraphs(got), paragraphs(want))
					return
				}
			}
		}()
	}
	wg.Wait()
	// Overlapping chunks of one paragraph with equal scores come in focus order.
	for i := 1; i < len(want); i++ {
		a, b := want[i-1], want[i]
		if a.Score == b.Score && a.Chunk.Paragraph == b.Chunk.Paragraph && a.Chunk.Focus > b.Chunk.Focus {
			t.Errorf("tie between %s and %s not broken by focus", a.Chunk.ID, b.Chunk.ID)
		}
	}
}

func BenchmarkSearchArticle(b *testing.B) {
	ix, _ := buildArticle(b, Options{})
	ctx := context.Background()
	q := Query{Text: "how long did the phone call between the two presidents last", K: 8}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.Search(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}
