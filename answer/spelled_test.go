package answer

import "testing"

// A made-up constituency story that spells out a role a reader asks for
// by its initials.
func TestRoleSpelledOut(t *testing.T) {
	e := offlineEngine(t, `Ashby bypass delayed again
The bypass around Ashby will not open until 2029, the roads agency said on Monday.
The Member of Parliament for Ashby, Joanna Kerr-Whitley, said she would raise the delay with the transport secretary.
Traders on the high street said lorries still shook their windows every morning.`)
	checkAnswerable(t, e, []answerableCase{
		{"Who is the MP for Ashby?", true},
	})
	if got := e.vocab.spelledIn("mp"); len(got) != 2 {
		t.Errorf("spelledIn(mp) = %v, want the terms of member and parliament", got)
	}
	if got := e.vocab.spelledIn("cfo"); got != nil {
		t.Errorf("spelledIn(cfo) = %v, want nil: the article never writes a chief financial officer", got)
	}
}
