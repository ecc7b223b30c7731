package article

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"
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
	ErrNotFile  = errors.New("article is not a file")
)

// Load reads and parses the article at path. It is LoadContext without a
// way to give up.
func Load(path string) (*Article, error) {
	return LoadContext(context.Background(), path)
}

// LoadContext reads and parses the article at path. A directory or a
// socket is refused with ErrNotFile. A FIFO, a pipe or a device is read
// like a file, bounded by MaxSize, and ctx cancels the wait for it: a FIFO
// nobody writes to waits for a writer until the user presses Ctrl-C.
func LoadContext(ctx context.Context, path string) (*Article, error) {
	return LoadWith(ctx, path, Parse)
}

// ParseFunc turns the bytes of an article into an Article: Parse for plain
// text, or a parser that also knows other kinds (HTML pages).
type ParseFunc func(name string, data []byte) (*Article, error)

// LoadWith is LoadContext with parse in place of Parse.
func LoadWith(ctx context.Context, path string, parse ParseFunc) (*Article, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open article: %w", err)
	}
	switch {
	case st.IsDir():
		return nil, fmt.Errorf("%s: %w: it is a directory", path, ErrNotFile)
	case st.Mode()&os.ModeSocket != 0:
		return nil, fmt.Errorf("%s: %w: it is a socket", path, ErrNotFile)
	}
	f, err := openContext(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadWith(ctx, path, f, parse)
}

// openContext opens path for reading. Opening a FIFO blocks until a writer
// opens it too, and no signal interrupts that system call; so the open
// runs aside, and when ctx ends first this side opens the FIFO for writing
// once, which lets the blocked open return, and closes both.
func openContext(ctx context.Context, path string) (*os.File, error) {
	type opened struct {
		f   *os.File
		err error
	}
	done := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		done <- opened{f, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			return nil, fmt.Errorf("open article: %w", o.err)
		}
		return o.f, nil
	case <-ctx.Done():
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
		go func() { // the goroutine above exits once the open returns
			if o := <-done; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, fmt.Errorf("open article %s: %w", path, ctx.Err())
	}
}

// Read parses the article that r holds (standard input, a pipe), reading
// at most MaxSize+1 bytes. ctx stops the wait for input: the read goes on
// aside until its reader ends, and a reader that is an *os.File this
// package opened is closed to end it.
func Read(ctx context.Context, name string, r io.Reader) (*Article, error) {
	return ReadWith(ctx, name, r, Parse)
}

// ReadWith is Read with parse in place of Parse.
func ReadWith(ctx context.Context, name string, r io.Reader, parse ParseFunc) (*Article, error) {
	type read struct {
		data []byte
		err  error
	}
	done := make(chan read, 1)
	go func() {
		data, err := readAll(r)
		done <- read{data, err}
	}()
	select {
	case rd := <-done:
		if rd.err != nil {
			return nil, fmt.Errorf("read article %s: %w", name, rd.err)
		}
		return parse(name, rd.data)
	case <-ctx.Done():
		if f, ok := r.(*os.File); ok && f != os.Stdin {
			f.SetReadDeadline(time.Now()) // ends a pollable read (FIFO, pipe)
		}
		return nil, fmt.Errorf("read article %s: %w", name, ctx.Err())
	}
}

// readAll reads at most MaxSize+1 bytes of r, as io.ReadAll would. A
// regular file's size is known, so its bytes are read into one buffer of
// that size, not into one grown and copied about twenty times over (for a
// 4.5 MB article, about 10 ms of the path to the first answer).
func readAll(r io.Reader) ([]byte, error) {
	lr := io.LimitReader(r, MaxSize+1)
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > 0 {
			buf := bytes.NewBuffer(make([]byte, 0, min(st.Size(), MaxSize+1)+bytes.MinRead))
			_, err := buf.ReadFrom(lr)
			return buf.Bytes(), err
		}
	}
	return io.ReadAll(lr)
}

// Parse validates data and splits it into paragraphs and sentences. name is
// used in error messages and kept as Article.Name.
func Parse(name string, data []byte) (*Article, error) {
	if err := validate(data); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	a := &Article{Name: name}
	if bytes.HasPrefix(data, []byte(bom)) {
		data, a.bom = data[len(bom):], len(bom)
	}
	a.Text, a.droppedCR = normalizeNewlines(data)
	a.Paragraphs = splitParagraphs(a.Text)
	eachParallel(len(a.Paragraphs), func(i int) {
		a.Paragraphs[i].Kind = classify(a.Paragraphs[i].Text, i == 0)
	})
	if err := a.index(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
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
	// In valid UTF-8 a byte below 0x20 is always that control character,
	// never part of another: counting bytes reads 4.5 MB without decoding.
	control := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	if control*100 > len(data) {
		return ErrBinary
	}
	return nil
}

const bom = "\xef\xbb\xbf"

// normalizeNewlines turns CRLF and lone CR line endings into LF, so that a
// file saved on Windows or an old Mac splits into the same paragraphs as
// any other and no carriage return reaches a sentence. It returns the
// offsets in the result where a CR was dropped, for OriginalOffset.
func normalizeNewlines(data []byte) (string, []int) {
	if bytes.IndexByte(data, '\r') < 0 {
		return string(data), nil
	}
	var dropped []int
	out := make([]byte, 0, len(data))
	for i, c := range data {
		if c != '\r' {
			out = append(out, c)
			continue
		}
		if i+1 < len(data) && data[i+1] == '\n' {
			dropped = append(dropped, len(out))
			continue
		}
		out = append(out, '\n')
	}
	return string(out), dropped
}
