package quotes

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"articlebot/article"
)

// parse builds an index of an article given as one paragraph per line.
func parse(t testing.TB, lines ...string) (*article.Article, *Index) {
	t.Helper()
	a, err := article.Parse("test", []byte(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return a, Build(a)
}

// said renders quotations as "speaker: text" for comparison.
func said(ix *Index) []string {
	var out []string
	for _, q := range ix.Quotes() {
		out = append(out, fmt.Sprintf("%s: %s", q.Speaker, q.Text))
	}
	return out
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"X said, quote",
			[]string{"Jane Roe, a city planner, said, “The plan is ready.”"},
			[]string{"Jane Roe: The plan is ready."}},
		{"quote, X said",
			[]string{"“The plan is ready,” Jane Roe said after the vote."},
			[]string{"Jane Roe: The plan is ready"}},
		{"quote, said X with age",
			[]string{`Residents were split. "I have never seen it," said Ana Silva, 68, whose house flooded.`},
			[]string{"Ana Silva: I have never seen it"}},
		{"quote, said X with title",
			[]string{"“We are ready,” said Mayor Ann Lee."},
			[]string{"Ann Lee: We are ready"}},
		{"X told a network",
			[]string{"Senator Tom Hart told CNN, “We will vote no.”"},
			[]string{"Tom Hart: We will vote no."}},
		{"pronoun wrote",
			[]string{"Senator Tom Hart posted on social media after the vote.", "He wrote, “This is a sad day.”"},
			[]string{"Tom Hart: This is a sad day."}},
		{"pronoun called, partial",
			[]string{"Jane Roe, an economist, said the deal was weak. She called the ceasefire “a very small step.”"},
			[]string{"Jane Roe: a very small step."}},
		{"pronoun skips non-persons",
			[]string{"The Kremlin said President Vladimir Petrov met Foreign Ministry staff. He said, “Nothing changed.”"},
			[]string{"Vladimir Petrov: Nothing changed."}},
		{"pronoun after an intervening sentence",
			[]string{"Mary Smith, a historian, spoke first.", "The hall was full and the doors were shut.", "She said, “History repeats itself.”"},
			[]string{"Mary Smith: History repeats itself."}},
		{"pronoun picks the right gender",
			[]string{"Ms. Anna Berg met Mr. Paul Kranz on Monday. She later left.", "He said, “We agreed on nothing.”"},
			[]string{"Paul Kranz: We agreed on nothing."}},
		{"organisation they",
			[]string{"The White House said the leaders talked for an hour. They “agreed that talks should continue.”"},
			[]string{"White House: agreed that talks should continue."}},
		{"organisation it said",
			[]string{`The Harbor Port Authority said it backed the wall. It said the gates were "essential to jobs."`},
			[]string{"Harbor Port Authority: essential to jobs."}},
		{"no speech verb takes the paragraph's speaker",
			[]string{"Commission President Ursula Maier warned that costs had doubled. This is in preparation for “a long winter.”"},
			[]string{"Ursula Maier: a long winter."}},
		{"split around he said",
			[]string{"Jane Roe, a planner, spoke at the meeting.", "“The wall helps,” she said. “But it is not enough.”"},
			[]string{"Jane Roe: The wall helps", "Jane Roe: But it is not enough."}},
		{"two speakers in one paragraph",
			[]string{"“We will build it,” said Ann Lee, the mayor. “We will not pay for it,” said Tom Hart, a council member."},
			[]string{"Ann Lee: We will build it", "Tom Hart: We will not pay for it"}},
		{"continued across paragraphs",
			[]string{`"The storm is coming," said Omar Haddad, a hydrologist. "We are not ready.`, `"Nobody is ready. Nobody ever is."`},
			[]string{"Omar Haddad: The storm is coming", "Omar Haddad: We are not ready.", "Omar Haddad: Nobody is ready. Nobody ever is."}},
		{"title is not a quotation",
			[]string{"Jane Roe said on CNN’s “State of the Union” program that she would run."},
			nil},
		{"apostrophes are not quotations",
			[]string{"The workers’ union didn’t read Reuters’ report on Harbor City's plan."},
			nil},
		{"nested single quote stays inside",
			[]string{"Jane Roe said, “They told me ‘go home’ and I did.”"},
			[]string{"Jane Roe: They told me ‘go home’ and I did."}},
		{"single-quoted speech",
			[]string{"Gov. Patricia Lund toured the streets. In a statement she called the wall 'a model for the state' and left."},
			[]string{"Patricia Lund: a model for the state"}},
		{"according to",
			[]string{"“The plan is dead,” according to a Kremlin statement."},
			[]string{"Kremlin: The plan is dead"}},
		{"generic group",
			[]string{"“We are worried,” U.S. officials said."},
			[]string{"U.S. officials: We are worried"}},
		{"object after said is not the speaker",
			[]string{"Jane Roe, who arrived late, said Europe must act, adding, “Now.”"},
			[]string{"Jane Roe: Now."}},
		{"attribution in the next sentence",
			[]string{"Jane Roe, a planner, spoke last.", "“We are out of time.” Roe said.", "“Nobody listened.” Jane Roe said it twice."},
			[]string{"Jane Roe: We are out of time.", "Jane Roe: Nobody listened."}},
		{"bare attribution beats the paragraph's speaker",
			[]string{"“We will build it,” said Ann Lee, the mayor. “We will not.” Tom Hart said."},
			[]string{"Ann Lee: We will build it", "Tom Hart: We will not."}},
		{"long apposition after the quotation",
			[]string{"“The river will rise again,” Omar Haddad, a hydrologist who has studied the bay for thirty years, said."},
			[]string{"Omar Haddad: The river will rise again"}},
		{"quotation without a comma before he said",
			[]string{"Senator Tom Hart left early.", "“We lost” he said."},
			[]string{"Tom Hart: We lost"}},
		{"name in apposition after a role",
			[]string{"‘We won’t give up,’ the prime minister, Keir Starmer, said on Monday."},
			[]string{"Keir Starmer: We won’t give up"}},
		{"wire dateline is not a speaker",
			[]string{"KYIV, March 18 (Reuters) - Ukrainian President Volodymyr Zelenskiy said talks would go on.", "“We are ready,” Zelenskiy told reporters."},
			[]string{"Volodymyr Zelenskiy: We are ready"}},
		{"unbalanced quotes do not crash",
			[]string{"He said, “this never ends.", "” and ‘ and \" stray marks.", "Nothing else."},
			[]string{": this never ends."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ix := parse(t, tt.lines...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, q := range ix.Quotes() {
				if a.Text[q.Start:q.End] != q.Text {
					t.Errorf("got text %q, want the slice %q", q.Text, a.Text[q.Start:q.End])
				}
			}
		})
	}
}
