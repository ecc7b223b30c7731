package article

import (
	"path/filepath"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
)

// TestIsBoilerplate checks that isBoilerplate answers as the expression
// does: on strings made from every form the expression matches (so a form
// added to it without its start in boilerplateStarts fails here), in
// several cases and with other scripts' letter forms, on short and
// non-ASCII text, and on every paragraph of the eval articles.
func TestIsBoilerplate(t *testing.T) {
	re, err := syntax.Parse(boilerplate.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, s := range samples(re.Simplify()) {
		if !boilerplate.MatchString(s) {
			continue
		}
		texts = append(texts, s, strings.ToUpper(s), titleCase(s), s+" of the day", " "+s,
			strings.ReplaceAll(s, "k", "\u212a"), strings.ReplaceAll(s, "s", "\u017f"), strings.ReplaceAll(s, "S", "\u017f"))
	}
	if len(texts) < 40 {
		t.Fatalf("only %d samples of the expression", len(texts)/8)
	}
	texts = append(texts, "", "a", "ab", "©", "© ", "© 2026 Harbor Times", "(C) Harbor", "Cl", "Ǉ", "\u212alick here", "Read", "The council voted.")
	files, _ := filepath.Glob("../testdata/eval/*/*.txt")
	for _, f := range append(files, "../article.txt") {
		a, err := Load(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range a.Paragraphs {
			texts = append(texts, strings.TrimSpace(p.Text))
		}
	}
	matched := 0
	for _, s := range texts {
		want := boilerplate.MatchString(s)
		if got := isBoilerplate(s); got != want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched == 0 {
		t.Error("no text matched the expression")
	}
}

// samples returns strings that re can match, at least one through every
// alternative, with optional parts both left out and put in.
func samples(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 {
			return []string{s, strings.ToUpper(s)}
		}
		return []string{s}
	case syntax.OpCharClass:
		var out []string
		for i := 0; i < len(re.Rune); i += 2 {
			out = append(out, string(re.Rune[i]))
		}
		return out
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return []string{"x"}
	case syntax.OpCapture:
		return samples(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			out = append(out, samples(sub)...)
		}
		return out
	case syntax.OpQuest, syntax.OpStar:
		return append([]string{""}, samples(re.Sub[0])...)
	case syntax.OpPlus, syntax.OpRepeat:
		return samples(re.Sub[0])
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			var next []string
			for _, head := range out {
				for _, tail := range samples(sub) {
					if len(next) < 4096 {
						next = append(next, head+tail)
					}
				}
			}
			out = next
		}
		return out
	}
	return []string{""} // anchors and word boundaries match no text of their own
}

// titleCase upper-cases the first letter of s.
func titleCase(s string) string {
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
