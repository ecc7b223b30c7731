package lexicon

import "testing"

// TestKinMentions checks that a family noun is read with the words that
// make it another relation, hyphenated or spaced.
func TestKinMentions(t *testing.T) {
	tests := []struct {
		text string
		want []KinMention
	}{
		{"her brothers-in-law", []KinMention{{"brother", "in-law"}}},
		{"his daughter in law and his son", []KinMention{{"daughter", "in-law"}, {"son", ""}}},
		{"a great-grandmother", []KinMention{{"grandmother", "great"}}},
		{"the step-sister", []KinMention{{"sister", "step"}}},
	}
	for _, tt := range tests {
		got := KinMentions(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("KinMentions(%q) = %v; want %v", tt.text, got, tt.want)
			continue
		}
		for k := range got {
			if got[k] != tt.want[k] {
				t.Errorf("KinMentions(%q) = %v; want %v", tt.text, got, tt.want)
			}
		}
	}
}

func TestSpouseNoun(t *testing.T) {
	for sex, want := range map[byte]string{'m': "husband", 'f': "wife", 0: "spouse"} {
		if got := SpouseNoun(sex); got != want {
			t.Errorf("SpouseNoun(%q) = %q, want %q", sex, got, want)
		}
	}
}
