package article

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One is here. Two is there.", []string{"One is here.", "Two is there."}},
		{"acronym mid sentence", "U.S. officials said it. The U.S. president agreed.", []string{"U.S. officials said it.", "The U.S. president agreed."}},
		{"acronym at end", "Sanctions came from the U.S. The Kremlin objected.", []string{"Sanctions came from the U.S.", "The Kremlin objected."}},
		{"titles", "Gov. Smith met Mr. Jones and Dr. Who. They talked.", []string{"Gov. Smith met Mr. Jones and Dr. Who.", "They talked."}},
		{"initials", "John F. Kennedy spoke. Then he left.", []string{"John F. Kennedy spoke.", "Then he left."}},
		{"decimals", "It cost $4.1 million. That is 9.6 feet.", []string{"It cost $4.1 million.", "That is 9.6 feet."}},
		{"inside curly quote", "He said, “We had a great call. It lasted two hours.” Then he left.", []string{"He said, “We had a great call. It lasted two hours.”", "Then he left."}},
		{"inside straight quote", `"Water goes. It goes somewhere," Okafor said. Nobody answered.`, []string{`"Water goes. It goes somewhere," Okafor said.`, "Nobody answered."}},
		{"quote closes sentence", "She called it “a small step forward.” Others disagreed.", []string{"She called it “a small step forward.”", "Others disagreed."}},
		{"question and exclamation", "Why now? Because! Fine.", []string{"Why now?", "Because!", "Fine."}},
		{"lower-case after period", "See e.g. this case. Done.", []string{"See e.g. this case.", "Done."}},
		{"time of day mid sentence", "The hall shuts at 9 p.m. Fridays and opens at 8 a.m. on Sundays.", []string{"The hall shuts at 9 p.m. Fridays and opens at 8 a.m. on Sundays."}},
		{"time of day before a quotation", "Ferris Lund said he clocks in at 11 p.m. “The night shift pays better,” he said.", []string{"Ferris Lund said he clocks in at 11 p.m.", "“The night shift pays better,” he said."}},
		{"time of day before a sentence starter", "The doors open at 6 a.m. The queue starts earlier.", []string{"The doors open at 6 a.m.", "The queue starts earlier."}},
		{"non-ascii", "Mayor Elena Wiśniewski spoke. Łódź listened.", []string{"Mayor Elena Wiśniewski spoke.", "Łódź listened."}},
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
