package quotes

import (
	"strings"
	"testing"
)

// TestFirstNMatchesFields checks firstN, which splits off only the words it
// needs, against the whole split it replaced.
func TestFirstNMatchesFields(t *testing.T) {
	for _, s := range []string{"", "   ", "one", " said Ann  Lee, the\tmayor.\n Next", "“x,” he said", "a\u00a0b c\u2003d e f g h", strings.Repeat("w ", 50)} {
		for n := 0; n <= 8; n++ {
			f := strings.Fields(s)
			if len(f) > n {
				f = f[:n]
			}
			if got, want := firstN(s, n), strings.Join(f, " "); got != want {
				t.Errorf("firstN(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestClauseBeforeIsBounded checks that the clause before a quotation is
// read back no further than maxClause bytes, so a paragraph of thousands of
// quotation marks without a sentence end costs each mark a bounded scan,
// and that a clause within the bound is the whole clause.
func TestClauseBeforeIsBounded(t *testing.T) {
	endless := strings.Repeat("“a” é ", 2000)
	if got := clauseBefore(endless); len(got) > maxClause || !strings.HasSuffix(endless, got) || got == "" {
		t.Errorf("clauseBefore of %d bytes without a sentence end gave %d bytes", len(endless), len(got))
	}
	if got := clauseBefore("It rained. The mayor called it "); got != " The mayor called it " {
		t.Errorf("clauseBefore = %q", got)
	}
	long := "Done. " + strings.Repeat("word ", 300) // 1,500 bytes
	if got := clauseBefore(long); got != " "+strings.Repeat("word ", 300) {
		t.Errorf("a clause within the bound was cut: %d bytes", len(got))
	}
}
