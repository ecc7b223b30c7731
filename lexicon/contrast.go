package lexicon

// ContrastClasses are closed classes of words that take one another's
// place in a sentence without meaning the same: a claim that says
// "Tuesday", "autumn" or "west" where its source says "Monday", "spring"
// or "east" changes the fact. Word vectors place such words closest of
// all (GloVe gives "monday"/"tuesday" 0.995), so a soft match must never
// pair two words of one class. "against" and "favour" are the two sides
// of a vote or a testimony.
var ContrastClasses = [][]string{
	{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
	{"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december"},
	{"spring", "summer", "autumn", "fall", "winter"},
	{"north", "south", "east", "west", "northern", "southern", "eastern", "western",
		"northeast", "northwest", "southeast", "southwest"},
	{"morning", "afternoon", "evening", "night", "midnight", "noon"},
	{"republican", "democrat", "democratic", "conservative", "liberal", "labour", "socialist"},
	{"mother", "father", "sister", "brother", "son", "daughter", "wife", "husband", "cousin",
		"uncle", "aunt", "niece", "nephew", "grandmother", "grandfather"},
	{"against", "favour", "favor"},
	// Scales: a claim that says "a high risk" where its source says "a
	// medium risk", "serious injuries" where it says "minor", "last year"
	// where it says "next year" or "above" where it says "below" changes
	// the fact.
	{"low", "medium", "high"},
	{"minor", "moderate", "serious", "severe"},
	{"last", "next"},
	{"above", "below"},
}

// SamePoint are words of one contrast class that name the same point of
// it: "severe" and "serious" injuries, "autumn" and "fall", and one word
// spelled two ways ("favour", "favor"). A claim that says one where its
// source says the other changes nothing. "Evening" and "night" overlap:
// "by Friday night" is the time "by Friday evening" gives.
var SamePoint = [][]string{
	{"serious", "severe"},
	{"evening", "night"},
	{"autumn", "fall"},
	{"favour", "favor"},
}

// RelationClasses are words that add a relation between people: a claim
// that uses one needs a source that uses one of its class ("the mother
// of council member Okafor" is not stated by a passage that names both
// and says nothing of kin).
var RelationClasses = [][]string{
	{"mother", "father", "sister", "brother", "son", "daughter", "wife", "husband", "cousin",
		"uncle", "aunt", "niece", "nephew", "grandmother", "grandfather", "sibling", "siblings",
		"parent", "parents", "children", "child", "married", "family", "relative", "relatives",
		"relation", "related", "widow", "widower", "mothers", "fathers", "sisters", "brothers", "sons",
		"daughters", "wives", "husbands", "cousins", "families", "grandson", "granddaughter",
		"grandchildren", "grandparents"},
}

// QuantityClasses are words that say how much of something a claim
// covers: a claim that uses one needs a source that uses one of the same
// class. "Voted unanimously" is not stated by "voted 5-4", "paid for
// entirely by the city" not by "paid for largely by a grant", "most
// shoppers" not by "fewer than one in five".
var QuantityClasses = [][]string{
	{"unanimous", "unanimously"},
	{"all", "every", "everyone", "everybody", "everything", "entire", "entirely", "whole", "wholly",
		"completely", "fully", "totally"},
	{"solely", "exclusively", "sole"},
	{"most", "mostly", "majority", "largely", "mainly", "predominantly"},
	{"always"},
}

// CauseEvidence are the words by which a source may state or imply a
// cause ("fell 7 percent after a customer delayed orders"): a claim that
// gives a cause ("because", "caused by", "led to") needs a source with
// one of them, since a model adds a "because" the article never states.
var CauseEvidence = newSet(`because cause caused causes causing due owing thanks result resulted resulting
	reason reasons why after since following amid so therefore blamed blames blaming blame
	led leads lead attributed attributes attribute triggered prompted`)
