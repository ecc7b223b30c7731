package retrieval

import (
	"slices"
	"testing"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"stems and stop words", "The talks were following a lengthy call", []string{"talk", "follow", "lengthi", "call"}},
		{"curly possessive", "Russia’s invasion of Ukraine’s east", []string{"russia", "invas", "ukrain", "east"}},
		{"straight possessive", "Fox News's show", []string{"fox", "news", "show"}},
		{"plural possessive", "the allies’ concerns", []string{"alli", "concern"}},
		{"contractions", "we didn’t and they’ve said it’s fine, I'm sure", []string{"said", "fine", "sure"}},
		{"inner apostrophe", "O’Brien spoke", []string{"obrien", "spoke"}},
		{"hyphens and numbers", "a full 30-day ceasefire since 2022", []string{"full", "30", "day", "ceasefir", "sinc", "2022"}},
		{"decimals and thousands", "$4.1 million for 1,400 jobs, 7-2 vote", []string{"4.1", "million", "1400", "job", "7", "2", "vote"}},
		{"sentence-final number", "in 2014.", []string{"2014"}},
		{"diacritics", "Mayor Elena Wiśniewski", []string{"mayor", "elena", "wisniewski"}},
		{"more diacritics", "Łódź Zürich São Paulo Straße", []string{"lodz", "zurich", "sao", "paulo", "strass"}},
		{"decomposed accent", "Cafe\u0301 society", []string{"cafe", "societi"}},
		{"acronym kept", "the U.S. president", []string{"us", "presid"}},
		{"plain stop word us", "tell us", []string{"tell"}},
		{"quotes and dashes", "“Up until recently – we”", []string{"recent"}},
		{"empty", "", nil},
		{"only stop words", "what is it that they were", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Terms(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Terms(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTermsSpellingVariants(t *testing.T) {
	pairs := [][2]string{
		{"Wiśniewski", "wisniewski"},
		{"Zaporizhzhia’s", "ZAPORIZHZHIA"},
		{"negotiations", "negotiating"},
	}
	for _, p := range pairs {
		a, b := Terms(p[0]), Terms(p[1])
		if !slices.Equal(a, b) {
			t.Errorf("got %q and %q, want the same terms", a, b)
		}
	}
}

func BenchmarkTerms(b *testing.B) {
	a := loadArticle(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Terms(a.Text)
	}
}

// TestAppendTerms checks that AppendTerms keeps what dst holds and adds
// what Terms gives, when dst is reused from text to text.
func TestAppendTerms(t *testing.T) {
	var buf []string
	for _, text := range []string{"Russia’s U.S. envoy said", "", "the of and", "1,400 jobs in 2022"} {
		buf = AppendTerms(buf[:0], text)
		if want := Terms(text); !slices.Equal(buf, want) {
			t.Errorf("AppendTerms(%q) = %q, want %q", text, buf, want)
		}
		if got, want := AppendTerms([]string{"x"}, text), append([]string{"x"}, Terms(text)...); !slices.Equal(got, want) {
			t.Errorf("AppendTerms([x], %q) = %q, want %q", text, got, want)
		}
	}
}
