package answer

import "testing"

// A made-up harbour court brief: a fine whose sum is never given, beside
// a count of crates and a repair bill that is; and a made-up note on a
// regulator that sets its fines as a share of turnover.
const harbourBrief = `Trawler skipper fined over undersized catch
DUNMORE — A trawler skipper was fined at Dunmore district court on Thursday after inspectors found 40 crates of undersized hake in his hold, the fisheries authority said.
The harbour board borrowed from a regional bank last spring to mend the north pier.
Repairs to the north pier cost €2.3 million, the board's chairman said.
The skipper, Colm Ardagh, has fished out of Dunmore for 22 years.`

// A verb of fining, owing, borrowing or lending asks for a sum after "how
// much": a sentence without one is no answer. A fine may be a share.
func TestMoneyVerbsAskForASum(t *testing.T) {
	checkAbstains(t, offlineEngine(t, harbourBrief), []abstainCase{
		{"How much was the trawler skipper fined?", true},
		{"How much did repairs to the north pier cost?", false},
		{"How many crates of undersized hake did inspectors find?", false},
	})
}

const finesNote = `Regulator warns ferry firms over late sailings
The maritime regulator can fine an operator up to 6 per cent of its yearly takings, its chief said on Monday.
Ferry firms carried 3.1 million passengers last year.`

func TestAFineIsAShare(t *testing.T) {
	checkAbstains(t, offlineEngine(t, finesNote), []abstainCase{
		{"How much can the regulator fine an operator?", false},
	})
}
