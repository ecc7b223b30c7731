package answer

import (
	"context"
	"strings"
	"testing"
)

// The articles below are made up, each in another house style: a council
// report, a feature whose expert speaks only in a relative clause, an
// interview transcript, a product-recall story and a court brief where a
// family speaks through a statement.
const (
	silentCouncil = `Ferry fares to rise by 40 cents
Councillors in Harlow voted 5-2 on Tuesday to raise ferry fares by 40 cents from June.
The increase was drafted by Deputy Mayor Colm Rafferty, who chairs the finance committee. Rafferty was not at the meeting.
“We cannot keep the boats running at a loss,” said Councillor Ines Vaughan.
Rafferty has not said whether he will stand again.`

	silentFeature = `The potter who reads glaze like a language
Mira Castell, a potter who argues that glaze is a kind of writing, has run the Lowmead studio since 2011.
The wood-fired kiln behind the studio was built in 2014 by her brother, Daniel Castell, a welder.
Castell fires the kiln four times a year.`

	// A transcript: the pilot's answers stand under his surname, with
	// no quotation marks for the index to find.
	silentTranscript = `Twenty years at the wheel: a harbour pilot on fog and tides
For two decades Captain Ewan Threlkeld has guided cargo ships into Port Ardross. Harbour master Lena Quist put it plainly: the berth is too short for the new ships.
Q: What is the hardest part of the job?
Threlkeld: Fog. You stop trusting your eyes and start trusting the chart.
Q: Will you retire soon?
Threlkeld: Not while my knees hold out.
The port's owner, Morwenna Achebe, has not commented on the berth.`

	// A trade story: a statement another speaker makes about a person,
	// and a spokesperson for someone, are no words of that person's.
	silentRecall = `Lantern maker recalls 40,000 heaters
Brightwell Home is recalling 40,000 patio heaters after reports of scorched decks.
Its head of safety, Dr. Piotr Nowak, will run the replacement scheme, the company said.
Nowak joined Brightwell in March.
Retired teacher Agnes Morrow, whose deck caught fire, is suing the company. Her lawyer said she would speak after the hearing.
A rival's spokesperson, speaking after Morrow filed her claim, said the industry would review its designs.
Brightwell's lawyer Tomas Reyes was in court on Monday.`

	// A TV station's web story: the governor answers through a
	// spokesperson set off after "for the governor"; the mayor does not.
	silentSpokesperson = `Governor skips levee hearing
CARROW, Ore. (KCRW) — Gov. Hal Brennan did not attend Thursday's levee hearing, and Mayor Ida Vell left before it began.
A spokesperson for the governor, Ken Ames, told KCRW by phone that Brennan was “watching every minute.”
State engineer Rhoda Pike told the panel the levee would hold.`

	silentCourt = `Jury clears driver in crossing crash
A jury in Dunmore on Friday cleared a delivery driver of careless driving over a crash that injured cyclist Ruth Adeyemi in 2023.
In a statement, her parents said they were “disappointed but not surprised” by the verdict.
Adeyemi, 34, was not in court.`
)

func TestSilentPerson(t *testing.T) {
	tests := []struct {
		article, q, want string
	}{
		// Reported on, never quoted: no words of theirs to give.
		{silentCouncil, "What did Colm Rafferty say about the fares?", "Colm Rafferty"},
		{silentCouncil, "What does Rafferty think of the ferry?", "Colm Rafferty"},
		{silentFeature, "What did Daniel Castell say about the kiln?", "Daniel Castell"},
		{silentCourt, "What did Ruth Adeyemi say about the verdict?", "Ruth Adeyemi"},
		// Quoted, or speaking in a relative clause: not silent.
		{silentCouncil, "What did Ines Vaughan say about the fares?", ""},
		{silentFeature, "What does Mira Castell argue about glaze?", ""},
		// Her parents speak, not she.
		{silentCourt, "What did Ruth Adeyemi's parents say about the verdict?", ""},
		// Speech under a label, and before a colon, is speech the index
		// may not hold: no refusal.
		{silentTranscript, "What did Ewan Threlkeld say?", ""},
		{silentTranscript, "What did the harbour master say about the berth?", ""},
		{silentTranscript, "What did Morwenna Achebe say about the berth?", "Morwenna Achebe"},
		// Another speaker's verb of saying: the company, her lawyer, a
		// spokesperson speaking after her; a named lawyer after a
		// possessive is still the person asked about.
		{silentRecall, "What did Dr. Piotr Nowak say about the replacement scheme?", "Piotr Nowak"},
		{silentRecall, "What did Agnes Morrow say about her deck?", "Agnes Morrow"},
		{silentRecall, "What did Brightwell's lawyer Tomas Reyes say in court?", "Tomas Reyes"},
		// A spokesperson for the governor gives the governor's answer,
		// not the governor's own words; the mayor has none.
		{silentSpokesperson, "How did the governor respond to the hearing?", ""},
		{silentSpokesperson, "How did Hal Brennan react to the levee report?", ""},
		{silentSpokesperson, "What did Hal Brennan say at the hearing?", "Hal Brennan"},
		{silentSpokesperson, "What did Ida Vell say about the levee?", "Ida Vell"},
		// Not asking for words.
		{silentCouncil, "When did Rafferty say the fares would rise?", ""},
		{silentCouncil, "Who drafted the increase?", ""},
	}
	engines := map[string]*Engine{}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			e := engines[tt.article]
			if e == nil {
				e = offlineEngine(t, tt.article)
				engines[tt.article] = e
			}
			if got := e.silentPerson(tt.q); got != tt.want {
				t.Errorf("silentPerson(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestSilentPersonAbstains checks the whole path: the answer says the
// person is never quoted rather than quoting someone else.
func TestSilentPersonAbstains(t *testing.T) {
	e := offlineEngine(t, silentCouncil)
	res, err := e.Ask(context.Background(), Request{Question: "What did Colm Rafferty say about the fares?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstained || !strings.Contains(res.Answer, "never quotes or reports anything Colm Rafferty said") {
		t.Errorf("got abstained=%v %q, want an abstention naming Colm Rafferty", res.Abstained, res.Answer)
	}
}

func TestSpeechSubject(t *testing.T) {
	tests := []struct{ q, want string }{
		{"What did State Sen. Ann Holt say about the ban?", "State Sen. Ann Holt"},
		{"What does the mayor think of the plan?", "the mayor"},
		{"Who said the plant would close?", ""},
		{"What did the report find?", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(speechSubject(tt.q), " "); got != tt.want {
			t.Errorf("speechSubject(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
