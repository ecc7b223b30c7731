package retrieval

import (
	"math"
	"testing"
)

func TestKeywordIndexRanking(t *testing.T) {
	chunks := Chunks(loadArticle(t), 1)
	docs := make([][]string, len(chunks))
	for i, c := range chunks {
		docs[i] = Terms(c.Text)
	}
	ix := newKeywordIndex(docs)
	tests := []struct {
		query string
		want  int
	}{
		{"Jeddah", 4},
		{"Zaporizhzhia nuclear plant", 21},
		{"Kursk", 26},
		{"drones hospital Sumy", 10},
		{"Wiśniewski", 0}, // not in this article: no hits
		{"von der Leyen", 32},
		{"Olaf Scholz Macron", 33},
		{"2014", 34},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			terms := queryTerms(tt.query)
			s := ix.search(terms)
			defer ix.release(s)
			top := s.top(3)
			if tt.want == 0 {
				if len(top) != 0 {
					t.Errorf("got %d hits, want none", len(top))
				}
				return
			}
			if len(top) == 0 || chunks[top[0]].Paragraph != tt.want {
				var got []int
				for _, d := range top {
					got = append(got, chunks[d].Paragraph)
				}
				t.Fatalf("got paragraphs %v, want ¶%d first", got, tt.want)
			}
			if got := s.coverage(top[0], len(terms)); got != 1 {
				t.Errorf("coverage: got %.2f, want 1", got)
			}
		})
	}
}

func TestKeywordIndexScores(t *testing.T) {
	ix := newKeywordIndex([][]string{
		{"rare", "common"},
		{"common", "other"},
		{"common", "common", "filler", "filler", "filler", "filler", "filler", "filler"},
		{"other"},
	})
	s := ix.search([]string{"rare", "common", "absent"})
	defer ix.release(s)
	if got := s.top(10); len(got) != 3 || got[0] != 0 {
		t.Fatalf("got %v, want doc 0 (rare and common) first of 3", got)
	}
	if s.score[1] <= s.score[2] {
		t.Errorf("length normalisation: got short doc %.3f, long doc %.3f; want short higher", s.score[1], s.score[2])
	}
	if got, want := s.coverage(0, 3), 2.0/3; math.Abs(got-want) > 1e-9 {
		t.Errorf("coverage: got %.3f, want %.3f", got, want)
	}
	if s.score[3] != 0 || s.coverage(3, 3) != 0 {
		t.Errorf("doc without query terms: got score %v, coverage %v; want 0, 0", s.score[3], s.coverage(3, 3))
	}
}

func TestKeywordScratchReleased(t *testing.T) {
	ix := newKeywordIndex([][]string{{"a"}, {"b"}})
	for range 3 {
		s := ix.search([]string{"b"})
		if s.score[0] != 0 || s.mask[0] != 0 || len(s.touched) != 1 {
			t.Fatalf("got dirty scratch: %+v", s)
		}
		ix.release(s)
	}
}

func TestQueryTerms(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"what did Witkoff say", 1}, // "say" dropped beside "witkoff"
		{"what was said", 1},        // nothing else left: "said" kept
		{"ceasefire ceasefires Ceasefire", 1},
	}
	for _, tt := range tests {
		if got := queryTerms(tt.in); len(got) != tt.want {
			t.Errorf("queryTerms(%q): got %q, want %d terms", tt.in, got, tt.want)
		}
	}
}
