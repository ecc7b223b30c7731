package answer

import "testing"

func TestUnnamedDoer(t *testing.T) {
	tests := []struct {
		q, s string
		want bool
	}{
		{"Who spotted the dinghy?", "The coastguard said a ferry passenger had reported spotting a dinghy off the point.", true},
		{"Which divers recovered the hull?", `Tomas Reyll said: "We waited a week. Divers have recovered the hull and the engine."`, true},
		// A name, a pronoun, an apposition or a by-phrase gives the doer.
		{"Who spotted the dinghy?", "Mira Ostrand spotted the dinghy from the ferry.", false},
		{"Who spotted the dinghy?", "She spotted the dinghy from the ferry, Mira Ostrand said.", false},
		{"Who spotted the dinghy?", "Mira Ostrand, the skipper's niece, spotted the dinghy.", false},
		{"Who recovered the hull?", "The hull was recovered by a salvage crew from Lenn.", false},
		// The verb as a noun, or not used at all.
		{"Who led the survey?", "The survey's lead, Bo Hanning, declined to comment.", false},
		{"Who interviewed the skipper?", "In a separate interview, the skipper said the engine failed.", false},
	}
	for _, tt := range tests {
		if got := unnamedDoer(tt.q, tt.s); got != tt.want {
			t.Errorf("unnamedDoer(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
	}
}

// A made-up report of a sea search: the sighting is reported by an
// unnamed passenger, in a sentence that names the officer who says so.
const doerSearch = `Search for missing sailor widens
The coastguard widened its search for a missing sailor off Lenn Point on Sunday.
Inspector Karel Duvane said a ferry passenger had reported spotting an orange dinghy near the Lenn Point lighthouse at about noon on Saturday.
The sailor's sister, Mira Ostrand, found his car at the harbour on Saturday evening.`

func TestUnnamedDoerAbstains(t *testing.T) {
	checkAbstains(t, offlineEngine(t, doerSearch), []abstainCase{
		{"Who spotted the orange dinghy near the lighthouse?", true},
		{"Who found the sailor's car at the harbour?", false},
	})
}
