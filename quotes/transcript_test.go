package quotes

import (
	"reflect"
	"testing"
)

// TestTranscripts checks interviews printed as transcripts, in several
// house styles: each answer after a label is a quotation of the person the
// label names (by surname, by initials or as "A"), an answer running over
// two paragraphs stays that person's, and the interviewer's questions are
// no one's quotations, nor a term the interviewer puts in marks; words
// the interviewer quotes and attributes stay the speaker's. Runs of labels that are no interview stay silent.
func TestTranscripts(t *testing.T) {
	tests := []struct {
		name    string
		lines   []string
		want    []string
		notWhom []string // names that must not become speakers
	}{
		{"surname labels, the reporter's initials, an answer over two paragraphs",
			[]string{
				"Ailsa Brannock, 58, has spent eleven years mapping the footpaths of Fife by hand. She spoke to our reporter Duncan Frew (DF) in her studio.",
				"DF: Why draw maps by hand when the satellites already have every road?",
				"Brannock: Because a satellite does not know which stile is broken.",
				"DF: How many miles have you walked?",
				"Brannock: Somewhere past four thousand.",
				"My husband counts the pairs of boots instead. We are on the ninth.",
				"DF: Walkers here talk about “the green mile”. Where is it?",
				"Brannock: The old drove road above Ceres. It floods every February.",
				"DF: Will the council keep paying?",
				"Brannock: They say so until the spring.",
				"The maps go on show at the library from 3 March.",
			},
			[]string{
				"Ailsa Brannock: Because a satellite does not know which stile is broken.",
				"Ailsa Brannock: Somewhere past four thousand.",
				"Ailsa Brannock: My husband counts the pairs of boots instead. We are on the ninth.",
				"Ailsa Brannock: The old drove road above Ceres. It floods every February.",
				"Ailsa Brannock: They say so until the spring.",
			},
			[]string{"DF"}},
		{"Q and A with no quotation marks; the interviewer is named first",
			[]string{
				"Interview by Marit Sandvik. Olu Adebayo trains the city's only women's rugby side, and has done so for nine years unpaid. Adebayo, 41, was a prop for Lagos before she moved north.",
				"Q: Why coach for nothing?",
				"A: Because nobody else would, and the girls turned up anyway.",
				"Q: What would a sponsor change?",
				"A: Kit that fits. A bus to away games. That is the whole list.",
			},
			[]string{
				"Olu Adebayo: Because nobody else would, and the girls turned up anyway.",
				"Olu Adebayo: Kit that fits. A bus to away games. That is the whole list.",
			},
			nil},
		{"initials for both voices, introduced in brackets; a nested quotation stays inside the answer",
			[]string{
				"On this week's podcast, host Priya Chandran (PC) talks to the retired lighthouse keeper Tobias Lindqvist (TL) about forty winters on the Sound.",
				"PC: What was the worst crossing?",
				"TL: January 1989. My mate said “turn back” and I should have listened.",
				"PC: Your old skipper, Ivor Banks, called you “the last of the real captains”. Fair?",
				"TL: Ivor was being kind.",
				"PC: Do you miss it?",
				"TL: Every morning at six.",
			},
			[]string{
				"Tobias Lindqvist: January 1989. My mate said “turn back” and I should have listened.",
				"Ivor Banks: the last of the real captains",
				"Tobias Lindqvist: Ivor was being kind.",
				"Tobias Lindqvist: Every morning at six.",
			},
			[]string{"PC", "TL"}},
		{"the writer's questions unlabelled, the answers under the speaker's surname",
			[]string{
				"Tove Lindahl has run the ferry café on Vaxholm for twenty years. We asked her about the winter.",
				"Why stay open in January?",
				"Lindahl: Because the ferry still runs, and the crew need coffee.",
				"Do you make money?",
				"Lindahl: In summer, yes. In January I make friends.",
				"The café opens at six.",
			},
			[]string{
				"Tove Lindahl: Because the ferry still runs, and the crew need coffee.",
				"Tove Lindahl: In summer, yes. In January I make friends.",
			},
			nil},
		{"Q. and A. with full stops name no one by the word after them",
			[]string{
				"Ruth Okafor coaches the under-12s at Dunmore Rovers. She spoke to the Gazette before the final.",
				"Q. How do you pick the team?",
				"A. By who turned up to training in the rain.",
				"Q. Will you win?",
				"A. Ask me on Sunday night.",
			},
			[]string{
				"Ruth Okafor: By who turned up to training in the rain.",
				"Ruth Okafor: Ask me on Sunday night.",
			},
			[]string{"Q. Will", "A. Ask", "A. By"}},
		{"labels by first name, a debate with no interviewer",
			[]string{
				"Two candidates for mayor, Nadia Farouk and Glen Osei, met at the library on Tuesday. The exchange on buses went like this.",
				"Nadia: The 14 runs twice an hour. It should run every ten minutes.",
				"Glen: With what money? The depot is already over budget.",
				"Nadia: With the parking money the council sits on.",
			},
			[]string{
				"Nadia Farouk: The 14 runs twice an hour. It should run every ten minutes.",
				"Glen Osei: With what money? The depot is already over budget.",
				"Nadia Farouk: With the parking money the council sits on.",
			},
			nil},
		{"a box of facts is no transcript",
			[]string{
				"The fair returns to the green this weekend, organiser Ruth Amis said.",
				"When: Saturday and Sunday, 10am to 5pm.",
				"Where: Castle Green, by the bandstand.",
				"Cost: Free for children, £4 for adults.",
			},
			nil,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, s := range ix.Speakers() {
				for _, n := range tt.notWhom {
					if s.Name == n {
						t.Errorf("the label %q became a speaker of its own", n)
					}
				}
			}
		})
	}
}

// TestTranscriptLabelsFindPeople checks that the labels of a transcript
// find whom they name: the interviewer as "the interviewer", the
// interviewee by initials.
func TestTranscriptLabelsFindPeople(t *testing.T) {
	_, ix := parse(t, "Headline",
		"On this week's podcast, host Priya Chandran (PC) talks to the retired lighthouse keeper Tobias Lindqvist (TL) about forty winters on the Sound.",
		"PC: What was the worst crossing?",
		"TL: January 1989.",
		"PC: Do you miss it?",
		"TL: Every morning at six.",
	)
	findsOne(t, ix, "the interviewer", "Priya Chandran")
	findsOne(t, ix, "TL", "Tobias Lindqvist")
}
