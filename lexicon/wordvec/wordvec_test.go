package wordvec

import (
	"math"
	"slices"
	"sync"
	"testing"
)

func TestSimilarWordsScoreAboveUnrelatedOnes(t *testing.T) {
	tests := []struct {
		similar, unrelated [2]string
	}{
		{[2]string{"inquiry", "investigation"}, [2]string{"inquiry", "banana"}},
		{[2]string{"decide", "decision"}, [2]string{"decide", "river"}},
		{[2]string{"company", "firm"}, [2]string{"company", "poetry"}},
		{[2]string{"begin", "start"}, [2]string{"begin", "parliament"}},
		{[2]string{"huge", "large"}, [2]string{"huge", "tuesday"}},
	}
	for _, tt := range tests {
		t.Run(tt.similar[0]+"/"+tt.similar[1], func(t *testing.T) {
			s, ok := Similarity(tt.similar[0], tt.similar[1])
			if !ok {
				t.Fatalf("Similarity(%q, %q): no vector", tt.similar[0], tt.similar[1])
			}
			u, ok := Similarity(tt.unrelated[0], tt.unrelated[1])
			if !ok {
				t.Fatalf("Similarity(%q, %q): no vector", tt.unrelated[0], tt.unrelated[1])
			}
			if s < 0.6 || s-u < 0.3 {
				t.Errorf("similar %.3f, unrelated %.3f; want similar ≥ 0.6 and at least 0.3 above unrelated", s, u)
			}
		})
	}
}

func TestSimilarityIsSymmetricAndOneForTheSameWord(t *testing.T) {
	ab, _ := Similarity("court", "judge")
	ba, _ := Similarity("judge", "court")
	if ab != ba {
		t.Errorf("Similarity(court, judge) = %v, Similarity(judge, court) = %v; want equal", ab, ba)
	}
	if got, ok := Similarity("court", "court"); !ok || got != 1 {
		t.Errorf("Similarity(court, court) = %v, %v; want 1, true", got, ok)
	}
}

func TestUnknownWordsReportFalse(t *testing.T) {
	for _, w := range []string{"", "xqzvbnm", "Court", "2022", "co-op"} {
		if _, ok := Similarity(w, "court"); ok {
			t.Errorf("Similarity(%q, court) reported a vector; want false", w)
		}
		if Has(w) {
			t.Errorf("Has(%q) = true, want false", w)
		}
	}
	if _, _, ok := Nearest("xqzvbnm", []string{"court"}); ok {
		t.Error("Nearest of an unknown word reported a match; want false")
	}
	if _, _, ok := Nearest("court", []string{"xqzvbnm"}); ok {
		t.Error("Nearest among unknown candidates reported a match; want false")
	}
}

func TestLookupAndCosineAgreeWithSimilarity(t *testing.T) {
	a, okA := Lookup("court")
	b, okB := Lookup("judge")
	want, _ := Similarity("court", "judge")
	if !okA || !okB || Cosine(a, b) != want {
		t.Errorf("Cosine(Lookup(court), Lookup(judge)) = %v (found %v, %v); want %v", Cosine(a, b), okA, okB, want)
	}
	if _, ok := Lookup("xqzvbnm"); ok {
		t.Error("Lookup(xqzvbnm) found a vector; want false")
	}
}

func TestNearestPicksTheClosestCandidate(t *testing.T) {
	got, sim, ok := Nearest("inquiry", []string{"banana", "investigation", "weather"})
	if !ok || got != "investigation" {
		t.Errorf("Nearest(inquiry) = %q, %.3f, %v; want investigation", got, sim, ok)
	}
}

func TestNeighboursAreSimilarWords(t *testing.T) {
	got := Neighbours("inquiry", 5)
	if len(got) != 5 {
		t.Fatalf("Neighbours(inquiry, 5) = %v; want 5 words", got)
	}
	found := false
	for _, w := range got {
		if w == "inquiry" {
			t.Errorf("Neighbours(inquiry) = %v lists the word itself", got)
		}
		if w == "investigation" || w == "probe" || w == "enquiry" {
			found = true
		}
	}
	if !found {
		t.Errorf("Neighbours(inquiry, 5) = %v; want investigation, probe or enquiry among them", got)
	}
}

func TestTableLoadsOnce(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Similarity("court", "judge")
		}()
	}
	wg.Wait()
	Has("court")
	if err := Err(); err != nil {
		t.Fatalf("Err() = %v; want the embedded table to load", err)
	}
	if loads != 1 {
		t.Errorf("table unpacked %d times; want 1", loads)
	}
}

func TestUnpackRefusesABrokenTable(t *testing.T) {
	for _, data := range []string{
		"not a table",
		"wordvec 1 2 3\nup\n", // a word missing
		"wordvec 1 2 3\nup\ndown\n\x01\x02\x03\x04\x05",         // a byte missing
		"wordvec 1 2 3\nup\ndown\n\x01\x02\x03\x04\x05\x06\x07", // one too many
		"wordvec 1 0 3\n",
	} {
		if _, err := unpack(data); err == nil {
			t.Errorf("unpack(%q) = nil error; want an error", data)
		}
	}
}

// TestUnpackReadsSignedBytes checks that each byte of the table becomes
// the int8 of its bits (0xff is -1, 0x80 is -128) and the norms follow.
func TestUnpackReadsSignedBytes(t *testing.T) {
	tab, err := unpack("wordvec 1 2 3\nup\ndown\n" + string([]byte{0x03, 0x04, 0x00, 0xff, 0x80, 0x7f}))
	if err != nil {
		t.Fatal(err)
	}
	if want := []int8{3, 4, 0, -1, -128, 127}; !slices.Equal(tab.vecs, want) {
		t.Errorf("vectors %v, want %v", tab.vecs, want)
	}
	if want := []float32{5, float32(math.Sqrt(1 + 128*128 + 127*127))}; !slices.Equal(tab.norms, want) {
		t.Errorf("norms %v, want %v", tab.norms, want)
	}
	if tab.index["down"] != 1 || !slices.Equal(tab.words, []string{"up", "down"}) {
		t.Errorf("words %v, index %v", tab.words, tab.index)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := unpack(packed); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSimilarity(b *testing.B) {
	get()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Similarity("inquiry", "investigation")
	}
}

func BenchmarkNearest(b *testing.B) {
	cands := []string{"court", "judge", "ruling", "appeal", "sentence", "prison", "trial", "verdict", "evidence", "jury"}
	get()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Nearest("inquiry", cands)
	}
}
