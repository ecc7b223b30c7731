package answer

import "testing"

// A made-up sea rescue: the missing are counted, never named.
const namesOfRescue = `Two fishermen still missing after trawler sinks off Carrick Point
Four crew members of the trawler Morning Wren were rescued on Sunday, and two are still missing, the Northern Coastguard said.
The rescued men, all from the village of Dunmore, were taken to hospital in Carrick with hypothermia.
Skipper Tomas Reilly, 58, said the boat took on water within minutes after a wave broke over the stern.
Lifeboat crews will resume the search at first light on Monday.`

func TestNamesOfAbstains(t *testing.T) {
	checkAbstains(t, offlineEngine(t, namesOfRescue), []abstainCase{
		// "still" ends the asked phrase: its head is "fishermen", and no
		// name stands beside the fishermen.
		{"What are the names of the two fishermen still missing?", true},
		{"What is the name of the skipper?", false},
	})
	if got := askedNoun("What are the names of the two fishermen still missing?"); got != "fishermen" {
		t.Errorf("askedNoun = %q, want fishermen", got)
	}
}
