package lexicon

import "testing"

func TestGivenName(t *testing.T) {
	tests := []struct {
		w            string
		given, often bool
	}{
		{"Victor", true, true},
		{"harper", true, true},
		{"Tanner", true, true},
		{"Pieter", true, false},
		{"Shepherd", true, false},
		{"Seán", true, true},
		{"Forecaster", false, false},
		{"Curator", false, false},
		{"Victo", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if got := GivenName(tt.w); got != tt.given {
			t.Errorf("GivenName(%q) = %v, want %v", tt.w, got, tt.given)
		}
		if got := CommonGivenName(tt.w); got != tt.often {
			t.Errorf("CommonGivenName(%q) = %v, want %v", tt.w, got, tt.often)
		}
	}
}

func TestGivenSex(t *testing.T) {
	tests := []struct {
		w    string
		want byte
	}{
		{"Frank", 'm'},
		{"declan", 'm'},
		{"Rosalind", 'f'},
		{"Zoë", 'f'},
		{"Jordan", 0},
		{"Andrea", 0},
		{"Forecaster", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := GivenSex(tt.w); got != tt.want {
			t.Errorf("GivenSex(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestShortForm(t *testing.T) {
	for _, c := range []struct {
		short, full string
		want        bool
	}{
		{"tony", "anthony", true}, {"ted", "theodore", true}, {"dave", "david", true},
		{"kate", "katherine", true}, {"tom", "thomas", true}, {"liz", "elizabeth", true},
		{"bob", "robert", false},   // a rhyming form keeps no letters in order
		{"ann", "joanna", false},   // a vowel inside the name opens no stem
		{"al", "alan", false},      // two letters are too few
		{"anthony", "tony", false}, // the long form is no short form
		{"tim", "theodore", false}, // letters out of order
	} {
		if got := ShortForm(c.short, c.full); got != c.want {
			t.Errorf("ShortForm(%q, %q): got %v, want %v", c.short, c.full, got, c.want)
		}
	}
}
