package lexicon

import (
	"strings"
	"testing"
)

func TestNear(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"zelensky", "zelenskiy", true},
		{"zelenskyy", "zelenskiy", true},
		{"witkof", "witkoff", true},
		{"scholtz", "scholz", true},
		{"colbuorn", "colbourn", true}, // swapped letters
		{"biden", "putin", false},
		{"macro", "macron", true}, // one edit in five letters
		{"kim", "kym", false},     // three letters must match exactly
		{"mash", "marsh", true},
		{"osie", "osei", true},
		{"burg", "berg", true},
		{"doe", "dee", false},
		{"jinping", "putin", false},
		{"kremlin", "gremlin", false}, // first letters differ
		{"snegovaya", "snegovaia", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if _, got := Near(tt.a, tt.b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNearWords(t *testing.T) {
	tests := []struct {
		q, name []string
		want    bool
	}{
		{[]string{"sandra", "kym"}, []string{"sandra", "kim"}, true},
		{[]string{"olaf", "burg"}, []string{"olof", "berg"}, true},
		{[]string{"kym"}, []string{"kim"}, false},
		{[]string{"abl"}, []string{"abel"}, true},  // a letter dropped from a four-letter name
		{[]string{"bel"}, []string{"abel"}, false}, // the first letter must agree
		{[]string{"ab"}, []string{"abel"}, false},  // two edits in four letters
		{[]string{"europe"}, []string{"european"}, false},
		{[]string{"markus", "bel"}, []string{"marcus", "bell"}, true},
		{[]string{"milla", "kovac"}, []string{"tomasz", "kovac"}, false},
		{[]string{"jon", "doe"}, []string{"jan", "dee"}, false},                                      // two edits in six letters
		{[]string{"sofie", "aberg"}, []string{"sophie", "aberg"}, true},                              // two edits in one word, two in eleven letters
		{[]string{"sofi", "aberg"}, []string{"sophie", "aberg"}, false},                              // three edits
		{[]string{"sofie", "aberk"}, []string{"sophie", "aberg"}, false},                             // three edits in eleven letters
		{[]string{"tan", "wei", "ling", "jay"}, []string{"tan", "wei", "ling", "jie"}, true},         // the other three words vouch for it
		{[]string{"orla", "nic", "giolla", "ruadh"}, []string{"orla", "nic", "giolla", "rua"}, true}, // two letters added to a short surname
		{[]string{"wei", "jay"}, []string{"wei", "jie"}, false},                                      // one other word does not
		{[]string{"tan", "wai", "ling", "jay"}, []string{"tan", "wei", "ling", "jie"}, false},        // nor a second misspelt word
		{[]string{"tan", "wei", "ling", "kay"}, []string{"tan", "wei", "ling", "jie"}, false},        // the first letter must agree
		{[]string{"tan", "wei", "ling", "jaymie"}, []string{"tan", "wei", "ling", "jie"}, false},     // three edits in thirteen letters
	}
	for _, tt := range tests {
		if _, got := NearWords(tt.q, tt.name); got != tt.want {
			t.Errorf("NearWords(%q, %q): got %v, want %v", tt.q, tt.name, got, tt.want)
		}
	}
}

// TestOtherForm checks names of three words or more written with one word
// in another form of its stem, a plural in "ies" among them, and names
// that differ by more than that.
func TestOtherForm(t *testing.T) {
	tests := []struct {
		q, name string
		want    bool
	}{
		{"fenland nurses federation", "fenland nursing federation", true},
		{"harrow valley ferry", "harrow valley ferries", true},
		{"north sea fishery board", "north sea fisheries board", true},
		{"harrow valley ferry", "harrow valley farriers", false},
		{"harrow valley ferries", "harrow hill ferry", false},
		{"valley ferry", "valley ferries", false}, // two words: too short to tell
	}
	for _, tt := range tests {
		if got := OtherForm(strings.Fields(tt.q), strings.Fields(tt.name)); got != tt.want {
			t.Errorf("OtherForm(%q, %q): got %v, want %v", tt.q, tt.name, got, tt.want)
		}
	}
}
