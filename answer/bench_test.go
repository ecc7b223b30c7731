package answer

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"articlebot/article"
	"articlebot/internal/fakeopenai"
	"articlebot/internal/largetext"
)

// BenchmarkNewEngine measures start-up work: parsing the article, the
// quotation index, chunking, local embeddings and both indexes.
func BenchmarkNewEngine(b *testing.B) {
	data, err := os.ReadFile("../article.txt")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		a, err := article.Parse("article.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(context.Background(), a, Options{Logger: quiet}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAskExtractive measures one question end to end, offline.
func BenchmarkAskExtractive(b *testing.B) {
	e := shipped(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := e.Ask(ctx, Request{Question: "What did Witkoff say?"}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAskExtractiveJudged measures one question that the
// answerability model weighs (a typed question, not "what did X say").
func BenchmarkAskExtractiveJudged(b *testing.B) {
	e := shipped(b)
	ctx := context.Background()
	q := Request{Question: "When will the talks in Jeddah happen?"}
	// The word-vector table is unpacked once per process, by the first
	// question that needs it: not part of one answer.
	if _, err := e.Ask(ctx, q, nil); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := e.Ask(ctx, q, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTimeToRequest measures the time the engine adds between a
// question and the moment the model endpoint receives the request: follow-up
// handling, retrieval and prompt building (reported as ms-to-request).
func BenchmarkTimeToRequest(b *testing.B) {
	s := fakeopenai.New(b)
	var mu sync.Mutex
	var arrived time.Time
	s.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		mu.Lock()
		arrived = time.Now()
		mu.Unlock()
		return fakeopenai.Grounded(req)
	})
	e := llmEngine(b, s)
	ctx := context.Background()
	var total time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := e.Ask(ctx, Request{Question: "Where will the talks take place?"}, nil); err != nil {
			b.Fatal(err)
		}
		mu.Lock()
		total += arrived.Sub(start)
		mu.Unlock()
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms-to-request")
}

// largeText is the 4.5 MB article of the performance benchmarks.
func largeText(tb testing.TB) []byte {
	tb.Helper()
	data, err := largetext.Load("..")
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// BenchmarkNewEngineLarge measures the whole start-up work on a 4.5 MB
// article: parsing, quotations, overview ranking, vocabulary and index.
func BenchmarkNewEngineLarge(b *testing.B) {
	data := largeText(b)
	b.ReportAllocs()
	for b.Loop() {
		a, err := article.Parse("large", data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(context.Background(), a, Options{Logger: quiet}); err != nil {
			b.Fatal(err)
		}
	}
}
