package answer

import "testing"

// TestFiguresInMoreForms checks figures a source writes glued to what they
// count (a currency letter, a unit abbreviation), in lakhs, with a short
// month, as two counts of a whole, or as a quarter of a span, against
// claims that say them in words; and that a changed figure still fails.
func TestFiguresInMoreForms(t *testing.T) {
	e := offlineEngine(t, `Kembe roads budget

The Kembe district council approved a N2.6bn road plan on Monday.

Porters charged N450 per load at the new gate, compared with N150 at the old depot.

A fisherman in Tolo said he borrowed P72,000 from a cooperative in March.

The weavers' cooperative now has 3.4 lakh members, up from 2.1 lakh.

The pipeline runs for 4.5km under the estuary.

The ferry crossing to Marrow Isle takes 1hr 20mins in calm weather.

Entries for the Pelling regatta close on Nov 28, the organisers said.

Four of the twelve councillors voted against the harbour levy.

Ines Varga kept the Dunmore lighthouse for 75 years.

Each ferry waits at Brackley for 15 minutes before it sails.

Ticket sales at the Brill cinema rose 39% last year.

Savers at the failed Tallisk mutual will get back 6p for every pound.
`)
	checkSupport(t, e, []supportCase{
		{"letter currency with scale", "The council approved a two point six billion naira road plan.", 2, true},
		{"letter currency, changed figure", "The council approved a three point six billion naira road plan.", 2, false},
		{"letter currency beside a strict one", "At the old depot porters charged one hundred and fifty naira a load.", 3, true},
		{"peso letter", "A Tolo fisherman borrowed seventy-two thousand pesos from a cooperative.", 4, true},
		{"lakh", "The weavers' cooperative now has 340,000 members, up from 210,000.", 5, true},
		{"lakh, changed figure", "The weavers' cooperative now has 34,000 members, up from 21,000.", 5, false},
		{"glued kilometres", "The pipeline runs for 4,500 metres under the estuary.", 6, true},
		{"glued hours and minutes", "The ferry crossing to Marrow Isle takes one hour and twenty minutes in calm weather.", 7, true},
		{"glued minutes are minutes", "The ferry crossing to Marrow Isle takes twenty hours in calm weather.", 7, false},
		{"glued hours, changed", "The ferry crossing to Marrow Isle takes two hours and twenty minutes in calm weather.", 7, false},
		{"short month", "The organisers said entries for the regatta close on 28 November.", 8, true},
		{"short month, changed", "The organisers said entries for the regatta close on 28 October.", 8, false},
		{"two counts as a share", "A third of the councillors voted against the harbour levy.", 9, true},
		{"two counts, another share", "A quarter of the councillors voted against the harbour levy.", 9, false},
		{"three quarters of a century", "Ines Varga kept the Dunmore lighthouse for three quarters of a century.", 10, true},
		{"more than a simple fraction", "Ticket sales at the Brill cinema rose by more than a third last year.", 12, true},
		{"more than the next fraction", "Ticket sales at the Brill cinema rose by more than two fifths last year.", 12, false},
		{"a fraction two steps below", "Ticket sales at the Brill cinema rose by more than a quarter last year.", 12, false},
		{"a quarter of an hour", "Each ferry waits at Brackley for a quarter of an hour.", 11, true},
		{"glued pence", "Savers at the failed Tallisk mutual will get back six pence for every pound.", 13, true},
		{"glued pence, changed", "Savers at the failed Tallisk mutual will get back 60p for every pound.", 13, false},
	})
}
