package answer

import (
	"context"
	"testing"
)

// Two made-up articles in other house styles: an interview transcript
// whose answers never repeat the interviewer's words, and a short
// obituary that speaks of the dead woman's family.
const (
	kinTranscript = `Keeping the light: a conversation with a harbour pilot
For two decades Captain Ewan Threlkeld has guided cargo ships into Port Ardross, a job he took over from a cousin.
Q: Your mother kept a lighthouse?
Threlkeld: For thirty-one years, on Ardross Point. She is ninety now, and she still rings me when the fog comes in.
Q: What is the hardest part of the job?
Threlkeld: Fog. You stop trusting your eyes and start trusting the chart.
The port plans to replace its two pilot boats next spring.`

	kinObituary = `Kettle maker Ines Varga dies
Ines Varga, 88, who founded the Varga Kettle Works in a converted stable in 1961, has died at her home in Leckford.
Her son, Peter Varga, 61, now runs the works with a staff of nine.
Varga's late husband, a ship's engineer, built the first furnace from scrap.
The works will close for a day on Friday.`
)

func TestRelationAsked(t *testing.T) {
	tests := []struct{ q, want string }{
		{"How old is Keane's father?", "father"},
		{"What was the goalkeeper's father's job?", "father"},
		{"What did the club's doctor say about the ankle?", "doctor"},
		{"What is Lumex's annual revenue?", ""},
		{"How old is his father?", ""}, // a follow-up's pronoun
		{"What did the dockers' union chief say?", ""},
	}
	for _, tt := range tests {
		if got := relationAsked(tt.q); got != tt.want {
			t.Errorf("relationAsked(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestRelativeQuestions(t *testing.T) {
	tests := []struct {
		article, q string
		abstain    bool
		para       int // the paragraph the answer must cite, when answered
	}{
		// The interviewer's question holds the relation; the answer
		// below it holds the age.
		{kinTranscript, "How old is Threlkeld's mother?", false, 4},
		{kinObituary, "How old is Varga's son?", false, 3},
		{kinObituary, "What was Varga's husband's job?", false, 4},
		// The article gives her son's age, not her husband's.
		{kinObituary, "How old was Varga's husband?", true, 0},
	}
	engines := map[string]*Engine{}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			e := engines[tt.article]
			if e == nil {
				e = offlineEngine(t, tt.article)
				engines[tt.article] = e
			}
			res, err := e.Ask(context.Background(), Request{Question: tt.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if res.Abstained != tt.abstain {
				t.Fatalf("abstained = %v, want %v (%q)", res.Abstained, tt.abstain, res.Answer)
			}
			if !tt.abstain && (len(res.Citations) == 0 || res.Citations[0].Paragraph != tt.para) {
				t.Errorf("citations %+v, want paragraph %d first (%q)", res.Citations, tt.para, res.Answer)
			}
		})
	}
}

func TestWithAnswersBringsTheAnswer(t *testing.T) {
	e := offlineEngine(t, kinTranscript)
	r, err := e.retrieve(context.Background(), "Did the pilot's mother keep a lighthouse?", e.sources)
	if err != nil {
		t.Fatal(err)
	}
	ask, answer := -1, -1
	for i, s := range r.sources {
		switch s.Paragraph {
		case 3:
			ask = i
		case 4:
			answer = i
		}
	}
	if ask < 0 || answer != ask+1 {
		t.Errorf("sources %v: want the answer (paragraph 4) right after the question (paragraph 3)", paragraphsOf(r.sources))
	}
}

func paragraphsOf(sources []Source) []int {
	var out []int
	for _, s := range sources {
		out = append(out, s.Paragraph)
	}
	return out
}
