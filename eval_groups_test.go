package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"articlebot/article"
	"articlebot/eval"
)

// unseenFS is a tiny eval root with one set in the unseen group only.
func unseenFS() fstest.MapFS {
	return fstest.MapFS{
		"root/unseen/ferry.txt": {Data: []byte("Ferry returns to Lake Tarn\n\n" +
			"The ferry across Lake Tarn runs again from Monday after repairs to its engine, the operator said.\n\n" +
			"\"We are glad to be back on the water,\" said Captain Ada Moss, who has run the boat for twenty years.\n\n" +
			"Tickets cost four pounds, the same as last year.\n")},
		"root/unseen/ferry.questions.jsonl": {Data: []byte(
			`{"question": "When does the ferry run again?", "gold": [2], "answerable": true, "kind": "fact", "paraphrase": [{"text": "Boats cross the lake once more starting Monday.", "paragraph": 2}]}` + "\n" +
				`{"question": "How much does a ticket cost?", "gold": [4], "answerable": true, "kind": "fact"}` + "\n" +
				`{"question": "What did Ada Moss say?", "gold": [3], "answerable": true, "kind": "who"}` + "\n" +
				`{"question": "How much did the engine repairs cost?", "gold": [], "answerable": false, "kind": "unanswerable"}` + "\n")},
		"root/unseen/ferry.quotes.jsonl": {Data: []byte(`{"speaker": "Ada Moss", "text": "We are glad to be back on the water", "paragraph": 3}` + "\n")},
		"root/unseen/ferry.claims.jsonl": {Data: []byte(`{"text": "The ferry runs again from Tuesday.", "near": 2}` + "\n")},
	}
}

func loadUnseen(t *testing.T) []eval.Set {
	t.Helper()
	shipped, err := article.Parse(shippedName, shippedArticle)
	if err != nil {
		t.Fatal(err)
	}
	sets, err := eval.LoadSets(unseenFS(), "root", shipped)
	if err != nil {
		t.Fatalf("LoadSets: %v", err)
	}
	if len(sets) != 1 {
		t.Fatalf("got %d sets, want the one in group %q", len(sets), eval.Unseen)
	}
	if sets[0].Group != eval.Unseen {
		t.Fatalf("got group %q, want %q", sets[0].Group, eval.Unseen)
	}
	return sets
}

func TestEvalReportsUnseenGroup(t *testing.T) {
	sets := loadUnseen(t)
	cfg, err := loadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := context.Background()

	var text bytes.Buffer
	if err := writeEvalReports(ctx, &text, sets, cfg, log, false, false); err != nil {
		t.Fatalf("text report: %v", err)
	}
	if first, _, _ := strings.Cut(text.String(), "\n"); !strings.Contains(first, "ferry.txt") || !strings.Contains(first, "[unseen]") {
		t.Errorf("text report starts %q, want the set's name and [unseen]", first)
	}
	if !strings.Contains(text.String(), "questions          4 (3 answerable, 1 unanswerable)") {
		t.Errorf("text report does not count the set's questions:\n%s", text.String())
	}

	var js bytes.Buffer
	if err := writeEvalReports(ctx, &js, sets, cfg, log, true, false); err != nil {
		t.Fatalf("JSON report: %v", err)
	}
	var reports []struct {
		Set       string `json:"set"`
		Group     string `json:"group"`
		Questions struct {
			Questions int `json:"questions"`
		} `json:"questions"`
		Quotes *struct {
			Gold int `json:"gold"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(js.Bytes(), &reports); err != nil {
		t.Fatalf("JSON report does not parse: %v\n%s", err, js.String())
	}
	if len(reports) != 1 {
		t.Fatalf("got %d JSON reports, want 1", len(reports))
	}
	r := reports[0]
	if r.Group != "unseen" || r.Questions.Questions != 4 || r.Quotes == nil || r.Quotes.Gold != 1 {
		t.Errorf("got JSON report group %q, %d questions, quotes %v; want unseen, 4, 1 gold quotation", r.Group, r.Questions.Questions, r.Quotes)
	}
}

func TestEvalGateReportsUnseenGroup(t *testing.T) {
	sets := loadUnseen(t)
	var text bytes.Buffer
	if err := runGateEval(context.Background(), stdio{out: &text, err: io.Discard}, sets, false); err != nil {
		t.Fatalf("gate report: %v", err)
	}
	if !strings.Contains(text.String(), "ferry.txt (unseen test article) [unseen]") {
		t.Errorf("gate report does not name the unseen group:\n%s", text.String())
	}
	var js bytes.Buffer
	if err := runGateEval(context.Background(), stdio{out: &js, err: io.Discard}, sets, true); err != nil {
		t.Fatalf("gate JSON report: %v", err)
	}
	var rep struct {
		Sets []struct {
			Group string `json:"group"`
		} `json:"sets"`
		Groups map[string]json.RawMessage `json:"groups"`
	}
	if err := json.Unmarshal(js.Bytes(), &rep); err != nil {
		t.Fatalf("gate JSON does not parse: %v", err)
	}
	if len(rep.Sets) != 1 || rep.Sets[0].Group != "unseen" {
		t.Errorf("got gate sets %+v, want one in group unseen", rep.Sets)
	}
	if _, ok := rep.Groups["unseen"]; !ok {
		t.Errorf("gate JSON groups %v have no unseen sum", slices.Sorted(maps.Keys(rep.Groups)))
	}
}
