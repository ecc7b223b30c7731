package llm

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"
)

func TestEmbedBatchesAndOrder(t *testing.T) {
	s := fakeopenai.New(t, fakeopenai.WithDimension(16))
	c := newTestClient(t, s.URL(), nil)
	texts := make([]string, 150)
	for i := range texts {
		texts[i] = fmt.Sprintf("paragraph %d about topic %d", i, i%7)
	}
	vecs, err := c.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.EmbedRequests(); got != 3 {
		t.Errorf("got %d requests, want 3", got)
	}
	var sizes []int
	for _, b := range s.EmbedBatches() {
		sizes = append(sizes, len(b))
	}
	if !slices.Equal(sizes, []int{64, 64, 22}) {
		t.Errorf("got batch sizes %v, want [64 64 22]", sizes)
	}
	if len(vecs) != len(texts) {
		t.Fatalf("got %d vectors, want %d", len(vecs), len(texts))
	}
	for i, v := range vecs {
		want, _ := normalize(s.Vector(texts[i]))
		if !slices.Equal(v, want) {
			t.Fatalf("vector %d: got %v, want the normalised vector of %q", i, v, texts[i])
		}
		var sum float64
		for _, x := range v {
			sum += float64(x) * float64(x)
		}
		if math.Abs(sum-1) > 1e-5 {
			t.Errorf("vector %d: got squared norm %f, want 1", i, sum)
		}
	}
}

func TestEmbedBadResponses(t *testing.T) {
	vec := func(in string) []float32 { return fakeopenai.Vector(in, 4) }
	tests := []struct {
		name  string
		items func(in []string) []fakeopenai.Embedding
		want  string
	}{
		{"count mismatch", func(in []string) []fakeopenai.Embedding {
			return []fakeopenai.Embedding{{Index: 0, Vector: vec(in[0])}}
		}, "got 1 vectors for 2 inputs"},
		{"repeated index", func(in []string) []fakeopenai.Embedding {
			return []fakeopenai.Embedding{{Index: 1, Vector: vec(in[1])}, {Index: 1, Vector: vec(in[1])}}
		}, "appears twice"},
		{"index out of range", func(in []string) []fakeopenai.Embedding {
			return []fakeopenai.Embedding{{Index: 0, Vector: vec(in[0])}, {Index: 2, Vector: vec(in[1])}}
		}, "out of range"},
		{"zero vector", func(in []string) []fakeopenai.Embedding {
			return []fakeopenai.Embedding{{Index: 0, Vector: vec(in[0])}, {Index: 1, Vector: make([]float32, 4)}}
		}, "zero"},
		{"dimensions differ", func(in []string) []fakeopenai.Embedding {
			return []fakeopenai.Embedding{{Index: 0, Vector: vec(in[0])}, {Index: 1, Vector: fakeopenai.Vector(in[1], 5)}}
		}, "dimensions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t)
			s.EnqueueEmbed(fakeopenai.Embeddings(tt.items))
			c := newTestClient(t, s.URL(), nil)
			_, err := c.Embed(context.Background(), []string{"one", "two"})
			if k := Classify(err); k != KindBadResponse {
				t.Fatalf("got kind %s (%v), want bad response", k, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to mention %q", err, tt.want)
			}
			if n := s.EmbedRequests(); n != 1 {
				t.Errorf("got %d requests, want 1 (no retry)", n)
			}
		})
	}
}

func TestEmbedErrors(t *testing.T) {
	tests := []struct {
		name         string
		script       []fakeopenai.Behaviour
		wantKind     Kind // KindOther with wantOK
		wantOK       bool
		wantRequests int
		wantHint     string
	}{
		{"busy then ok", []fakeopenai.Behaviour{fakeopenai.OllamaError(503, "busy")}, 0, true, 2, ""},
		{"not served", []fakeopenai.Behaviour{fakeopenai.Status(501, "")}, KindUnavailable, false, 1, "unset EMBEDDING_MODEL"},
		{"malformed", []fakeopenai.Behaviour{fakeopenai.Malformed()}, KindBadResponse, false, 1, "OpenAI-compatible"},
		{"request timeout", []fakeopenai.Behaviour{fakeopenai.Delay(10*time.Second, fakeopenai.Status(500, ""))},
			KindTimeout, false, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t)
			s.EnqueueEmbed(tt.script...)
			// Only the case about the timeout gets a short one: the others
			// must not turn into timeouts on a loaded machine.
			timeout := 20 * time.Second
			if tt.wantKind == KindTimeout {
				timeout = 100 * time.Millisecond
			}
			c := newTestClient(t, s.URL(), func(c *Config) { c.RequestTimeout = timeout })
			_, err := c.Embed(context.Background(), []string{"x"})
			if tt.wantOK {
				if err != nil {
					t.Fatalf("got %v, want success", err)
				}
			} else if k := Classify(err); k != tt.wantKind {
				t.Fatalf("got kind %s (%v), want %s", k, err, tt.wantKind)
			}
			if n := s.EmbedRequests(); n != tt.wantRequests {
				t.Errorf("got %d requests, want %d", n, tt.wantRequests)
			}
			if e, ok := err.(*Error); ok && !strings.Contains(e.UserMessage(), tt.wantHint) {
				t.Errorf("got %q, want it to mention %q", e.UserMessage(), tt.wantHint)
			}
		})
	}
}

func TestEmbedNothing(t *testing.T) {
	s := fakeopenai.New(t)
	c := newTestClient(t, s.URL(), nil)
	vecs, err := c.Embed(context.Background(), nil)
	if vecs != nil || err != nil || s.EmbedRequests() != 0 {
		t.Errorf("got %v, %v after %d requests; want nothing", vecs, err, s.EmbedRequests())
	}
}
