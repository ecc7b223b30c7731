package answer

import "testing"

func TestVerbByPartOfSpeech(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"When will the agency publish new rainfall figures?", "publish"}, // not "figures"
		{"Why did the bakery workers stop production?", "stop"},           // "stop" is more often a verb than "production"
		{"How many new nurses will the clinic take on in Leeds?", "take"}, // not "leeds"
		{"When will the water board meet?", "meet"},                       // "board" is mostly a noun
		{"Have small farms lost customers?", "lost"},                      // a participle after "have"
		{"When did the trade dispute begin?", "begin"},
		{"When will the final report be published?", "published"}, // "be" leaves it to the question's shape
		{"What did the Running Dry report warn?", "warn"},         // a name's word is never the verb
		{"When did the club last win the cup?", "win"},
		{"When is the first public hearing?", ""}, // a copula and a noun in -ing: no verb
		{"What did the union say about the plan?", "say"},
		{"When should the ferry be able to sail again?", "sail"}, // "be able to" hands over to its verb
		{"When is the depot due to open?", "open"},
		{"How long is the hearing expected to last?", "last"},
		{"Why can't the buses stop on Mill Road?", "stop"}, // "can't" is an auxiliary
		{"Why won’t the council publish the audit?", "publish"},
	} {
		if got := questionVerb(tc.q); got != tc.want {
			t.Errorf("questionVerb(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestClockTimesAndDurationsSince(t *testing.T) {
	for _, tc := range []struct {
		q, s string
		want bool
	}{
		{"How old is the chef?", "At 61, Ruiz still opens the kitchen herself.", true},
		{"How old is the chef?", "At 6, the chef opens the kitchen.", false}, // a time: no name or pronoun follows
		{"How old is the chef?", "At the market, Ana Ruiz buys fish.", false},
		{"When does the ferry leave?", "The ferry leaves at 7.45 a.m. on weekdays.", true},
		{"When does the ferry leave?", "The last ferry leaves at 11:30pm.", true},
		{"When does the ferry leave?", "The office closes at midnight.", true},
		{"When does the ferry leave?", "The ferry carries 300 cars.", false},
		{"How long has the shop been open?", "The shop has opened every day since 1987.", true},
		{"How long has the shop been open?", "The shop has been shut since last spring.", true},
		{"How long does the crossing take?", "The route has run since 1987.", false}, // not how long it takes
		{"How long has the shop been open?", "The shop sells bread.", false},
		// A place behind lower-case words, or by its bearing from a town.
		{"Where is the exhibition being shown?", "The show opened on Friday at the old Corran boathouse.", true},
		{"Where did the storm come ashore?", "The eye came ashore 6 miles east of Dunvale at noon.", true},
		{"Where is the exhibition being shown?", "The show opened on Friday to good reviews.", false},
		// "How much longer" asks for a stretch of time.
		{"How much longer will the detour take?", "The diversion adds 20 minutes to the trip.", true},
		{"How much longer will the detour take?", "The diversion is on the ring road.", false},
		// Someone's age counts nothing: "How much …?" wants an amount.
		{"How much did the baker get for the van?", "Okoro, 52, sold the van last week.", false},
		{"How much did the baker get for the van?", "Okoro, 52, sold the van for 4,000 pounds.", true},
	} {
		if got := hasAnswerType(questionType(tc.q), tc.q, tc.s); got != tc.want {
			t.Errorf("hasAnswerType(%q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
}

func TestLengthsOfAMotionAndOfALayer(t *testing.T) {
	queue := focus{terms: []focusTerm{{term: "jam", word: "jam"}, {term: "extend", word: "extend"}}}
	for _, tc := range []struct {
		q, s string
		f    focus
		want float64
	}{
		// "How far": a length beside the asked motion is its distance.
		{"How far did the jam extend?", "The jam extended for six miles on the bypass.", queue, 1},
		{"How far did the jam extend?", "The jam closed the bypass, a six-mile road.", queue, 0},
		// "How deep was the X?": a length of X ("three inches of rain").
		{"How deep was the snow on the runway?", "Crews cleared three inches of snow from the runway.", focus{terms: []focusTerm{{term: "snow", word: "snow"}, {term: "runway", word: "runway"}}}, 1},
		{"How tall is the hangar?", "Crews cleared three inches of snow from the hangar roof.", focus{terms: []focusTerm{{term: "hangar", word: "hangar"}}}, 0},
		{"How far did the pier move?", "Surveyors found the pier had shifted by 12 millimetres.", focus{terms: []focusTerm{{term: "pier", word: "pier"}, {term: "move", word: "move", alts: []string{"shift"}}}}, 0},
		{"How far had the pier shifted?", "Surveyors found the pier had shifted by 12 millimetres.", focus{terms: []focusTerm{{term: "pier", word: "pier"}, {term: "shift", word: "shifted"}}}, 1},
	} {
		if got := tc.f.attachment(lengthType, tc.q, tc.s); got != tc.want {
			t.Errorf("attachment(%q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
}

func TestCountsWithSuchOrMore(t *testing.T) {
	f := focus{terms: []focusTerm{{term: "clinic", word: "clinics"}, {term: "open", word: "open"}}}
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"The trust said 12 such clinics would open by spring.", 1},
		{"The trust said 12 more clinics would open by spring.", 1},
		{"The trust said 12 of its sites would host clinics.", 0},
	} {
		if got := f.attachment(numberType, "How many clinics will open?", tc.s); got != tc.want {
			t.Errorf("attachment(how many clinics, %q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestMoneyScope(t *testing.T) {
	e := offlineEngine(t, "Union offers and council budgets\n\nThe council offered its bin crews a pay rise of 4 per cent, the union said.\n\nThe union's treasurer said the strike fund was running low.\n")
	for _, tc := range []struct {
		q               string
		money, shareToo bool
	}{
		{"What pay rise did the council offer?", true, true},         // a change of pay: a percentage answers
		{"How much pay do the bin crews get?", true, false},          // a sum only
		{"What did the treasurer say about the fund?", false, false}, // what was said, not a sum
	} {
		f := e.focusOf(tc.q, nil)
		if f.money != tc.money || f.shareToo != tc.shareToo {
			t.Errorf("focusOf(%q): money %v, share too %v; want %v, %v", tc.q, f.money, f.shareToo, tc.money, tc.shareToo)
		}
	}
	f := e.focusOf("What pay rise did the council offer?", nil)
	if !f.hasSum("a pay rise of 4 per cent") || f.hasSum("a pay rise next year") {
		t.Errorf("hasSum of a pay rise: want a percentage to count and no figure not to")
	}
}
