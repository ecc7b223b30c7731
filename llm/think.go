package llm

import "strings"

const (
	openTag  = "<think>"
	closeTag = "</think>"
)

// thinkFilter removes <think>…</think> reasoning from a streamed answer. Feed
// it each content delta with Write, which returns the text that is safe to
// show, and call Flush once the stream has finished.
//
// The rules:
//   - A <think> block is hidden, wherever it starts, also when its tags are
//     split across deltas. Text that might be the start of a tag ("<th") is
//     held until the next delta settles it.
//   - An unterminated block hides everything after <think>; if the stream ends
//     inside it, the answer is what came before.
//   - A </think> without an opener: some servers put <think> in the prompt so
//     the model's output starts inside the reasoning. The filter holds back the
//     leading output, up to hold bytes of non-space text; if a </think> arrives
//     within that window, everything before it was reasoning and is dropped.
//     Past the window the held text is released and a later stray </think> is
//     dropped as a tag but its preceding text, already shown, stays. A
//     negative hold never releases early: the whole answer waits for </think>
//     or the end of the stream, where it is released if no </think> came
//     (Complete uses this, having the whole text at once). A <think> ends the
//     window: what came before it is answer.
//   - Whitespace before the first visible text (at the start, or after a think
//     block) is dropped.
//
// The visible text does not depend on how the content is split into deltas.
type thinkFilter struct {
	hold    int             // bytes held to spot a stray </think>; <0 means no limit, 0 none
	holding bool            // still inside the hold window
	held    strings.Builder // leading text held back while holding
	inThink bool
	pending string // a tail that may be the start of a tag
	started bool   // whether visible non-space text has been emitted
}

func newThinkFilter(hold int) *thinkFilter {
	return &thinkFilter{hold: hold, holding: hold != 0}
}

// Write takes the next piece of raw content and returns what may be shown.
func (f *thinkFilter) Write(s string) string {
	var out strings.Builder
	buf := f.pending + s
	f.pending = ""
	for buf != "" {
		if f.inThink {
			i := strings.Index(buf, closeTag)
			if i < 0 {
				f.pending = tagPrefixSuffix(buf, closeTag)
				break
			}
			buf, f.inThink = buf[i+len(closeTag):], false
			continue
		}
		open, closing := strings.Index(buf, openTag), strings.Index(buf, closeTag)
		switch {
		case open >= 0 && (closing < 0 || open < closing):
			f.emit(&out, buf[:open])
			f.release(&out) // text before an opener is the answer
			buf, f.inThink = buf[open+len(openTag):], true
		case closing >= 0:
			if f.holding && f.withinHold(buf[:closing]) {
				// A stray </think> in the window: all before it was reasoning.
				f.held.Reset()
				f.holding = false
			} else {
				f.emit(&out, buf[:closing])
			}
			buf = buf[closing+len(closeTag):]
		default:
			f.pending = tagPrefixSuffix(buf, openTag, closeTag)
			f.emit(&out, buf[:len(buf)-len(f.pending)])
			buf = ""
		}
	}
	return out.String()
}

// Flush ends the stream and returns the text still held back.
func (f *thinkFilter) Flush() string {
	var out strings.Builder
	if !f.inThink {
		f.emit(&out, f.pending)
	}
	f.pending = ""
	f.release(&out)
	return out.String()
}

// emit passes visible text on, or holds it while inside the hold window.
func (f *thinkFilter) emit(out *strings.Builder, s string) {
	if s == "" {
		return
	}
	if !f.holding {
		f.show(out, s)
		return
	}
	f.held.WriteString(s)
	if !f.withinHold("") {
		f.release(out)
	}
}

// withinHold reports whether the held text followed by more still fits the
// hold window; leading whitespace does not count.
func (f *thinkFilter) withinHold(more string) bool {
	return f.hold < 0 || len(strings.TrimLeft(f.held.String()+more, " \t\r\n")) <= f.hold
}

// release ends the hold window and shows what it held.
func (f *thinkFilter) release(out *strings.Builder) {
	if !f.holding {
		return
	}
	f.holding = false
	s := f.held.String()
	f.held.Reset()
	f.show(out, s)
}

func (f *thinkFilter) show(out *strings.Builder, s string) {
	if !f.started {
		s = strings.TrimLeft(s, " \t\r\n")
		if s == "" {
			return
		}
		f.started = true
	}
	out.WriteString(s)
}

// tagPrefixSuffix returns the longest suffix of s that is a proper prefix of
// one of the tags, i.e. text that may become a tag with the next delta.
func tagPrefixSuffix(s string, tags ...string) string {
	for k := min(len(s), len(closeTag)-1); k > 0; k-- {
		suffix := s[len(s)-k:]
		for _, tag := range tags {
			if strings.HasPrefix(tag, suffix) {
				return suffix
			}
		}
	}
	return ""
}
