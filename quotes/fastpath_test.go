package quotes

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/lexicon"
)

// evalParas returns the body paragraphs of every eval article and the
// built-in one, tokenised, and of a made-up one that writes "question" in
// other cases and spellings.
func evalParas(t *testing.T) []*para {
	t.Helper()
	var out []*para
	made := "She answered QUESTIONS from reporters. Question time was taken by the mayor. " +
		"Okafor fielded questions; he took one Questión. They handled the Questionnaire and tackled a question."
	for _, a := range evalArticlesAnd(t, made) {
		out = append(out, Tokenise(a).b.paras...)
	}
	return out
}

// evalArticlesAnd returns every eval article, the built-in one and one
// made of the text made.
func evalArticlesAnd(t *testing.T, made string) []*article.Article {
	t.Helper()
	paths, _ := filepath.Glob("../testdata/eval/*/*.txt")
	var arts []*article.Article
	for _, p := range append(paths, "../article.txt") {
		a, err := article.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	a, err := article.Parse("made", []byte(made))
	if err != nil {
		t.Fatal(err)
	}
	return append(arts, a)
}

// TestAnswerVerbFastPath checks answerVerb, which skips sentences without
// "question", against the scan it shortens (kept below) on every sentence
// of the eval articles and of sentences made to write the word otherwise.
func TestAnswerVerbFastPath(t *testing.T) {
	found := 0
	for _, p := range evalParas(t) {
		for _, sid := range p.sents {
			lo, hi := p.sentRange(sid)
			for _, questions := range []bool{true, false} {
				got, want := answerVerb(p, lo, hi, questions), answerVerbScan(p, lo, hi, questions)
				if got != want {
					t.Errorf("paragraph %d, sentence %d, questions %v: got %d, want %d", p.n, sid, questions, got, want)
				}
				if questions && got >= 0 {
					found++
				}
			}
		}
	}
	if found < 3 {
		t.Errorf("only %d sentences take questions: the test reads too little", found)
	}
}

// answerVerbScan is answerVerb without the check for "question" first.
func answerVerbScan(p *para, lo, hi int, questions bool) int {
	toks := p.toks
	for k := lo; k < hi; k++ {
		if !toks[k].isWord() || toks[k].quote >= 0 || !lexicon.AnswerVerbs.Has(toks[k].lower()) {
			continue
		}
		if !questions {
			return k
		}
		for j := k + 1; j < hi && j <= k+4; j++ {
			if w := toks[j].lower(); w == "question" || w == "questions" {
				return k
			}
		}
	}
	return -1
}

// TestSpeechVerbsOf checks the verbs of speech found when a paragraph is
// tokenised against the scan reported made of each sentence (kept below),
// on every sentence of the eval articles.
func TestSpeechVerbsOf(t *testing.T) {
	n := 0
	for _, p := range evalParas(t) {
		var want []verbAt
		for _, sid := range p.sents {
			lo, hi := p.sentRange(sid)
			for v := lo; v < hi; v++ {
				if end := relativeEnd(p.toks, v, hi); end > v {
					v = end
					continue
				}
				if verb, ok := speechVerb(p.toks, v, false); ok {
					want = append(want, verbAt{tok: int32(v), sent: int32(sid), verb: verb})
				}
			}
		}
		if !slices.Equal(p.said, want) {
			t.Errorf("paragraph %d: got %v, want %v", p.n, p.said, want)
		}
		n += len(want)
	}
	if n < 100 {
		t.Errorf("only %d verbs of speech: the test reads too little", n)
	}
}

// TestLowerIsAndIn checks lowerIs and lowerIn, which compare a capitalised
// word without lowering a copy, against lower() on every token of the
// eval articles and on made-up tokens in other cases and scripts.
func TestLowerIsAndIn(t *testing.T) {
	toks := []token{}
	for _, p := range evalParas(t) {
		toks = append(toks, p.toks...)
	}
	for _, w := range []string{"THE", "The", "ThE", "Thé", "İn", "\u212aing", "\xffthe", "A", "Ａ", ""} {
		toks = append(toks, token{text: w})
	}
	for i := range toks {
		toks[i].set(lowerCased, toks[i].text == strings.ToLower(toks[i].text))
	}
	sets := []lexicon.Set{lexicon.Definites, lexicon.Indefinites, lexicon.Conjunctions, lexicon.Auxiliaries, lexicon.Negations}
	words := []string{"the", "a", "an", "in", "king", "", "thé"}
	for _, tok := range toks {
		for _, s := range sets {
			if got, want := tok.lowerIn(s), s.Has(tok.lower()); got != want {
				t.Errorf("%q.lowerIn = %v, want %v", tok.text, got, want)
			}
		}
		for _, w := range append(words, tok.lower(), strings.ToLower(tok.text)+"s") {
			if got, want := tok.lowerIs(w), tok.lower() == w; got != want {
				t.Errorf("%q.lowerIs(%q) = %v, want %v", tok.text, w, got, want)
			}
		}
	}
}

// lastWordsAll is lastWords as it was, lowering and splitting all of s.
func lastWordsAll(s string, n int) []string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) > n {
		f = f[len(f)-n:]
	}
	out := make([]string, 0, len(f))
	for _, w := range f {
		if w = strings.Trim(w, ",;:.!?()“”‘’\"'—–"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// TestLastWordsFromEnd checks lastWords, which reads s from its end,
// against lowering and splitting all of it, on every prefix of the eval
// paragraphs ending at a space or a quotation mark and on made-up text
// with other spaces, invalid bytes and punctuation alone.
func TestLastWordsFromEnd(t *testing.T) {
	texts := []string{"", " ", "  \t\n", "One", "The Mayor SAID ,  “", "a\u00a0b\u2003C\u3000d\u0085e", "x \xff\xfe y\xc2 \xe2\x80 z",
		"Ünïcödé WÖRDS — and –  ( ) “ ” ‘ ’", "ends with space ", "\u2028line\u2029para", "İstanbul KELVIN\u212a \xc2\x85x"}
	for _, p := range evalParas(t) {
		for i := range len(p.text) {
			if c := p.text[i]; c == ' ' || c == '"' || strings.HasPrefix(p.text[i:], "“") {
				texts = append(texts, p.text[:i])
			}
		}
	}
	for _, s := range texts {
		for _, n := range []int{1, 3, 4, 6, 12} {
			if got, want := lastWords(s, n), lastWordsAll(s, n); !slices.Equal(got, want) {
				t.Fatalf("lastWords(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestWordRune checks wordRune against the unicode tables on every rune,
// and isInitialish against splitting at periods.
func TestWordRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := wordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r); got != want {
			t.Fatalf("wordRune(%U) = %v, want %v", r, got, want)
		}
	}
	for _, w := range []string{"", ".", "T", "T.", "U.S", "U.S.", "Ü.S", "UK", "U..S", "é", "\xff", ".T", "a.b.c", "ab.c"} {
		want := true
		for _, part := range strings.Split(w, ".") {
			if utf8.RuneCountInString(part) != 1 {
				want = false
			}
		}
		if got := isInitialish(w); got != want {
			t.Errorf("isInitialish(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestFieldHelpers checks firstFields, lastFields, fieldCount and
// lexicon.LongEnough, which split no more than they need, against
// strings.Fields on the eval paragraphs, their halves, and made-up text
// with other spaces and invalid bytes.
func TestFieldHelpers(t *testing.T) {
	texts := []string{"", " ", "one", " two  words ", "a\u00a0b\u2003c\u3000d\u0085e f", "x \xff\xfe y\xc2 \xe2\x80 z", "\u2028l\u2029p "}
	for _, p := range evalParas(t) {
		texts = append(texts, p.text, p.text[:len(p.text)/2], p.text[len(p.text)/2:])
	}
	for _, s := range texts {
		all := strings.Fields(s)
		if got := fieldCount(s); got != len(all) {
			t.Fatalf("fieldCount(%q) = %d, want %d", s, got, len(all))
		}
		words := 0 // fields with a letter or a digit: a lone "•" or "–" is no word
		for _, f := range all {
			if strings.ContainsFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				words++
			}
		}
		if got, want := lexicon.LongEnough(s), words >= lexicon.MinQuoteWords; got != want {
			t.Fatalf("LongEnough(%q) = %v, want %v", s, got, want)
		}
		for _, n := range []int{0, 1, 2, 3, 6} {
			k := min(n, len(all))
			if got := firstFields(s, n); !slices.Equal(got, all[:k]) {
				t.Fatalf("firstFields(%q, %d) = %q, want %q", s, n, got, all[:k])
			}
			if got := lastFields(s, n); !slices.Equal(got, all[len(all)-k:]) {
				t.Fatalf("lastFields(%q, %d) = %q, want %q", s, n, got, all[len(all)-k:])
			}
		}
	}
}

// TestCapitalCached checks that the capital flag a token is made with
// still matches its text once every pass of the index has run (no rule
// rewrites a token), on the eval articles and on hyphenated, dotted,
// particle and romanised words of several kinds.
func TestCapitalCached(t *testing.T) {
	made := "Jean-Claude Hale met al-Amiri and Min-seo Park in Washington-based U.S. offices. " +
		"The 2024 el-Din report, by Dr. Ruth Addo KC and ÉLODIE Brun-Ruiz, cited “Tom” and 'Big-Yellow'. " +
		"ibn-Saud and van der Berg spoke; Jun-ho Lee said mid-March was fine."
	n := 0
	for _, a := range evalArticlesAnd(t, made) {
		b := Tokenise(a).b
		b.run()
		for _, p := range b.paras {
			for _, tok := range p.toks {
				want := tok.kind == word && capitalText(tok.text)
				if got := tok.capital(); got != want {
					t.Errorf("%q (kind %d): capital() = %v, want %v", tok.text, tok.kind, got, want)
				}
				if want {
					n++
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d capitalised tokens: the test reads too little", n)
	}
}
