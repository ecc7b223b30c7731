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

The Avonmere chain ferry loses about ten minutes on every crossing when the river runs high, its skipper says, and the landing stage floods twice a year.

Vendors at the Friday market started selling hot food at the gate last month, the organisers said.
`)
	checkSupport(t, e, []supportCase{
		{"has before a participle (wire copy)", "The search zone for the trawler has been widened to 900 square nautical miles.", 2, true},
		{"has before a participle, another verb", "The coastguard has widened the search zone to 900 square nautical miles.", 2, true},
		{"keeps before an -ing verb (explainer)", "The Avonmere chain ferry keeps losing time on its crossings when the river runs high.", 3, true},
		{"an opposite in the same frame", "Vendors at the Friday market stopped selling hot food at the gate last month.", 4, false},
	})
}

// TestNegationThatCoversNothing checks a negative claim whose negation
// covers no word but its own ("came away with nothing", "said nothing"):
// the window may say it in other words; a negation that covers a word the
// window states plainly still fails.
func TestNegationThatCoversNothing(t *testing.T) {
	e := offlineEngine(t, `Talks on the Harwell depot collapse

The union's talks with the depot's owners in Harwell ended in deadlock on Thursday evening after six hours.

Asked about the leaked memo at Tuesday's briefing, the transport minister, Odile Ferrant, stayed silent.

An inquiry into the derailment found that the brakes on the rear wagon were worn.
`)
	checkSupport(t, e, []supportCase{
		{"came away with nothing (wire copy)", "After six hours of talks in Harwell on Thursday, the union came away with nothing.", 2, true},
		{"said nothing (press briefing)", "Asked about the leaked memo on Tuesday, Ferrant said nothing.", 3, true},
		{"a negation over a word the window states", "The derailment inquiry found nothing wrong with the rear wagon's brakes.", 4, false},
	})
}

// TestCompoundsKeepTheirSense checks that a word inside a hyphenated
// compound ("a home-cooked meal", "the long-awaited footbridge") is not
// the opposite of a claim word outside one, while the same compound with
// the opposite word ("short-term" against "long-term") still contradicts.
func TestCompoundsKeepTheirSense(t *testing.T) {
	e := offlineEngine(t, `Dunmore cup tie ends in a draw

After the 1-1 draw, Alcott's players were given a home-cooked meal in the Dunmore clubhouse by the hosts' volunteers.

Residents of Tarne welcomed the long-awaited footbridge over the river, which opened on Monday after a ten-minute ceremony.

The council agreed a long-term lease on the old library with the Harrowgate Trust on Monday.
`)
	checkSupport(t, e, []supportCase{
		{"a word of a compound against a word outside one (sports report)", "Dunmore's volunteers cooked a meal for the away side in the clubhouse after the draw.", 2, true},
		{"a word of a compound against a word outside one (local news)", "The Tarne footbridge opened on Monday after a short ceremony.", 3, true},
		{"the same compound with the opposite", "The council agreed a short-term lease on the old library with the Harrowgate Trust.", 4, false},
	})
}

// TestParticiplesNotDone checks that a past form describing a noun ("the
// refurbished dome") or in progress ("are being replaced") is not a
// claim's verb stated as done, while a plain past form still is.
func TestParticiplesNotDone(t *testing.T) {
	e := offlineEngine(t, `Observatory upgrade announced

The observatory plans to refurbish its north dome next spring and fit a cloud camera there, paid for by a grant from the Kestrel Foundation.

Harcombe Foods will replace about 8,400 jars of its plum chutney after reports of faulty lids, the company said on Thursday.
`)
	checkSupport(t, e, []supportCase{
		{"a participle describing a noun (press release)", "The refurbished north dome of the observatory is to get a cloud camera next spring.", 2, true},
		{"a participle in progress (wire copy)", "About 8,400 jars of Harcombe plum chutney are being replaced over faulty lids.", 3, true},
		{"a plain past form", "Harcombe Foods replaced about 8,400 jars of its plum chutney after reports of faulty lids.", 3, false},
	})
}

// TestUnWordNegatesItself checks that an "un-" word that governs nothing
// after it ("unverified accounts that …", "unpaid volunteers") negates
// only itself, on either side, while one with a complement ("unable to
// open") still negates what follows.
func TestUnWordNegatesItself(t *testing.T) {
	e := offlineEngine(t, `Gales on the Sollan coast

Residents of Mirrow Quay say the gale tore the slate roof off the lifeboat station overnight.

The harbour's unpaid volunteers repaired the slipway winch on Saturday morning.

The coastguard was unable to open the lifeboat station's doors until Sunday.
`)
	checkSupport(t, e, []supportCase{
		{"unverified accounts (claim)", "There are unverified accounts that the gale took the lifeboat station's slate roof.", 2, true},
		{"unpaid (window)", "Volunteers at the harbour fixed the slipway winch on Saturday.", 3, true},
		{"unable to (window governs)", "The coastguard opened the lifeboat station's doors before Sunday.", 4, false},
	})
}

// TestAnonymityAsideNegatesNothing checks that why a source goes unnamed
// ("refusing to be identified because porters are barred …") negates
// nothing the source says, and that "no further than" is a bound, not a
// negation, while a source that does negate the claim still fails it.
func TestAnonymityAsideNegatesNothing(t *testing.T) {
	e := offlineEngine(t, `Night shifts at Pellow General

A porter, refusing to be identified because porters are barred from briefing journalists, said the lifts in the east wing broke down four times in March.

The hospital's fog lamps let drivers in the car park see 15 metres at most.

The trust said the porters were not given extra shifts in March.
`)
	checkSupport(t, e, []supportCase{
		{"an anonymous porter's account", "A porter said the lifts in the east wing broke down four times in March.", 2, true},
		{"no further than", "Drivers in the hospital car park can see no further than 15 metres with the fog lamps.", 3, true},
		{"a negated source", "The trust said porters were given extra shifts in March.", 4, false},
	})
}

// TestNegationByNonAndItsReach checks that a "non-" word negates ("non-
// functional" states "not working"), and that a negation stops where a
// clause of reason opens ("refused the plan because both wings share one
// boiler": the sharing is stated).
func TestNegationByNonAndItsReach(t *testing.T) {
	e := offlineEngine(t, `Library heating

The trust said two of its four boilers at the Vell Street library were non-functional after the flood.

The trust refused a phased refit because both wings of the library share one boiler, which is also due for replacement.
`)
	checkSupport(t, e, []supportCase{
		{"non- for not", "Two of the four Vell Street library boilers were not working after the flood, the trust said.", 2, true},
		{"a reason after the negation", "Both library wings share one boiler, which also needs replacing.", 3, true},
		{"what was refused is still negated", "The trust approved a phased refit of the library.", 3, false},
	})
}
