package answer

import "testing"

func TestRankMustBeStated(t *testing.T) {
	e := offlineEngine(t, `Hearings set on Brackwater weir
The county will hold the first public meeting on the Brackwater weir on May 12 at the library, the planning officer said.
Residents may send written comments until the end of June.
In round two of the regional quiz, the Fenby team scored 31 points.
The Alder Lane team, runner-up in the quiz, took home 200 pounds.`)
	checkAnswerable(t, e, []answerableCase{
		{"When is the second public meeting on the Brackwater weir?", false},
		{"When is the first public meeting on the Brackwater weir?", true},
		{"How many points did the Fenby team score in the second round?", true},
		{"How much did the second-placed team take home?", true},
	})
}

func TestAskedRanks(t *testing.T) {
	cases := []struct {
		q    string
		want int
	}{
		{"Why did the second council member vote against it?", 1},
		{"How many votes did the fourth-placed candidate get?", 1},
		{"What happened on the second of March?", 0},
		{"When did she win for the third time?", 0},
		{"When will the Third Street bridge reopen?", 0},
		{"When did the first ferry leave?", 0},
		{"What did the 2nd engineer say?", 1},
	}
	for _, c := range cases {
		if got := len(askedRanks(c.q)); got != c.want {
			t.Errorf("askedRanks(%q): got %d ranks, want %d", c.q, got, c.want)
		}
	}
}

func TestRankStated(t *testing.T) {
	cases := []struct {
		text string
		r    askedRank
		want bool
	}{
		{"She finished 2nd in the final.", askedRank{2, "place"}, true},
		{"They were runners-up last year.", askedRank{2, "place"}, true},
		{"Stage 4 starts in the hills.", askedRank{4, "stage"}, true},
		{"The first stage starts in the hills.", askedRank{4, "stage"}, false},
		{"It took 30 seconds.", askedRank{2, "place"}, false},
	}
	for _, c := range cases {
		if got := rankStated(c.text, c.r); got != c.want {
			t.Errorf("rankStated(%q, %v): got %v, want %v", c.text, c.r, got, c.want)
		}
	}
}
