package retrieval

import (
	"context"
	"math"
	"slices"
	"testing"
)

func cosine(a, b []float32) float64 {
	var dot float64
	for i := range a {
		dot += float64(a[i]) * float64(b[i])
	}
	return dot
}

func mustEmbed(t testing.TB, dim int, text string) []float32 {
	t.Helper()
	v, err := LocalEmbedder(dim)(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestLocalEmbedderUnitAndDeterministic(t *testing.T) {
	for _, dim := range []int{0, 64, 512} {
		text := "Zelenskiy said Ukraine would support the proposal to stop strikes on energy facilities."
		a, b := mustEmbed(t, dim, text), mustEmbed(t, dim, text)
		want := dim
		if dim == 0 {
			want = DefaultDim
		}
		if len(a) != want {
			t.Errorf("dim %d: got length %d, want %d", dim, len(a), want)
		}
		if !slices.Equal(a, b) {
			t.Errorf("dim %d: two calls gave different vectors", dim)
		}
		if n := math.Sqrt(cosine(a, a)); math.Abs(n-1) > 1e-5 {
			t.Errorf("dim %d: got norm %v, want 1", dim, n)
		}
	}
}

func TestLocalEmbedderZero(t *testing.T) {
	for _, text := range []string{"", "what is it that they were", "— … !"} {
		v := mustEmbed(t, 64, text)
		for _, x := range v {
			if x != 0 || math.IsNaN(float64(x)) {
				t.Fatalf("%q: got %v, want the zero vector", text, v)
			}
		}
	}
}

func TestLocalEmbedderSimilarity(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"transliteration", "Zelensky", "Zelenskiy", 0.3, 1},
		{"transliteration in context", "President Zelensky spoke", "President Zelenskiy spoke", 0.6, 1},
		{"typo", "Zaporizhzhia nuclear plant", "Zaporizhia nuclear plant", 0.6, 1},
		{"diacritics", "Mayor Wiśniewski", "mayor wisniewski", 0.99, 1.001},
		{"inflection", "negotiations on ceasefires", "negotiating a ceasefire", 0.6, 1},
		{"unrelated", "Zelensky", "flood wall along the waterfront", -0.1, 0.1},
		{"unrelated names", "Zelensky", "Zaporizhzhia", -0.1, 0.1},
		{"unrelated sentences", "Putin agreed to halt attacks on energy facilities.", "The council voted to build a flood wall.", -0.1, 0.1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cosine(mustEmbed(t, 0, tt.a), mustEmbed(t, 0, tt.b))
			if got < tt.min || got > tt.max {
				t.Errorf("cos(%q, %q): got %.3f, want in [%.2f, %.2f]", tt.a, tt.b, got, tt.min, tt.max)
			}
		})
	}
}

func BenchmarkLocalEmbedder(b *testing.B) {
	a := loadArticle(b)
	chunks := Chunks(a, 1)
	e := LocalEmbedder(0)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range chunks {
			e(ctx, c.Text)
		}
	}
}

// TestTfWeight checks the table of sublinear term frequencies against the
// logarithm, bit for bit, inside and past the table.
func TestTfWeight(t *testing.T) {
	for tf := 1; tf < 3*len(tfWeights); tf++ {
		if got, want := tfWeight(tf), 1+math.Log(float64(tf)); got != want {
			t.Errorf("tfWeight(%d) = %v, want %v", tf, got, want)
		}
	}
}
