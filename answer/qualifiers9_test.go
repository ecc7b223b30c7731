package answer

import "testing"

// Made-up briefs: a US arts obituary that never says what its subject
// died of, a games-industry story that never mentions Japan, and a
// Scottish museum award whose size is never given.
const (
	pianistObit = `Lou Carter, stride pianist who played the Blue Lantern for forty years, dies at 79
Lou Carter, the stride pianist who led the house band at the Blue Lantern club in Kansas City for four decades, has died aged 79.
His wife, Arlene, said he died at home on Sunday, surrounded by his records.
Carter's brother Earl died of pneumonia in 1988.
He recorded eleven albums, and his "Night Owl Rag" was played 2 million times on the radio station's stream.`

	recoveredObit = `Dora Pike, potter, dies at 91
Dora Pike, whose salt-glazed jugs are in the V&A, has died at 91.
She died of heart failure at a hospice in Truro, her son said.`

	museumGrant = `Orkney museum reopens after roof repairs
The Stromness museum shut for eighteen months while its roof was rebuilt, and reopened on Saturday after an award from the Northern Isles Trust paid for new display cases.
The repairs cost £1.2 million, the council said.`
)

func TestQualifiersNinth(t *testing.T) {
	t.Run("what someone died of", func(t *testing.T) {
		checkAbstains(t, offlineEngine(t, pianistObit), []abstainCase{
			{"What did Lou Carter die from?", true},
			{"What did Earl die of?", false},
			{"When did Lou Carter die?", false},
		})
		checkAbstains(t, offlineEngine(t, recoveredObit), []abstainCase{
			{"What did Dora Pike die of?", false},
		})
	})
	t.Run("a place the article never mentions", func(t *testing.T) {
		checkAbstains(t, offlineEngine(t, pianistObit), []abstainCase{
			{"How many times was Night Owl Rag played in Japan?", true},
			{"How many times was Night Owl Rag played?", false},
		})
	})
	t.Run("how long is not how much", func(t *testing.T) {
		checkAbstains(t, offlineEngine(t, museumGrant), []abstainCase{
			{"How much was the Northern Isles Trust award?", true},
			{"How much did the repairs cost?", false},
			{"How long was the museum shut?", false},
		})
	})
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"What did the poet die of?", "The poet died last March.", true},
		{"What did the poet die of?", "The poet died after a long illness.", false},
		{"What did she die from?", "She died from her injuries.", false},
		{"What did the poet die of?", "The poet was born in Leeds.", false}, // no verb: weighed elsewhere
		{"What did the poet say?", "The poet died last March.", false},
	} {
		if got := strandedMissing(c.q, c.s); got != c.want {
			t.Errorf("strandedMissing(%q, %q) = %v, want %v", c.q, c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		q, name string
		want    bool
	}{
		{"How many tickets were sold in Osaka?", "Osaka", true},
		{"When did the band play at the Apollo?", "Apollo", true},
		{"What did Japan say?", "Japan", false},
		{"How many tickets did Mia Fenn sell?", "Mia Fenn", false},
	} {
		if got := placeOfFigure(c.q, c.name); got != c.want {
			t.Errorf("placeOfFigure(%q, %q) = %v, want %v", c.q, c.name, got, c.want)
		}
	}
}

// A made-up Kenyan bakery strike and a council recount: reasons given
// in other words than the question's.
const (
	bakeryStrike = `Bakers down tools in Mombasa
MOMBASA — Bakers at the Pwani Flour bakery downed tools on Friday because the company cut their overtime pay by a third.
The company said the bread would be delivered as usual.`

	wardRecount = `Recount under way in Ward 7
A recount of the Ward 7 vote began on Tuesday after the margin between the two leading candidates fell to six votes.
The returning officer said the buses to the count centre would run as before.`
)

func TestReasonsInOtherWords(t *testing.T) {
	checkAbstains(t, offlineEngine(t, bakeryStrike), []abstainCase{
		{"Why did the bakers stop work?", false},
		{"Why did the company keep the deliveries going?", true},
	})
	checkAbstains(t, offlineEngine(t, wardRecount), []abstainCase{
		{"Why was the Ward 7 recount ordered?", false},
		{"Why was the count centre moved?", true},
	})
}
