package answer

import "testing"

func TestOneMemberNamesNoCount(t *testing.T) {
	e := offlineEngine(t, `Lantern guild closes its workshop
The Brassmoor Lantern Guild will close its riverside workshop in March after the landlord doubled the rent.
One glazier, who spoke on condition of anonymity, said the guild had looked at three other buildings since the summer.
The guild's 40 volunteers repair old street lamps for the town council.
One apprentice was hurt last winter when a ladder slipped.`)
	checkAnswerable(t, e, []answerableCase{
		{"How many glaziers does the Lantern Guild employ?", false},
		{"How many volunteers does the guild have?", true},
		{"How many apprentices were hurt?", true},
	})
}

func TestOneMemberOnly(t *testing.T) {
	cases := []struct {
		q, s string
		want bool
	}{
		{"How many glaziers does the guild have?", "One glazier, who spoke on condition of anonymity, said the rent had doubled.", true},
		{"How many nurses work at the clinic?", "One nurse said the night shift was short of staff.", true},
		{"How many nurses work at the clinic?", "One nurse told reporters that 12 nurses had left.", false},
		{"How many nurses work at the clinic?", "One nurse said three wards had closed.", true},
		{"How many apprentices were hurt?", "One apprentice was hurt when a ladder slipped.", false},
		{"How many glaziers does the guild have?", "One glazier, the guild's oldest, retired in May.", false},
		{"How many nurses work at the clinic?", "One of the nurses said the shift was short.", false},
		{"How much did the guild pay?", "One glazier said the guild paid too much.", false},
	}
	for _, c := range cases {
		if got := oneMemberOnly(c.q, c.s); got != c.want {
			t.Errorf("oneMemberOnly(%q, %q): got %v, want %v", c.q, c.s, got, c.want)
		}
	}
}
