package quotes

import (
	"reflect"
	"testing"
)

func TestMentioned(t *testing.T) {
	_, ix := load(t, "../article.txt")
	tests := []struct {
		in   string
		want []string
	}{
		{"what did witkof say", []string{"Steve Witkoff"}},
		{"What did Zelensky say about Putin?", []string{"Volodymyr Zelenskiy", "Vladimir Putin"}},
		{"did putin reply to ursula von der leyen", []string{"Ursula von der Leyen", "Vladimir Putin"}},
		{"trump's call with putin", []string{"Donald Trump", "Vladimir Putin"}},
		{"what did the white house say", []string{"White House"}},
		{"what about xi jinping and biden", nil},
		{"what did the experts say about the house", nil},
		{"what did the german chancellor say", nil},
		{"is the macro picture good", nil},
		{"what did he say", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ix.Mentioned(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLastPerson(t *testing.T) {
	_, ix := load(t, "../article.txt")
	tests := []struct {
		in   string
		want string
	}{
		{"What did Trump say to Putin?", "Vladimir Putin"},
		{"did the White House agree with zelensky", "Volodymyr Zelenskiy"},
		{"what did the Kremlin say", ""},
		{"and what did he say next", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ix.LastPerson(tt.in)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("got %q %v, want %q", got, ok, tt.want)
			}
		})
	}
}

func TestAttributionOfSpan(t *testing.T) {
	_, ix := load(t, "../article.txt")
	_, hx := load(t, "../testdata/eval/tuned/harbor.txt")
	tests := []struct {
		ix     *Index
		span   string
		want   string
		wantOK bool
	}{
		{ix, "a very small step forward", "Kristine Berzina", true},
		{ix, "“We had a great call.”", "Donald Trump", true},
		{ix, "SHORT DISTANCE to a full ceasefire", "Steve Witkoff", true},
		{ix, "didn't have consensus", "Steve Witkoff", true},
		{ix, "would like to see it end", "Donald Trump", true},
		{ix, "Putin agreed on Tuesday", "", false},
		{ix, "great call", "", false},
		{hx, "ready when it does. A wall buys time", "Samuel Achebe", true},
		{hx, "water doesn’t disappear", "Raymond T. Okafor", true},
	}
	for _, tt := range tests {
		t.Run(tt.span, func(t *testing.T) {
			got, ok := tt.ix.Attribution(tt.span)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("got %q %v, want %q %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}
