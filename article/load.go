package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// MaxSize is the largest article accepted, in bytes. News articles are a few
// kilobytes; anything this large is almost certainly the wrong file.
const MaxSize = 5 << 20

// Errors returned for input that is not an article. Callers match them with
// errors.Is to tell the user what to do.
var (
	ErrEmpty    = errors.New("article is empty")
	ErrBinary   = errors.New("article is not text")
	ErrNotUTF8  = errors.New("article is not valid UTF-8")
	ErrTooLarge = errors.New("article is too large")
	ErrNoBody   = errors.New("article has no paragraphs of text")
)

// Load reads and parses the article at path.
func Load(path string) (*Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open article: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read article %s: %w", path, err)
	}
	return Parse(path, data)
}

// Parse validates data and splits it into paragraphs and sentences. name is
// used in error messages and kept as Article.Name.
func Parse(name string, data []byte) (*Article, error) {
	if err := validate(data); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	a := &Article{Name: name, Text: string(data)}
	a.Paragraphs = splitParagraphs(a.Text)
	body := 0
	section := ""
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		p.Kind = classify(p.Text)
		switch p.Kind {
		case Heading:
			section = p.Text
		case Body:
			body++
			p.Section = section
			a.normBody = append(a.normBody, Normalize(p.Text))
			for _, span := range splitSentences(p.Text) {
				id := len(a.Sentences)
				a.Sentences = append(a.Sentences, Sentence{
					ID:    id,
					Para:  p.N,
					Start: p.Start + span[0],
					End:   p.Start + span[1],
					Text:  p.Text[span[0]:span[1]],
				})
				p.Sentences = append(p.Sentences, id)
			}
		}
	}
	if body == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrNoBody)
	}
	return a, nil
}

func validate(data []byte) error {
	if len(data) > MaxSize {
		return fmt.Errorf("%w: over %d MB", ErrTooLarge, MaxSize>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		return ErrNotUTF8
	}
	control := 0
	for _, r := range string(data) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			control++
		}
	}
	if control*100 > len(data) {
		return ErrBinary
	}
	return nil
}
