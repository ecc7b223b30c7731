package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func loadShipped(t *testing.T) *Article {
	t.Helper()
	a, err := Load("../article.txt")
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestShippedNumbering(t *testing.T) {
	a := loadShipped(t)
	data, err := os.ReadFile("../article.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	if got, want := len(a.Paragraphs), len(lines); got != want {
		t.Fatalf("got %d paragraphs, want %d", got, want)
	}
	for i, p := range a.Paragraphs {
		if p.N != i+1 || p.Text != lines[i] {
			t.Errorf("paragraph %d: got N=%d %q, want %q", i+1, p.N, p.Text, lines[i])
		}
		if a.Text[p.Start:p.End] != p.Text {
			t.Errorf("paragraph %d: offsets do not match text", p.N)
		}
	}
	kinds := map[int]Kind{25: Heading, 37: Boilerplate, 1: Body, 36: Body}
	for n, want := range kinds {
		if got := a.Paragraphs[n-1].Kind; got != want {
			t.Errorf("paragraph %d: got kind %v, want %v", n, got, want)
		}
	}
	if got := a.Paragraphs[25].Section; got != "U.S. SHIFT CONCERNS EUROPEAN ALLIES" {
		t.Errorf("section of paragraph 26: got %q", got)
	}
	for _, s := range a.Sentences {
		if a.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: offsets do not match text %q", s.ID, s.Text)
		}
	}
	if got := len(a.SentencesOf(15)); got != 2 {
		t.Errorf("paragraph 15: got %d sentences, want 2", got)
	}
}

func TestBlankLineParagraphs(t *testing.T) {
	a, err := Load("../testdata/eval/tuned/harbor.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Paragraphs[0].Kind; got != Heading {
		t.Errorf("headline: got %v, want heading", got)
	}
	if got := a.Title(); !strings.HasPrefix(got, "Harbor City approves") {
		t.Errorf("title: got %q", got)
	}
	last := a.Paragraphs[len(a.Paragraphs)-1]
	if last.Kind != Boilerplate {
		t.Errorf("credit line: got %v, want boilerplate", last.Kind)
	}
	if !a.Contains("water doesn’t disappear") {
		t.Error("Contains should fold quotes and case")
	}
	if a.Contains("water always disappears") {
		t.Error("Contains matched text the article does not have")
	}
}

func TestMultiLineBlocks(t *testing.T) {
	a, err := Parse("x", []byte("Title line\n\nFirst block wraps\nonto a second line.\n\n\nSecond block.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(a.Paragraphs); got != 3 {
		t.Fatalf("got %d paragraphs, want 3", got)
	}
	if got := a.Paragraphs[1].Text; got != "First block wraps\nonto a second line." {
		t.Errorf("got %q", got)
	}
}

func TestValidation(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		path string
		want error
	}{
		{"missing", filepath.Join(dir, "nope.txt"), os.ErrNotExist},
		{"empty", write("empty.txt", []byte(" \n\n ")), ErrEmpty},
		{"binary", write("bin", []byte("PK\x03\x04\x00\x00")), ErrBinary},
		{"latin1", write("latin1.txt", []byte("Caf\xe9 society.")), ErrNotUTF8},
		{"too large", write("big.txt", []byte(strings.Repeat("word. ", MaxSize/6+10))), ErrTooLarge},
		{"only boilerplate", write("boiler.txt", []byte("Click here for more World news.\n")), ErrNoBody},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.path)
			if !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestBOMAndCRLF(t *testing.T) {
	a, err := Parse("x", []byte("\xef\xbb\xbfFirst line here.\r\nSecond line here.\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(a.Paragraphs); got != 2 {
		t.Fatalf("got %d paragraphs, want 2", got)
	}
	if got := a.Paragraphs[0].Text; got != "First line here." {
		t.Errorf("got %q", got)
	}
}

// TestShortQuotedParagraphsAreBody checks that a short paragraph that
// ends with a closing quotation mark, in any language's style, is body
// text, not a heading: the sentence inside the marks ends it.
func TestShortQuotedParagraphsAreBody(t *testing.T) {
	for _, line := range []string{
		"She said: “We will appeal.”",
		"She said: «We will appeal.»",
		"Sie sagte: „Wir gehen in Berufung.“",
		"Hon sa: »Vi överklagar.»",
		"Han sa: »Vi anker.«",
		"彼女は「控訴します」",
	} {
		a, err := Parse("test", []byte("Headline\n"+line+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Paragraphs[1].Kind; got != Body {
			t.Errorf("%q: got %v, want body", line, got)
		}
	}
}

// TestDatedLinesAreBody checks that a short line giving an hour and a year
// (an embargo line, an update stamp) is text a question can be answered
// from, while headlines and section titles, even with a year, stay
// headings.
func TestDatedLinesAreBody(t *testing.T) {
	for _, tt := range []struct {
		line string
		want Kind
	}{
		{"EMBARGOED UNTIL 07:30 EDT, 2 JUNE 2027", Body},
		{"Not for publication before 10.30 BST on 14 May 2026", Body},
		{"Bank cuts rate to 3.75% in first move down since 2022", Heading},
		{"Updated 2025-03-04 at 18:20 GMT", Body},
		{"Notes to editors", Heading},
		{"Flood defences tested in 2024 storms", Heading},
		{"Kickoff at 7:45 tonight", Heading},
	} {
		a, err := Parse("test", []byte("Headline\n\n"+tt.line+"\n\nThe council met on Monday.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Paragraphs[1].Kind; got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestRecordLinesAreBody checks that a short line of three fields or more
// set off by commas (a media contact, an obituary's footer) is text to
// read, while a section title and a headline stay headings, the headline
// whatever its commas.
func TestRecordLinesAreBody(t *testing.T) {
	for _, tt := range []struct {
		line string
		want Kind
	}{
		{"Press contact: Ann Roe, Communications Unit, Marlow University, 01632 960000", Body},
		{"Lena Brook, ward councillor, born 1 May 1950; died 2 June 2026", Body},
		{"Pictured: Ann Roe, Tom Hale, Ed Vance", Body},
		{"Results, fixtures and tables", Heading},
		{"Notes to editors", Heading},
	} {
		a, err := Parse("test", []byte("Headline\n\n"+tt.line+"\n\nThe council met on Monday.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Paragraphs[1].Kind; got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.line, got, tt.want)
		}
	}
	a, err := Parse("test", []byte("Fire, flood, famine: a year on the river\n\nThe council met on Monday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Paragraphs[0].Kind; got != Heading {
		t.Errorf("a headline with two commas: got %v, want Heading", got)
	}
}
