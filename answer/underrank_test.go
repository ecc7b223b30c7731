package answer

import (
	"context"
	"strings"
	"testing"
)

// A made-up council story whose only mayor is a deputy, and whose only
// chair is an outgoing one.
const underRankCouncil = `Pool to close for repairs
Deputy Mayor Ilse Marwick said the Tarrow pool would close in March for repairs.
The outgoing chair of the parks committee, Owen Bede, said the work was overdue.
The former treasurer, Rosa Lind, said the council could not afford it.`

func TestOnlyUnderRank(t *testing.T) {
	e := offlineEngine(t, underRankCouncil)
	tests := []struct {
		q, w string
		want bool
	}{
		{"Who is the mayor of Tarrow?", "mayor", true},
		{"Who is the deputy mayor of Tarrow?", "mayor", false},
		// An outgoing chair still holds the office.
		{"Who chairs the parks committee?", "chair", false},
		{"Who is the treasurer?", "treasurer", true},
		{"Who is the council's lawyer?", "lawyer", false}, // never written at all: the missing-name rule's
	}
	for _, tt := range tests {
		if got := e.onlyUnderRank(tt.q, tt.w); got != tt.want {
			t.Errorf("onlyUnderRank(%q, %q) = %v, want %v", tt.q, tt.w, got, tt.want)
		}
	}
	res, err := e.Ask(context.Background(), Request{Question: "Who is the mayor of Tarrow?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstained || !strings.Contains(res.Answer, "mayor") {
		t.Errorf("got abstained=%v %q, want an abstention: the article names only a deputy mayor", res.Abstained, res.Answer)
	}
}
