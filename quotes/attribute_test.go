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

// findNames returns the names of the speakers ix.Find finds for query.
func findNames(ix *Index, query string) []string {
	var got []string
	for _, s := range ix.Find(query).Speakers {
		got = append(got, s.Name)
	}
	return got
}

// findsOne checks that ix.Find finds exactly the speaker named want for
// query.
func findsOne(t *testing.T, ix *Index, query, want string) {
	t.Helper()
	if got := ix.Find(query).Speakers; len(got) != 1 || got[0].Name != want {
		t.Errorf("Find(%q): got %v, want %s alone", query, got, want)
	}
}

// said renders quotations as "speaker: text" for comparison.
func said(ix *Index) []string {
	var out []string
	for _, q := range ix.Quotes() {
		out = append(out, fmt.Sprintf("%s: %s", q.Speaker, q.Text))
	}
	return out
}

// saidCase is a made-up article, one paragraph a line, and the
// quotations it must yield as said renders them.
type saidCase struct {
	name  string
	lines []string
	want  []string
}

// checkSaid runs each case under a headline and compares its quotations:
// the loop body the table tests of this package share.
func checkSaid(t *testing.T, cases []saidCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
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
		{"colon after a speech verb",
			[]string{"Mayor Ann Lee spoke after the vote. She told reporters: “We studied this street to death.”"},
			[]string{"Ann Lee: We studied this street to death."}},
		{"colon with no speech verb",
			[]string{"Residents packed the hall. Among them was Ruth Ames, a retired teacher who has lived there for 31 years: “The bus is how I get to the doctor.”"},
			[]string{"Ruth Ames: The bus is how I get to the doctor."}},
		{"colon after a pronoun's clause",
			[]string{"Arjun Rao, the finance chief, was cautious. Asked whether growth would last, he gave a measured answer: “We see a strong first half.”"},
			[]string{"Arjun Rao: We see a strong first half."}},
		{"described as, after a long subject",
			[]string{"Councilmember Dana Field, a shop owner who represents the east side and voted against the plan, described the lanes as “a solution looking for a problem.”"},
			[]string{"Dana Field: a solution looking for a problem."}},
		{"role, name and a relative clause before the verb",
			[]string{"The bill's sponsor, state Sen. Mia Okafor, a Democrat whose district sits above the aquifer, has said the bill is “about water for our grandchildren.”"},
			[]string{"Mia Okafor: about water for our grandchildren."}},
		{"coordinated verbs share the subject",
			[]string{"Foreign Minister Tomas Kral called the deal ‘a first step’ and said both sides had made ‘painful but necessary’ concessions."},
			[]string{"Tomas Kral: a first step", "Tomas Kral: painful but necessary"}},
		{"organisation statement, then and called",
			[]string{`The Harbor Transit Authority said in a statement that buses would run more often, and called the lanes "the biggest improvement in a generation."`},
			[]string{"Harbor Transit Authority: the biggest improvement in a generation."}},
		{"unnamed source, then the same noun",
			[]string{"A portfolio manager at a pension fund, who asked not to be named, said the forecast was risky. “If cars slow, this slows,” the manager said."},
			[]string{"a portfolio manager at a pension fund: If cars slow, this slows"}},
		{"unnamed source with a relative clause after the quotation",
			[]string{"‘It came down to one sentence,’ a senior European official who attended as an observer said."},
			[]string{"a senior European official who attended as an observer: It came down to one sentence"}},
		{"the company said",
			[]string{"Corvane Systems reported higher profit. The company said in a statement that it was “reviewing strategic options” for the unit."},
			[]string{"Corvane Systems: reviewing strategic options"}},
		{"shared surname follows the role last named",
			[]string{"Lutovia’s foreign minister, Tomas Kral, welcomed the deal.", "Mila Kral, an opposition MP who is no relation of the foreign minister, criticised it. Kral said her party would vote no.", "The foreign minister dismissed the criticism. ‘Parliament will see the text,’ Kral said."},
			[]string{"Tomas Kral: Parliament will see the text"}},
		{"the captain, who",
			[]string{"Jamie Oduya, the 31-year-old captain, scored twice.", "The captain, who joined in 2019, was calm. “We stayed patient,” he said."},
			[]string{"Jamie Oduya: We stayed patient"}},
		{"scare quotes and titles are not quotations",
			[]string{`Lawmakers will vote on the "Aquifer Protection Act," which creates a "water budget" for what the bill calls "priority uses." Critics call it a so-called "war on farms." A report titled "Running Dry" warned of it.`},
			nil},
		{"a one-word quotation after its speaker stays",
			[]string{"“Nobody wants to close it,” said Peter Ode, a teacher. “Nobody.”"},
			[]string{"Peter Ode: Nobody wants to close it", "Peter Ode: Nobody."}},
		{"a title opening a sentence",
			[]string{`Rosa Marchetti builds with earth. "Walls That Breathe" sold 40,000 copies, and she calls it "a manual for stubborn people."`},
			[]string{"Rosa Marchetti: a manual for stubborn people."}},
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
