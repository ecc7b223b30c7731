package answer

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"articlebot/quotes"
)

// TestQuotationFaultDoesNotStopTheEngine makes the attribution passes
// panic, as a bug reached by an unforeseen article would: the engine is
// still built, answers from the text with its citations, finds no
// quotations, and logs the fault instead of ending the process.
func TestQuotationFaultDoesNotStopTheEngine(t *testing.T) {
	defer func(f func(*quotes.Tokenised) *quotes.Index) { attributeQuotes = f }(attributeQuotes)
	attributeQuotes = func(*quotes.Tokenised) *quotes.Index { panic("index out of range [-1]") }
	var logged bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logged, nil))
	e, err := New(context.Background(), shipped(t).art, Options{Logger: log})
	if err != nil {
		t.Fatalf("got %v, want an engine without quotations", err)
	}
	res, err := e.Ask(context.Background(), Request{Question: "Where will the talks take place?"}, nil)
	if err != nil || !strings.Contains(res.Answer, "Jeddah") || len(res.Sources) == 0 {
		t.Errorf("got %q with %d sources (%v), want the answer from the text", res.Answer, len(res.Sources), err)
	}
	if q, ok := e.Quote("Witkoff"); ok && len(q.Quotes) > 0 {
		t.Errorf("got %d quotations from a failed index", len(q.Quotes))
	}
	if got := logged.String(); !strings.Contains(got, "level=ERROR") || !strings.Contains(got, "index out of range") {
		t.Errorf("log %q, want the fault at error level", got)
	}
}
