package main

import (
	"testing"

	"articlebot/eval"
)

// wholeFloors are the lowest scores of questions about the whole article
// per set. The targets hold on every set: such questions never
// abstain, summaries cite the lead and a later paragraph, the headline is
// cited; "who is quoted" names at least 80 % of the quoted people with the
// right roles on the tuned sets. The held-out floors for names and roles
// are their lowest per-set measurement (2026-11-29: every set names at
// least 0.667 of the quoted people, and gives at least 0.667 of them the
// right role), to guard against regressions.
var wholeFloors = map[string]struct {
	answered, lead, later, names, roles, headline float64
}{
	eval.Tuned:   {1, 1, 1, 0.8, 0.8, 1},
	eval.HeldOut: {1, 1, 1, 0.66, 0.66, 1},
	// Measured 2026-11-29: names 0.9 to 1, right roles 0.333 to 1 (the
	// feature's glassblower and apprentice are shown without a role).
	tunedAttrib: {1, 1, 1, 0.9, 0.33, 1},
	// Measured 2026-11-30: names 1, right roles 0.667 (the line of "Frank
	// Oduya" is matched to "Frank Oduya senior (manager of Rovers)", which
	// the son's name starts; de la Fuente's "managed by" gives no role).
	tunedPeople: {1, 1, 1, 0.99, 0.66, 1},
	// Measured 2026-11-30: names 1, right roles 0.333 (the novelist and
	// the nephew are shown without those roles).
	tunedTranscript: {1, 1, 1, 0.99, 0.33, 1},
	// Measured once at the end of the second round: names 0.8 to 1, right
	// roles 0.5 to 0.8; after the third round's attribution work names 1
	// on all four, right roles 0.6 to 0.833.
	eval.Unseen: {1, 1, 1, 0.99, 0.6, 1},
	// Measured at the end of the third round, blind: every question
	// answered and a later paragraph cited, names 0.857 to 1, right roles
	// 0.5 to 0.8; the live blog, newest entry first, cites its standfirst
	// in one of three summaries (lead 0.333), the other three sets in all.
	eval.Blind: {1, 0.33, 1, 0.85, 0.5, 1},
	// Measured at the start and end of the fourth round, blind: every
	// question answered, the lead and a later paragraph cited, names 0.833
	// to 1, right roles 0.625 to 0.833.
	eval.Blind2: {1, 1, 1, 0.83, 0.62, 1},
	// Measured at the start and end of the fifth round, blind: every
	// question answered, the lead and a later paragraph cited, names 0.571
	// to 1, right roles 0.5 to 0.833.
	eval.Blind3: {1, 1, 1, 0.57, 0.5, 1},
	// Measured at the start and end of the sixth round, blind: every
	// question answered, the lead and a later paragraph cited, names 0.714
	// to 1, right roles 0.5 to 0.8.
	eval.Blind4: {1, 1, 1, 0.71, 0.5, 1},
	// Measured at the start and end of the seventh round, blind (the same
	// figures): every question answered, the lead cited, names 0.75 to 1,
	// right roles 0.5 to 0.667; the translated interview's summaries cite no
	// later paragraph (later 0), the other three sets' all do. At the end
	// of the eighth round every speaker is named (names 1).
	eval.Blind5: {1, 1, 0, 1, 0.5, 1},
	// Measured at the end of the eighth round, blind: every
	// question answered, the lead and the headline cited; the press
	// release's summaries cite no later paragraph (later 0) and the
	// obituary's one in three; names 0.667 to 0.875, right roles 0.429 (the
	// obituary) to 0.667. Ninth round: display lines under the headline
	// (standfirst, subhead, embargo line) are no longer the summary's
	// lead, so the press release cites a later paragraph in every summary
	// and the obituary in two of three (later 0.667 to 1).
	eval.Blind6: {1, 1, 0.66, 0.66, 0.42, 1},
	// Measured at the end of the ninth round, blind: the results story
	// answers four summaries of five and cites its lead in two of three;
	// later paragraphs 0.667 to 1; names 0.8 to 1; right roles 0.25 (the
	// match report and the review) to 0.6.
	// Tenth round (looked at by mechanism): every summary answered, names
	// 1, right roles 0.4 (the review) to 0.714; the floors follow.
	eval.Blind7: {1, 0.66, 0.66, 1, 0.4, 1},
	// blind8 at the same time: every summary answered; the lead cited 0.667
	// (the morning briefing and the science story) to 1, later 0.667 to 1,
	// names 0.8 to 1, right roles 0.75 to 0.857.
	// Tenth round (looked at by mechanism): the lead and a later paragraph
	// cited in every summary, names 0.875 to 1.
	eval.Blind8: {1, 1, 1, 0.87, 0.75, 1},
	// blind9 at the end of the tenth round, blind: every summary answered
	// and citing the lead and a later paragraph; names 0.667 (the market
	// story) to 0.857, right roles 0.6 to 1. Eleventh round (looked at by
	// mechanism): names 0.889 (the market story) to 1, right roles 0.714
	// to 1.
	eval.Blind9: {1, 1, 1, 0.88, 0.71, 1},
	// blind10 at the end of the eleventh round, blind: every summary
	// answered and citing a later paragraph; the lead cited 0.667 (the
	// consumer column) to 1, names 0.667 to 0.875, right roles 0.571 (the
	// Japanese daily) to 1. Thirteenth round (looked at): names 0.875 to 1.
	eval.Blind10: {1, 0.66, 1, 0.87, 0.57, 1},
	// blind11 at the end of the thirteenth round, blind: every summary
	// answered and citing the lead and a later paragraph, every headline
	// cited; names 0.714 (the children's story) to 0.857, right roles 0.5
	// (the music-industry story) to 0.8. Fourteenth round (looked at):
	// names 1 on every set, right roles 0.571 to 0.714.
	eval.Blind11: {1, 1, 1, 1, 0.57, 1},
	// blind12 at the end of the fourteenth round, blind: every summary
	// answered and citing the lead and a later paragraph, every headline
	// cited; names 0.750 (the avocado-law story) to 1, right roles 0.333
	// (the dam-collapse feature) to 0.900.
	// Fifteenth round (looked at): names 0.875 to 1, right roles 0.444 to
	// 0.900.
	eval.Blind12: {1, 1, 1, 0.87, 0.44, 1},
	// blind13 at the end of the fifteenth round, blind (the same as at its
	// start): every summary answered and citing the lead, a later
	// paragraph cited 0.667 (the curling final) to 1, every headline
	// cited; names 0.750 (the science item) to 1, right roles 0.333 (the
	// curling final, the science item) to 0.667.
	eval.Blind13: {1, 1, 0.66, 0.75, 0.33, 1},
	// blind14 at the end of the eighteenth round, blind (the same as at
	// its start): every summary answered and citing the lead and a later
	// paragraph, every headline cited; names 0.600 (the elevator fire: a
	// "Jr." and a name with an accent the speaker list gives otherwise)
	// to 1, right roles 0.500 (the cocoa union, the ferry story) to 1.
	eval.Blind14: {1, 1, 1, 0.59, 0.5, 1},
	// blind15 at the end of the nineteenth round, blind (the same as at
	// its start): every summary answered and citing the lead and a later
	// paragraph, every headline cited; names 0.833 (the club statement:
	// the club itself not named as quoted) to 1, right roles 0.333 (the
	// planning story: councillors' roles not given) to 0.857.
	eval.Blind15: {1, 1, 1, 0.83, 0.33, 1},
	// blind16 at the end of the twentieth round, blind: every summary
	// answered and citing the lead and a later paragraph, every headline
	// cited; names 0.667 (the union newsletter: the hospital and a title
	// kept in a name) to 1, right roles 0.571 (the community weekly) to 1.
	eval.Blind16: {1, 1, 1, 0.66, 0.57, 1},
	// blind17 at the end of the twenty-first round, blind: every summary
	// answered but one ("tl;dr" of the trade magazine, abstained), the
	// lead and a later paragraph cited 0.667 (the same) to 1, every
	// headline cited; names 0.667 (the fireworks permit: an architect's
	// title kept in his name) to 1, right roles 0.500 (the trade magazine,
	// the fireworks permit) to 1. At the end of the twenty-second round
	// every summary is answered and cites the lead and a later paragraph
	// ("tl;dr" no longer read as the title "Dr").
	eval.Blind17: {1, 1, 1, 0.66, 0.5, 1},
	// blind18 at the end of the twenty-second round, blind: every summary
	// answered but one ("Sum up what happened." of the ferry story,
	// abstained), the lead cited 0.667 (the ferry, the press release) to
	// 1, a later paragraph 0.667 (the water rationing, the ferry) to 1,
	// every headline cited; names 0.600 (the water rationing: the mayor
	// and the drilling firm not named as quoted) to 1, right roles 0.571
	// (the ferry) to 1.
	eval.Blind18: {0.8, 0.66, 0.66, 0.6, 0.57, 1},
}

func checkWholeFloors(t *testing.T, s eval.Set, r eval.Report) {
	t.Helper()
	w := r.Whole
	if w == nil {
		t.Errorf("no questions about the whole article: every eval set needs overview, speakers and headline questions")
		return
	}
	if w.Overviews == 0 || w.Speakers == 0 || w.Headlines == 0 {
		t.Errorf("got %d overview, %d speakers and %d headline questions, want each kind", w.Overviews, w.Speakers, w.Headlines)
	}
	fl, ok := wholeFloors[floorGroup(s)]
	if !ok {
		fl, ok = wholeFloors[s.Group]
	}
	if !ok {
		return // a group without floors yet (see evalFloors)
	}
	floors := []floor{
		{"whole-article answered", w.Answered, fl.answered},
		{"overviews citing the lead", w.LeadCited, fl.lead},
		{"overviews citing a later paragraph", w.LaterCited, fl.later},
		{"quoted people named", w.NamesFound, fl.names},
		{"headline cited", w.HeadlineCited, fl.headline},
	}
	if w.RolesRight >= 0 {
		floors = append(floors, floor{"quoted people with the right role", w.RolesRight, fl.roles})
	}
	checkFloors(t, floors)
	if t.Failed() {
		for _, m := range w.Misses {
			t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
		}
	}
}
