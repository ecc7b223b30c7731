package answer

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"articlebot/article"
)

// quiet discards the engine's logs in tests.
var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

var (
	shippedOnce   sync.Once
	shippedEngine *Engine
	shippedErr    error
)

// shipped returns an offline engine over the shipped article, built once.
func shipped(t testing.TB) *Engine {
	t.Helper()
	shippedOnce.Do(func() {
		data, err := os.ReadFile("../article.txt")
		if err != nil {
			shippedErr = err
			return
		}
		a, err := article.Parse("article.txt", data)
		if err != nil {
			shippedErr = err
			return
		}
		shippedEngine, shippedErr = New(context.Background(), a, Options{Logger: quiet})
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shippedEngine
}

// offlineEngine returns an offline engine over an article given as text
// (headline first, paragraphs on lines of their own).
func offlineEngine(t testing.TB, text string) *Engine {
	t.Helper()
	a, err := article.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), a, Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// withGenerator returns a copy of the shipped engine that answers with g.
func withGenerator(t testing.TB, g Generator) *Engine {
	t.Helper()
	e := *shipped(t)
	e.gen = g
	return &e
}

// sourcesOf makes numbered sources of whole paragraphs, in the given order.
func sourcesOf(e *Engine, paragraphs ...int) []Source {
	out := make([]Source, len(paragraphs))
	for i, n := range paragraphs {
		p, _ := e.art.Paragraph(n)
		out[i] = Source{N: i + 1, Paragraph: n, Text: p.Text, start: p.Start, end: p.End}
	}
	return out
}

// evalSetArticle returns the article of the eval set whose questions are in
// questionsFile (testdata/eval/GROUP/STEM.questions.jsonl): STEM.txt beside
// it, or the built-in article for the stem "shipped".
func evalSetArticle(t testing.TB, questionsFile string) *article.Article {
	t.Helper()
	text := strings.TrimSuffix(questionsFile, ".questions.jsonl") + ".txt"
	if filepath.Base(text) == "shipped.txt" {
		text = "../article.txt"
	}
	data, err := os.ReadFile(text)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(filepath.Base(text), data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
