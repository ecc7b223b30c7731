package quotes

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string // words, with "+" after a possessive
	}{
		{"Trump’s envoy", []string{"Trump+", "envoy"}},
		{"Reuters’ request", []string{"Reuters+", "request"}},
		{"Harbor City's council", []string{"Harbor", "City+", "council"}},
		{"the city's plan", []string{"the", "city's", "plan"}},
		{"didn’t it’s", []string{"didn’t", "it’s"}},
		{"Raymond T. Okafor", []string{"Raymond", "T.", "Okafor"}},
		{"Gov. Dr. Mr. Lee", []string{"Gov.", "Dr.", "Mr.", "Lee"}},
		{"the U.S. said", []string{"the", "U.S.", "said"}},
		{"$4.1 million, 1,400 jobs, 9.6 feet", []string{"4.1", "million", "1,400", "jobs", "9.6", "feet"}},
		{"Washington-based Wiśniewski", []string{"Washington-based", "Wiśniewski"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.in, 0, nil) {
				if !tok.isWord() {
					continue
				}
				w := tok.text
				if tok.poss {
					w += "+"
				}
				got = append(got, w)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func BenchmarkBuild(b *testing.B) {
	a, _ := load(b, "../article.txt")
	b.ReportAllocs()
	for b.Loop() {
		Build(a)
	}
}

// TestMarkIndex checks the mark index against the map it replaced, asked
// in order, out of order and at offsets where two marks coincide.
func TestMarkIndex(t *testing.T) {
	spans := []span{{open: 0, close: 9}, {open: 12, close: -1}, {open: 9, close: 20}, {open: 30, close: 41}}
	want := map[int]int{}
	for i, s := range spans {
		want[s.open] = i + 1
		if s.close >= 0 {
			want[s.close] = -(i + 1)
		}
	}
	m := newMarkIndex(spans)
	for _, off := range []int{0, 1, 9, 9, 12, 13, 20, 5, 30, 41, 42, 0, 41} {
		got, ok := m.at(off)
		w, wok := want[off]
		if got != w || ok != wok {
			t.Errorf("at(%d): got %d, %v, want %d, %v", off, got, ok, w, wok)
		}
	}
}

// TestLowerCase checks lowerCase against strings.ToLower.
func TestLowerCase(t *testing.T) {
	for _, s := range []string{"", "word", "Word", "wORD", "naïve", "Naïve", "ÉCOLE", "straße", "İ", "ı", "\xff", "ok\ufffd", "1,400", "u.s."} {
		lower, ascii := lowerCase(s)
		if want := s == strings.ToLower(s); lower != want {
			t.Errorf("lowerCase(%q) = %v, want %v", s, lower, want)
		}
		if lower && ascii != (strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) < 0) {
			t.Errorf("lowerCase(%q): ascii %v", s, ascii)
		}
	}
}

// TestTokenLower checks that a token's lower case, found once when it is
// made, is strings.ToLower of its text for every token of the shipped
// article and of words in mixed case and scripts.
func TestTokenLower(t *testing.T) {
	data, err := os.ReadFile("../article.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(data), "Naïve ÉCOLE straße İstanbul ıs \xff ok\ufffd “Quoted” O’Neil’s ΣΟΦΙΑ ǅemal"}
	for _, text := range texts {
		for _, tok := range tokenize(text, 0, findSpans(text)) {
			if got, want := tok.lower(), strings.ToLower(tok.text); got != want {
				t.Errorf("lower of %q = %q, want %q", tok.text, got, want)
			}
		}
	}
}

// TestTokenSize guards the token's layout: a 4.5 MB article holds about
// 900,000 of them while its quotations are attributed, so a field that
// adds padding costs megabytes.
func TestTokenSize(t *testing.T) {
	if got := unsafe.Sizeof(token{}); got != 32 {
		t.Errorf("a token is %d bytes, want 32", got)
	}
}
