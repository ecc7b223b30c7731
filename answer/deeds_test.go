package answer

import "testing"

// A made-up Nigerian inquiry report: a count of the injured in other
// words, evidence given for a duration, a deed in the passive with no
// doer, and a chairwoman who asks while others only attend.
const inquiryBrief = `Inquiry hears how river ferry struck sandbank with 148 on board
ABUJA — The passenger ferry Mama Ngozi was carrying 148 passengers and nine crew when it struck a sandbank on the Benue River on March 3, the federal inland waterways inquiry heard on Tuesday.
Twenty-three people were injured, four of them seriously, and were taken to the general hospital in Makurdi.
The ferry's chief engineer, Emeka Obi, told the panel that he had emailed the operator on February 12 to warn that the depth sounder was faulty.
Obi gave evidence for nearly four hours, much of it about the maintenance log.
The depth sounder's alarm had been switched off before the voyage, the panel was told.
The spare pump was replaced by the operator's own mechanics in January.
Chairwoman Hauwa Bello asked Obi whether anyone had acknowledged his email. "Nobody replied," he said.
The operator's managing director, Tunde Adeyemi, who attended the hearing, declined to answer questions from reporters.
Dozens of relatives waited outside the hearing room.
Bello said the panel would publish its report by the end of June.`

func TestDeeds(t *testing.T) {
	checkAbstains(t, offlineEngine(t, inquiryBrief), []abstainCase{
		// "hurt" is listed under "injured" only (synonymsIn).
		{"How many people were hurt?", false},
		// "testify" is used in no form; its synonym "evidence" is.
		{"How long did Emeka Obi testify?", false},
		// The when-clause dates the count; "were aboard" is asked.
		{"How many passengers were aboard when the ferry hit the sandbank?", false},
		// A passive without its doer (agent.go); with "by", the doer.
		{"Who switched off the alarm?", true},
		{"Who replaced the spare pump?", false},
		// What someone asked (asked.go).
		{"What did Hauwa Bello ask Obi?", false},
		{"What did Tunde Adeyemi ask the panel?", true},
		{"What did the relatives ask Bello?", true},
	})
}

func TestAgentless(t *testing.T) {
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"Who cut the funding?", "The funding was cut in 2009.", true},
		{"Who cut the funding?", "The funding was quietly cut by the ministry in 2009.", false},
		{"Who cut the funding?", "The ministry cut the funding in 2009.", false},
		{"Who cut the funding?", "The programme closed in 2009.", false}, // the verb's absence is weighed elsewhere
		{"Who was the minister?", "The funding was cut in 2009.", false}, // not a doer question
		{"Who taped the sign over?", "The sign had been taped over, the crew said.", true},
	} {
		if got := agentless(c.q, c.s); got != c.want {
			t.Errorf("agentless(%q, %q) = %v, want %v", c.q, c.s, got, c.want)
		}
	}
}

func TestAsksIn(t *testing.T) {
	own := map[string]bool{"Bello": true, "Hauwa": true}
	for _, c := range []struct {
		s     string
		first bool
		want  bool
	}{
		{"Chairwoman Hauwa Bello asked Obi whether anyone had replied.", false, true},
		{"Bello, who chairs the panel, pressed the operator for the log.", false, true},
		{`"Who signed it?" asked Bello.`, false, true},
		{"She asked for the maintenance log.", true, true},
		{"She asked for the maintenance log.", false, false},
		{"Bello was asked about the delay.", false, false},
		{"Obi asked Bello for more time.", false, false},
		{"Bello did not ask about the alarm.", false, false},
	} {
		if got := asksIn(c.s, own, c.first); got != c.want {
			t.Errorf("asksIn(%q, first=%v) = %v, want %v", c.s, c.first, got, c.want)
		}
	}
}
