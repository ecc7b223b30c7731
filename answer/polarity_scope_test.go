package answer

import "testing"

// TestTenseAndAspectHaveNoOpposite checks that a claim's "has" before a
// participle and a verb before an "-ing" verb ("keeps losing") are not
// read as the verbs "have" and "keep", whose WordNet opposites ("missing",
// "loses") the window uses in another sense; an opposite in the same frame
// ("started selling" for "stopped selling") still counts.
func TestTenseAndAspectHaveNoOpposite(t *testing.T) {
	e := offlineEngine(t, `Trawler search widened off Kerrow Point

Coastguard crews looking for the missing trawler Saltire Rose widened their search zone to 900 square nautical miles on Monday, the Maritime Rescue Centre said.

The lift span of the Avonmere swing bridge breaks down every few weeks, and engineers say the motor loses power whenever the tide runs high.

Vendors at the Friday market started selling hot food at the gate last month, the organisers said.
`)
	checkSupport(t, e, []supportCase{
		{"has before a participle (wire copy)", "The search zone for the trawler has been widened to 900 square nautical miles.", 2, true},
		{"has before a participle, another verb", "The coastguard has widened the search zone to 900 square nautical miles.", 2, true},
		{"keeps before an -ing verb (explainer)", "The swing bridge's motor keeps losing power when the tide runs high.", 3, true},
		{"an opposite in the same frame", "Vendors at the Friday market stopped selling hot food at the gate last month.", 4, false},
	})
}

// TestNegationThatCoversNothing checks a negative claim whose negation
// covers no word but its own ("went home with nothing", "said nothing"):
// the window may say it in other words; a negation that covers a word the
// window states plainly still fails.
func TestNegationThatCoversNothing(t *testing.T) {
	e := offlineEngine(t, `Talks on the Harwell depot collapse

The union's negotiators flew back from Harwell on Thursday evening empty-handed after six hours with the depot's owners.

Asked about the leaked memo at Tuesday's briefing, the transport minister, Odile Ferrant, stayed silent.

An inquiry into the derailment found that the brakes on the rear wagon were worn.
`)
	checkSupport(t, e, []supportCase{
		{"went home with nothing (wire copy)", "The union's negotiators came back from Harwell on Thursday with nothing.", 2, true},
		{"said nothing (press briefing)", "Asked about the leaked memo on Tuesday, Ferrant said nothing.", 3, true},
		{"a negation over a word the window states", "The derailment inquiry found nothing wrong with the rear wagon's brakes.", 4, false},
	})
}

// TestCompoundsKeepTheirSense checks that a word inside a hyphenated
// compound ("a home-baking contest", "a second-half header") is not the opposite of a
// claim word outside one, while the same compound with the opposite word
// ("short-term" against "long-term") still contradicts.
func TestCompoundsKeepTheirSense(t *testing.T) {
	e := offlineEngine(t, `Baker quits television after two series

Imogen Tarrant spent two series as a judge on "Proving Ground", a home-baking contest, and says she quit because it "turned every bake into a stopwatch test."

Callum Reyes scored the first goal of the match with a header eight minutes after the break, and Dunmore held on for the win.

The council agreed a long-term lease on the old library with the Harrowgate Trust on Monday.
`)
	checkSupport(t, e, []supportCase{
		{"a word of a compound against a word outside one (interview)", "Tarrant walked away from the show because it timed every bake.", 2, true},
		{"a claim word in a compound (sports report)", "Reyes opened the scoring with a second-half header for Dunmore.", 3, true},
		{"the same compound with the opposite", "The council agreed a short-term lease on the old library with the Harrowgate Trust.", 4, false},
	})
}

// TestParticiplesNotDone checks that a past form describing a noun ("an
// automated station") or in progress ("are being replaced") is not a
// claim's verb stated as done, while a plain past form still is.
func TestParticiplesNotDone(t *testing.T) {
	e := offlineEngine(t, `Observatory upgrade announced

The observatory plans to install an automatic cloud camera on the north dome next spring, paid for by a grant from the Kestrel Foundation.

Velocar will recall about 8,400 e-scooters after reports of cracked handlebars, the company said on Thursday.
`)
	checkSupport(t, e, []supportCase{
		{"a participle describing a noun (press release)", "An automated cloud camera is to be fitted on the observatory's north dome next spring.", 2, true},
		{"a participle in progress (wire copy)", "About 8,400 Velocar e-scooters are being recalled over cracked handlebars.", 3, true},
		{"a plain past form", "Velocar recalled about 8,400 e-scooters after reports of cracked handlebars.", 3, false},
	})
}
