package quotes

import (
	"reflect"
	"testing"
)

// TestCoordinatedSpeakers covers a quotation said by two or more people
// named together: the first named is the speaker (a Quote has one), and
// only people chain, so a verb after a clause or an organisation keeps its
// own subject. TestPronounBySexAnywhere covers the article-wide sex a
// pronoun is checked against.
func TestCoordinatedSpeakers(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"two people after the quotation", []string{"“It will not survive the winter,” Ana Kahl and Luis Reyes said."}, []string{"Ana Kahl: It will not survive the winter"}},
		{"three people before a colon", []string{"Ana Kahl, Luis Reyes and Mei Ito said: “We are leaving.”"}, []string{"Ana Kahl: We are leaving."}},
		{"and joining clauses, not names", []string{"Ana Kahl met the board and Luis Reyes said: “We are leaving.”"}, []string{"Luis Reyes: We are leaving."}},
		{"a possessive before and", []string{"Ana Kahl hired a lawyer.", "Kahl’s lawyer and Luis Reyes said: “We are leaving.”"}, []string{"Luis Reyes: We are leaving."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPronounBySexAnywhere(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"called she before", []string{"Lena Fischer said she would stay.", "Lena Fischer hired Omar Haddad in 2015.", "“Best decision I ever made,” he says."}, []string{"Omar Haddad: Best decision I ever made"}},
		{"called she later", []string{"Lena Fischer runs the lab.", "Lena Fischer hired Omar Haddad in 2015.", "“Best decision I ever made,” he says.", "Fischer says she never regretted it."}, []string{"Omar Haddad: Best decision I ever made"}},
		{"a possessive pronoun", []string{"Lena Fischer runs the lab. Her budget doubled.", "Lena Fischer hired Omar Haddad in 2015.", "“Best decision I ever made,” he says."}, []string{"Omar Haddad: Best decision I ever made"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
