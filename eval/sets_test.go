package eval

import (
	"slices"
	"testing"
	"testing/fstest"
)

func TestLoadSetsSkipsOtherFiles(t *testing.T) {
	q := []byte(`{"question": "Where are the talks?", "gold": [1], "answerable": true, "kind": "fact"}` + "\n")
	fsys := fstest.MapFS{
		"eval/tuned/shipped.questions.jsonl": {Data: q},
		"eval/heldout/wire.txt":              {Data: []byte("Talks in Jeddah\n\nThe talks will be held in Jeddah.\n")},
		"eval/heldout/wire.questions.jsonl":  {Data: q},
		"eval/heldout/wire.quotes.jsonl":     {Data: []byte(`{"speaker": "A B", "text": "x y z", "paragraph": 2}` + "\n")},
		"eval/heldout/wire.claims.jsonl":     {Data: []byte(`{"text": "not a set file", "near": 2}` + "\n")},
		"eval/heldout/wire.people.jsonl":     {Data: []byte(`{"name": "A B"}` + "\n")},
		"eval/heldout/README.md":             {Data: []byte("# Held-out sets\n")},
		"eval/heldout/notes.draft.txt":       {Data: []byte("a stem with a dot is not a set\n")},
		"eval/heldout/gen.py":                {Data: []byte("print()\n")},
	}
	sets, err := LoadSets(fsys, "eval", testArticle(t))
	if err != nil {
		t.Fatalf("LoadSets: %v", err)
	}
	var got []string
	for _, s := range sets {
		got = append(got, s.Group+"/"+s.Name)
	}
	want := []string{"tuned/t", "heldout/wire.txt (heldout test article)"}
	if !slices.Equal(got, want) {
		t.Fatalf("got sets %q, want %q", got, want)
	}
	if n := len(sets[1].Quotes); n != 1 {
		t.Errorf("got %d gold quotations for wire, want 1", n)
	}
}
