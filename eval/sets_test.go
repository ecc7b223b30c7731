package eval

import (
	"io/fs"
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
	sets, got := loadSetNames(t, fsys)
	want := []string{"tuned/t", "heldout/wire.txt (heldout test article)"}
	if !slices.Equal(got, want) {
		t.Fatalf("got sets %q, want %q", got, want)
	}
	if n := len(sets[1].Quotes); n != 1 {
		t.Errorf("got %d gold quotations for wire, want 1", n)
	}
}

func TestLoadSetsGroupsInReportOrder(t *testing.T) {
	art := []byte("Ferry returns\n\nThe ferry runs again from Monday.\n")
	q := []byte(`{"question": "When does the ferry run again?", "gold": [2], "answerable": true, "kind": "fact"}` + "\n")
	fsys := fstest.MapFS{
		"eval/unseen/b.txt":              {Data: art},
		"eval/unseen/b.questions.jsonl":  {Data: q},
		"eval/unseen/a.txt":              {Data: art},
		"eval/heldout/c.txt":             {Data: art},
		"eval/tuned/d.questions.jsonl":   {Data: q},
		"eval/tuned/d.txt":               {Data: art},
		"eval/elsewhere/e.txt":           {Data: art}, // not a group: never loaded
		"eval/unseen/README.md":          {Data: []byte("# Unseen sets\n")},
		"eval/unseen/a.people.jsonl":     {Data: []byte(`{"name": "A B", "lookups": ["B"]}` + "\n")},
		"eval/unseen/a.claims.jsonl":     {Data: []byte(`{"text": "The ferry runs from Tuesday.", "near": 2}` + "\n")},
		"eval/heldout/c.questions.jsonl": {Data: q},
	}
	sets, got := loadSetNames(t, fsys)
	want := []string{
		"tuned/d.txt (tuned test article)",
		"heldout/c.txt (heldout test article)",
		"unseen/a.txt (unseen test article)",
		"unseen/b.txt (unseen test article)",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got sets %q, want %q", got, want)
	}
	a, b := sets[2], sets[3]
	if len(a.People) != 1 || len(a.Claims) != 1 || len(a.Questions) != 0 {
		t.Errorf("unseen/a: got %d people, %d claims, %d questions, want 1, 1, 0", len(a.People), len(a.Claims), len(a.Questions))
	}
	if len(b.Questions) != 1 {
		t.Errorf("unseen/b: got %d questions, want 1", len(b.Questions))
	}
}

// loadSetNames loads the sets under eval/ of fsys and returns them with
// their names as "group/name", failing the test if they do not load.
func loadSetNames(t *testing.T, fsys fs.FS) ([]Set, []string) {
	t.Helper()
	sets, err := LoadSets(fsys, "eval", testArticle(t))
	if err != nil {
		t.Fatalf("LoadSets: %v", err)
	}
	var names []string
	for _, s := range sets {
		names = append(names, s.Group+"/"+s.Name)
	}
	return sets, names
}
