package answer

import (
	"strings"
	"testing"
)

// TestRequestOnly checks that a claim stating as done what the passage
// holds only as the content of a request is not supported, while the
// request told as a request, and a request told in other words, are.
func TestRequestOnly(t *testing.T) {
	e := offlineEngine(t, `Pier repairs stall at Wendle

The harbour trust has written to the Marine Office asking its inspectors to reopen the north pier before the regatta.

A trawler skipper, who had asked the paper not to print his name, said the south pier had been shut since the spring storms.
`)
	checkSupport(t, e, []supportCase{
		{"asked, told as done", "The Marine Office has reopened the north pier.", 2, false},
		{"the request", "The harbour trust asked the Marine Office to reopen the north pier.", 2, true},
		{"not asked", "The south pier has been shut since the spring storms.", 3, true},
	})
}

// TestRequestSplit checks which words of a sentence are what it asks for.
func TestRequestSplit(t *testing.T) {
	for _, c := range []struct{ text, asked string }{
		{"The club asked the council for two new floodlights, and got one.", "two new floodlight"},
		{"She wondered whether the ferry would run on Sunday.", "ferri run sunday"},
		{"He urged the board to delay the vote; it refused.", "delay vote"},
		{"A guard, who had asked the paper not to print her name, said the gate was open.", ""},
	} {
		got, _ := requestSplit(c.text)
		if strings.Join(got, " ") != c.asked {
			t.Errorf("requestSplit(%q) asked %v, want %q", c.text, got, c.asked)
		}
	}
}
