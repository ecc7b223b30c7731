package article

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestInternationalQuotesDelimitSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"German", "Er sagte: „Wir sind bereit. Es geht los.“ Dann ging er. Alle blieben.",
			[]string{"Er sagte: „Wir sind bereit. Es geht los.“", "Dann ging er.", "Alle blieben."}},
		{"Polish", "Powiedział: „Jesteśmy gotowi. Zaczynamy.” Potem wyszedł. Wszyscy zostali.",
			[]string{"Powiedział: „Jesteśmy gotowi. Zaczynamy.”", "Potem wyszedł.", "Wszyscy zostali."}},
		{"French", "Il a dit : « Nous sommes prêts. On y va. » Puis il est parti. Tous sont restés.",
			[]string{"Il a dit : « Nous sommes prêts. On y va. »", "Puis il est parti.", "Tous sont restés."}},
		{"German guillemets", "Er sagte: »Wir sind bereit. Es geht los.« Dann ging er.",
			[]string{"Er sagte: »Wir sind bereit. Es geht los.«", "Dann ging er."}},
		{"Swiss single", "Sie sagte: ‹Wir sind bereit. Es geht los.› Dann ging sie.",
			[]string{"Sie sagte: ‹Wir sind bereit. Es geht los.›", "Dann ging sie."}},
		{"German single", "Er sagte: ‚Wir sind bereit. Es geht los.‘ Dann ging er.",
			[]string{"Er sagte: ‚Wir sind bereit. Es geht los.‘", "Dann ging er."}},
		{"corner brackets", "He wrote 「We are ready. We go.」 Then he left.",
			[]string{"He wrote 「We are ready. We go.」", "Then he left."}},
		{"a German quotation running on to the next paragraph", "Er sagte: „Wir sind bereit. Es geht los.",
			[]string{"Er sagte: „Wir sind bereit. Es geht los."}},
		{"a closed quotation before an unclosed one", "Er sagte: „Wir sind bereit.“ Dann ging er. „Es geht los. Morgen.",
			[]string{"Er sagte: „Wir sind bereit.“", "Dann ging er.", "„Es geht los. Morgen."}},
		{"a stray closing mark", "Er ging.“ Dann kam sie. Alle blieben.",
			[]string{"Er ging.“", "Dann kam sie.", "Alle blieben."}},
		{"sentence opening with a German quote", "Dann ging er. „Wir sind bereit“, sagte er.",
			[]string{"Dann ging er.", "„Wir sind bereit“, sagte er."}},
		{"sentence opening with a guillemet", "Puis il est parti. « Nous sommes prêts », a-t-il dit.",
			[]string{"Puis il est parti.", "« Nous sommes prêts », a-t-il dit."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tt.in) {
				got = append(got, tt.in[s[0]:s[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOverlongSentencesAreCut(t *testing.T) {
	clauses := strings.Repeat("the committee heard from residents, ", 100)
	words := strings.Repeat("word ", 400)
	tests := []struct {
		name, in string
		cutAfter string // every piece but the last ends with this
	}{
		{"clauses", "Then " + clauses + "and it ended.", ","},
		{"words", "Then " + words + "end.", "word"},
		{"one huge word", strings.Repeat("x", 5000), "x"},
		{"wide runes", strings.Repeat("語", 3000), "語"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := splitSentences(tt.in)
			if len(spans) < 2 {
				t.Fatalf("got %d sentences, want the text cut", len(spans))
			}
			prev := 0
			for k, s := range spans {
				piece := tt.in[s[0]:s[1]]
				if n := utf8.RuneCountInString(piece); n > MaxSentence || n == 0 {
					t.Errorf("piece %d has %d runes, want 1 to %d", k, n, MaxSentence)
				}
				if s[0] < prev {
					t.Errorf("piece %d starts at %d, before the end of the previous one (%d)", k, s[0], prev)
				}
				prev = s[1]
				if k < len(spans)-1 && !strings.HasSuffix(piece, tt.cutAfter) {
					t.Errorf("piece %d ends %q, want a cut after %q", k, piece[max(0, len(piece)-12):], tt.cutAfter)
				}
			}
			if tt.in[spans[len(spans)-1][1]-1] != tt.in[len(tt.in)-1] {
				t.Error("the end of the text is lost")
			}
		})
	}
}
