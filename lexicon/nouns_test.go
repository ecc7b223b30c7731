package lexicon

import "testing"

func TestNoun(t *testing.T) {
	tests := []struct {
		w    string
		want NounKind
	}{
		{"forecaster", NounKind{Noun: true, Person: true}},
		{"curator", NounKind{Noun: true, Person: true}},
		{"commerce", NounKind{Noun: true, Name: true}},
		{"carter", NounKind{Noun: true, Person: true, Name: true}},
		{"aardvark", NounKind{Noun: true}},
		{"zzyzx", NounKind{}},
		{"Forecaster", NounKind{}}, // looked up as written: callers fold
	}
	for _, tt := range tests {
		if got := Noun(tt.w); got != tt.want {
			t.Errorf("Noun(%q) = %+v, want %+v", tt.w, got, tt.want)
		}
	}
}
