// Package eval scores the answering engine on a set of questions with gold
// paragraphs and on a gold file of quotations.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// Question is one line of a question set.
type Question struct {
	Question   string `json:"question"`
	Gold       []int  `json:"gold"`
	Answerable bool   `json:"answerable"`
	Kind       string `json:"kind"`
	// Paraphrase holds correct answers in other words than the article's,
	// each with the paragraph that states it, for scoring the citation
	// gate (see RunGate).
	Paraphrase []Paraphrase `json:"paraphrase,omitempty"`
	// Facts are words of the lead a summary should name (kind "overview").
	Facts []string `json:"facts,omitempty"`
	// Names are the people and organisations the article quotes (kind
	// "speakers").
	Names []string `json:"names,omitempty"`
}

// Paraphrase is a correct sentence in other words than the article's.
type Paraphrase struct {
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
}

// Claim is one line of a STEM.claims.jsonl file: a plausible sentence the
// article does not support, near the paragraph a model would cite for it,
// or (Kind "quote") words the article never quotes Speaker as saying.
type Claim struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	Kind    string `json:"kind,omitempty"`
	Near    int    `json:"near"`
}

// LoadClaims reads a claims file in JSON lines from fsys (nil for the
// operating system's files).
func LoadClaims(fsys fs.FS, path string) ([]Claim, error) {
	var cs []Claim
	err := readLines(fsys, path, func(line []byte) error {
		var c Claim
		if err := json.Unmarshal(line, &c); err != nil {
			return err
		}
		if strings.TrimSpace(c.Text) == "" {
			return fmt.Errorf("empty claim")
		}
		cs = append(cs, c)
		return nil
	})
	return cs, err
}

// GoldQuote is one line of a quotation gold file.
type GoldQuote struct {
	Speaker   string `json:"speaker"`
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
}

// LoadQuestions reads a question set in JSON lines from fsys (nil for the
// operating system's files).
func LoadQuestions(fsys fs.FS, path string) ([]Question, error) {
	var qs []Question
	err := readLines(fsys, path, func(line []byte) error {
		var q Question
		if err := json.Unmarshal(line, &q); err != nil {
			return err
		}
		if strings.TrimSpace(q.Question) == "" {
			return fmt.Errorf("empty question")
		}
		if q.Answerable != (len(q.Gold) > 0) {
			return fmt.Errorf("question %q: answerable must be true exactly when gold is not empty", q.Question)
		}
		qs = append(qs, q)
		return nil
	})
	return qs, err
}

// LoadQuotes reads a quotation gold file in JSON lines from fsys (nil for
// the operating system's files).
func LoadQuotes(fsys fs.FS, path string) ([]GoldQuote, error) {
	var gs []GoldQuote
	err := readLines(fsys, path, func(line []byte) error {
		var g GoldQuote
		if err := json.Unmarshal(line, &g); err != nil {
			return err
		}
		gs = append(gs, g)
		return nil
	})
	return gs, err
}

// FormatError is a line of an eval file that is not what the format wants.
type FormatError struct {
	Path string
	Line int
	Err  error
}

func (e *FormatError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err) }

// Unwrap returns the cause.
func (e *FormatError) Unwrap() error { return e.Err }

func readLines(fsys fs.FS, path string, each func([]byte) error) error {
	var f io.ReadCloser
	var err error
	if fsys == nil {
		f, err = os.Open(path)
	} else {
		f, err = fsys.Open(path)
	}
	if err != nil {
		return fmt.Errorf("open eval file: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "//") {
			continue
		}
		if err := each([]byte(line)); err != nil {
			return &FormatError{Path: path, Line: n, Err: err}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}
