package retrieval

import (
	"slices"
	"testing"
)

func TestChunks(t *testing.T) {
	a := loadArticle(t)
	for _, window := range []int{0, 1, 2} {
		chunks := Chunks(a, window)
		if got, want := len(chunks), len(a.Sentences); got != want {
			t.Errorf("window %d: got %d chunks, want one per sentence (%d)", window, got, want)
		}
		ids := map[string]bool{}
		for _, c := range chunks {
			if c.Paragraph == 25 || c.Paragraph == 37 {
				t.Errorf("window %d: chunk %s is from heading or boilerplate ¶%d", window, c.ID, c.Paragraph)
			}
			if ids[c.ID] {
				t.Errorf("window %d: duplicate ID %s", window, c.ID)
			}
			ids[c.ID] = true
			if got := a.Text[c.Start:c.End]; got != c.Text {
				t.Errorf("window %d: chunk %s: Text %q is not a.Text[Start:End] %q", window, c.ID, c.Text, got)
			}
			if !slices.Contains(c.Sentences, c.Focus) || len(c.Sentences) > 2*window+1 {
				t.Errorf("window %d: chunk %s: sentences %v, focus %d", window, c.ID, c.Sentences, c.Focus)
			}
			for _, id := range c.Sentences {
				if p := a.Sentences[id].Para; p != c.Paragraph {
					t.Errorf("window %d: chunk %s crosses into ¶%d", window, c.ID, p)
				}
			}
		}
	}
}

func TestChunksWindow(t *testing.T) {
	a := loadArticle(t)
	chunks := Chunks(a, 1)
	// ¶14 has three sentences: the middle chunk spans the paragraph, the
	// first and last only two sentences.
	var got [][]int
	for _, c := range chunks {
		if c.Paragraph == 14 {
			got = append(got, c.Sentences)
		}
	}
	p, _ := a.Paragraph(14)
	s := p.Sentences
	want := [][]int{{s[0], s[1]}, {s[0], s[1], s[2]}, {s[1], s[2]}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("got %v, want %v", got, want)
	}
	if c := chunks[len(chunks)-1]; c.Section != "U.S. SHIFT CONCERNS EUROPEAN ALLIES" {
		t.Errorf("last chunk section: got %q", c.Section)
	}
}

// TestChunksOwnSentences checks that a chunk's sentence list, though part
// of one array shared by all chunks, is its own: appending to it leaves
// the next chunk's list as it was.
func TestChunksOwnSentences(t *testing.T) {
	a := loadArticle(t)
	chunks := Chunks(a, 1)
	for i := 0; i+1 < len(chunks); i++ {
		next := slices.Clone(chunks[i+1].Sentences)
		_ = append(chunks[i].Sentences, -1)
		if !slices.Equal(chunks[i+1].Sentences, next) {
			t.Fatalf("appending to chunk %d's sentences changed chunk %d's: %v, want %v", i, i+1, chunks[i+1].Sentences, next)
		}
	}
}
