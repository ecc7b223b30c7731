package answer

import "testing"

// A made-up Bangladeshi inquiry report: a count of the injured in other
// words, evidence given for a duration, a deed in the passive with no
// doer, and a chairwoman who asks while others only attend.
const inquiryBrief = `Inquiry told how warehouse roof fell in on night shift
DHAKA — Sixty-two workers were inside the Meghna Cold Stores warehouse in Tongi when its roof fell in on the night of April 9, the labour ministry's inquiry heard on Sunday.
Eleven workers were injured, two of them seriously, and were taken to the Tongi general hospital.
The warehouse's site manager, Rafiqul Islam, told the panel he had written to the owners on March 20 to warn that the roof beams were cracking.
Islam gave evidence for nearly four hours, much of it about the loading records.
The sprinkler valve had been shut before the collapse, the panel was told.
The forklift's brakes were repaired by contractors from Gazipur in January.
Chairwoman Nasreen Akter asked Islam whether anyone had answered his letter. "Nobody wrote back," he said.
The owners' managing director, Kamal Hossain, who attended the hearing, declined to answer questions from reporters.
Dozens of relatives waited outside the hearing room.
Akter said the panel would publish its findings by the end of July.`

func TestDeeds(t *testing.T) {
	checkAbstains(t, offlineEngine(t, inquiryBrief), []abstainCase{
		// "hurt" is listed under "injured" only (synonymsIn).
		{"How many workers were hurt?", false},
		// "testify" is used in no form; its synonym "evidence" is.
		{"How long did Rafiqul Islam testify?", false},
		// The when-clause dates the count; "were inside" is asked.
		{"How many workers were inside when the roof came down?", false},
		// A passive without its doer (agent.go); with "by", the doer.
		{"Who shut the sprinkler valve?", true},
		{"Who repaired the forklift's brakes?", false},
		// What someone asked (asked.go).
		{"What did Nasreen Akter ask Islam?", false},
		{"What did Kamal Hossain ask the panel?", true},
		{"What did the relatives ask Akter?", true},
	})
}

func TestAgentless(t *testing.T) {
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"Who closed the road?", "The road was closed in 2019.", true},
		{"Who closed the road?", "The road was quietly closed by the county in 2019.", false},
		{"Who closed the road?", "The county closed the road in 2019.", false},
		{"Who closed the road?", "The bridge shut in 2019.", false},      // the verb's absence is weighed elsewhere
		{"Who was the engineer?", "The road was closed in 2019.", false}, // not a doer question
		{"Who painted over the mural?", "The mural had been painted over, residents said.", true},
	} {
		if got := agentless(c.q, c.s); got != c.want {
			t.Errorf("agentless(%q, %q) = %v, want %v", c.q, c.s, got, c.want)
		}
	}
}

func TestAsksIn(t *testing.T) {
	own := map[string]bool{"Akter": true, "Nasreen": true}
	for _, c := range []struct {
		s     string
		first bool
		want  bool
	}{
		{"Chairwoman Nasreen Akter asked Islam whether anyone had replied.", false, true},
		{"Akter, who chairs the panel, pressed the owners for the records.", false, true},
		{`"Who signed it?" asked Akter.`, false, true},
		{"She asked for the loading records.", true, true},
		{"She asked for the loading records.", false, false},
		{"Akter was asked about the delay.", false, false},
		{"Islam asked Akter for more time.", false, false},
		{"Akter did not ask about the valve.", false, false},
	} {
		if got := asksIn(c.s, own, c.first); got != c.want {
			t.Errorf("asksIn(%q, first=%v) = %v, want %v", c.s, c.first, got, c.want)
		}
	}
}
