package main

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// view is a writer for a person at a terminal: it wraps text to the
// terminal's width, never inside a word, gives lines that start with
// labels ("[2] ¶4", "¶5") a hanging indent so that their text lines up,
// and colours citation markers, paragraph numbers and notes. It works on a
// stream of writes (an answer arriving token by token) as well as on whole
// lines: it holds back the word being written until a space or newline
// ends it, so Flush must be called before anything else writes to the
// terminal. Escape sequences the program writes itself pass through
// unchanged and take no room; untrusted text must have been cleaned
// (termtext.Clean) before it reaches a view.
//
// The layout is done here rather than by a library: the wrapping libraries
// in Go work on whole strings, and an answer arrives in pieces.
type view struct {
	mu    sync.Mutex
	w     io.Writer
	width int  // columns; 0 turns wrapping off
	color bool // whether to colour

	col    int    // the column the next character lands in
	indent int    // where continuation lines of the current line start
	head   bool   // still among the line's leading labels
	spaces int    // spaces held back before the next word
	word   []byte // the word being written
	esc    escState
	// before, when set, runs once before the first byte reaches w: it
	// stops a progress indicator.
	before func()
	// lines counts the line breaks written to w, and height is the
	// terminal's rows (0 when unknown), so that a streamed draft can be
	// erased and redrawn (see askAndShow).
	lines, height int
}

// Lines returns how many line breaks the view has written.
func (v *view) Lines() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.lines
}

// Height returns the terminal's rows, or 0 when unknown.
func (v *view) Height() int { return v.height }

// newView returns a view writing to w; width 0 means no wrapping.
func newView(w io.Writer, width int, color bool) *view {
	return &view{w: w, width: width, color: color, head: true}
}

// SGR colours, chosen to read on dark and light backgrounds alike.
const (
	sgrReset  = "\x1b[0m"
	sgrMarker = "\x1b[36m"   // cyan: [n]
	sgrPara   = "\x1b[33m"   // yellow: ¶n
	sgrNote   = "\x1b[1;35m" // bold magenta: Note:, Warning:, Sorry:
)

var (
	markerRE = regexp.MustCompile(`\[\d+\]`)
	paraRE   = regexp.MustCompile(`¶\d+`)
	labelRE  = regexp.MustCompile(`^(\[\d+\]|¶\d+)$`)
	notes    = map[string]bool{"Note:": true, "Warning:": true, "Sorry:": true}
)

// Write lays p out; it never fails unless the underlying writer does.
func (v *view) Write(p []byte) (int, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	var out bytes.Buffer
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		c := p[i : i+size]
		i += size
		switch {
		case v.esc != escNone || r == 0x1b:
			v.esc = v.esc.next(r)
			v.word = append(v.word, c...)
		case r == '\n':
			v.flushWord(&out)
			v.spaces = 0
			out.WriteByte('\n')
			v.col, v.indent, v.head = 0, 0, true
		case r == '\r':
			v.flushWord(&out)
			v.spaces = 0
			out.WriteByte('\r')
			v.col, v.indent, v.head = 0, 0, true
		case r == ' ' || r == '\t':
			v.flushWord(&out)
			if v.col == 0 && v.head && v.spaces == 0 && r == '\t' {
				v.spaces = 8
			} else {
				v.spaces++
			}
		default:
			v.word = append(v.word, c...)
		}
	}
	return len(p), v.emit(out.Bytes())
}

// Flush writes the word held back.
func (v *view) Flush() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	var out bytes.Buffer
	v.flushWord(&out)
	if v.spaces > 0 && v.col > 0 {
		out.WriteString(strings.Repeat(" ", v.spaces))
		v.col += v.spaces
		v.spaces = 0
	}
	return v.emit(out.Bytes())
}

func (v *view) emit(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	if v.before != nil {
		v.before()
		v.before = nil
	}
	v.lines += bytes.Count(b, []byte{'\n'})
	_, err := v.w.Write(b)
	return err
}

// flushWord places the held word on the current line or, when it does not
// fit, on the next one at the hanging indent.
func (v *view) flushWord(out *bytes.Buffer) {
	if len(v.word) == 0 {
		return
	}
	word := string(v.word)
	v.word = v.word[:0]
	w := textWidth(word)
	if v.width > 0 && v.col > v.indent && v.col+v.spaces+w > v.width {
		out.WriteByte('\n')
		out.WriteString(strings.Repeat(" ", v.indent))
		v.col, v.spaces = v.indent, 0
	}
	out.WriteString(strings.Repeat(" ", v.spaces))
	v.col += v.spaces
	v.spaces = 0
	first := false
	if v.head {
		if labelRE.MatchString(word) {
			v.indent = v.col + w // the text after the labels starts further on
		} else {
			v.head, first = false, true
			v.indent = v.col
			if v.width > 0 && v.indent > v.width/2 {
				v.indent = 0 // a hanging indent that leaves no room helps nobody
			}
		}
	}
	out.WriteString(v.paint(word, first))
	v.col += w
}

// paint colours the markers and paragraph numbers in a word, and the word
// itself when it is a note label that starts a line.
func (v *view) paint(word string, first bool) string {
	if !v.color {
		return word
	}
	if first && notes[word] {
		return sgrNote + word + sgrReset
	}
	word = markerRE.ReplaceAllString(word, sgrMarker+"$0"+sgrReset)
	return paraRE.ReplaceAllString(word, sgrPara+"$0"+sgrReset)
}

// textWidth is the number of columns s takes on a terminal: wide East Asian
// characters take two, escape sequences none.
func textWidth(s string) int {
	n := 0
	esc := escNone
	for _, r := range s {
		switch {
		case esc != escNone || r == 0x1b:
			esc = esc.next(r)
		default:
			switch width.LookupRune(r).Kind() {
			case width.EastAsianWide, width.EastAsianFullwidth:
				n += 2
			default:
				n++
			}
		}
	}
	return n
}

// escState follows an escape sequence the program wrote, so that it takes
// no room and is never split.
type escState int

const (
	escNone  escState = iota
	escStart          // after ESC
	escCSI            // ESC [ … final byte in @–~
	escOSC            // ESC ] … BEL or ESC \
)

// next returns the state after r.
func (s escState) next(r rune) escState {
	switch s {
	case escNone:
		if r == 0x1b {
			return escStart
		}
	case escStart:
		switch r {
		case '[':
			return escCSI
		case ']':
			return escOSC
		}
		return escNone // a two-byte sequence such as ESC 7
	case escCSI:
		if r >= '@' && r <= '~' {
			return escNone
		}
		return escCSI
	case escOSC:
		if r == '\a' || r == '\\' {
			return escNone
		}
		return escOSC
	}
	return escNone
}
