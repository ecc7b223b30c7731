package quotes

import "testing"

// TestBylinesTwelfthRound checks bylines printed in capitals, a byline's
// role before a middle dot and a date, a columnist's line of page
// furniture (name, column and date between bars) read though it was taken
// for a body paragraph, and a journalist's noun no one else holds finding
// the byline's writer. Every line and name is made up.
func TestBylinesTwelfthRound(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
	}{
		{"a byline in capitals with a role (county weekly)",
			[]string{"Bridge repairs to close the valley road", "BY PERPETUA ADDAI-MENSAH, STAFF WRITER",
				"The valley road will close for six weeks from Monday, the county said."},
			map[string][]string{"Perpetua Addai-Mensah": {"Perpetua Addai-Mensah"}, "Addai-Mensah": {"Perpetua Addai-Mensah"},
				"the staff writer": {"Perpetua Addai-Mensah"}, "the reporter": {"Perpetua Addai-Mensah"}}},
		{"a role before a middle dot and a date (verification desk)",
			[]string{"No, the ferry is not being sold to a casino", "By Dervla Kinsella, Verification Editor · 4 March 2027",
				"A post shared widely this week claims the island ferry has been sold.",
				"The operator said the claim was untrue."},
			map[string][]string{"Dervla Kinsella": {"Dervla Kinsella"}, "the verification editor": {"Dervla Kinsella"},
				"the author": {"Dervla Kinsella"}, "the journalist": {"Dervla Kinsella"}}},
		{"a columnist's name and column between bars under a standfirst (advice column)",
			[]string{"My landlord kept the deposit for a stain that was there before",
				"A tenant in Yarrow Hill asks whether she can get her money back",
				"Rosalind Achterberg, Money matters | Tue 3 Feb 2027 09.15 GMT",
				"Last spring I moved out of a flat I had rented for four years.",
				"The letting agent said the carpet had been damaged."},
			map[string][]string{"Rosalind Achterberg": {"Rosalind Achterberg"}, "the columnist": {"Rosalind Achterberg"},
				"Achterberg": {"Rosalind Achterberg"}}},
		{"a study's author in the body is not the byline's writer (science desk)",
			[]string{"Eels return to the estuary", "By Tobiah Greenhalgh",
				"Eels have returned to the estuary, a study found.",
				"Its author, a marine biologist at Carrow University, said numbers had doubled."},
			map[string][]string{"Tobiah Greenhalgh": {"Tobiah Greenhalgh"}, "the author": nil, "the writer": {"Tobiah Greenhalgh"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			checkPeople(t, ix, tt.finds, nil)
		})
	}
}

// TestLegalSuffixes checks that a company the article writes with and
// without its legal suffix is one organisation named without it, that a
// firm written only with one ("LLP") keeps it and is no person with
// letters after the name, and that a company set off after a job a person
// does ("The liquidator, …,") holds that role. Every line and name is made
// up.
func TestLegalSuffixes(t *testing.T) {
	_, ix := parse(t, "Glaziers fold owing customers thousands",
		"In May we paid Corvell Glazing a deposit of £900 for new windows.",
		"Corvell Glazing Ltd went into liquidation in June, the records show.",
		"The liquidator, Brannock Hale LLP, said creditors would get little back.",
		"“We are reviewing the accounts,” Brannock Hale LLP said.")
	checkPeople(t, ix, map[string][]string{
		"Corvell Glazing": {"Corvell Glazing"}, "Corvell Glazing Ltd": {"Corvell Glazing"},
		"Brannock Hale": {"Brannock Hale LLP"}, "Brannock Hale LLP": {"Brannock Hale LLP"},
		"the liquidator": {"Brannock Hale LLP"}, "the liquidators": {"Brannock Hale LLP"},
	}, map[string]int{"Brannock Hale LLP": 1})
}

// TestMarkedNames checks names whose letters carry two marks (Vietnamese
// "ầ", "ị"), which are no vowel-less titles, found with and without the
// marks, and a one-letter particle written with an apostrophe ("O'X" for
// "Ó X") after a given name. Every line and name is made up.
func TestMarkedNames(t *testing.T) {
	_, ix := parse(t, "Welders from abroad keep the yard open",
		"Among the trainees was Trần Văn Minh, 31, from a village near the coast.",
		"“I learned to weld in three weeks,” he said.",
		"Seán Ó Ceallaigh, a harbour pilot, said the yard had hired nine welders this year.")
	checkPeople(t, ix, map[string][]string{
		"Trần Văn Minh": {"Trần Văn Minh"}, "Tran Van Minh": {"Trần Văn Minh"}, "Minh": {"Trần Văn Minh"},
		"Seán O'Ceallaigh": {"Seán Ó Ceallaigh"}, "Sean O’Ceallaigh": {"Seán Ó Ceallaigh"}, "O'Ceallaigh": {"Seán Ó Ceallaigh"},
	}, map[string]int{"Trần Văn Minh": 1})
}

// TestTitledNamesakesAndInLaws checks that a title of one sex before a
// shared surname picks the namesake of that sex (by the given name when
// the article has said nothing else of them yet), and that in-laws are
// kin: a name set off after one is a person's, and the relation is found
// from the other side. Every line and name is made up.
func TestTitledNamesakesAndInLaws(t *testing.T) {
	_, ix := parse(t, "Sunday opening splits a family",
		"Ailsa Quarrie, who runs the bakery on the square, has a worry. “We will lose the Sunday trade,” she says.",
		"Her brother-in-law, Callum Quarrie, chairs the town's traders' association. “Ailsa and I argue about it,” says Mr Quarrie.",
		"Ms Quarrie notes that most of her customers are old.")
	checkPeople(t, ix, map[string][]string{
		"Ms Quarrie": {"Ailsa Quarrie"}, "Mr Quarrie": {"Callum Quarrie"},
		"Callum Quarrie's sister-in-law": {"Ailsa Quarrie"}, "Ailsa Quarrie's brother-in-law": {"Callum Quarrie"},
	}, map[string]int{"Ailsa Quarrie": 1, "Callum Quarrie": 1})
}

// TestIrregularPluralNames checks that an irregular plural's possessive
// runs on in a body's name ("Fishermen’s Party", "Women's Institute")
// and keeps its s, and that a person's possessive before a body's name
// makes it that person's ("Ms Tollefsen’s Home Rule Party" is her party
// when the article names another). Every line and name is made up.
func TestIrregularPluralNames(t *testing.T) {
	_, ix := parse(t, "Trading bill splits the coalition",
		"The bill's author, Ragna Tollefsen, the trade minister, defends it. “It is time,” says Ms Tollefsen.",
		"The coalition is split: Ms Tollefsen’s Home Rule Party supports the bill, while its partner, the Fishermen’s Party, has allowed a free vote.",
		"The Women's Institute said it would stay neutral.")
	checkPeople(t, ix, map[string][]string{
		"Fishermen’s Party": {"Fishermen’s Party"}, "the Fishermen's Party": {"Fishermen’s Party"}, "Fishermens Party": {"Fishermen’s Party"},
		"Women's Institute": {"Women's Institute"}, "Ms Tollefsen's party": {"Home Rule Party"},
	}, nil)
}

// TestRolesOfBodiesAndQualifiedHeads checks that a body set off after a
// job a person does holds it ("his card provider, Fenwick Bank,"), that
// the subject after an opening phrase's comma is no apposition of the
// name ending the phrase, and that a rank before a noun for a person
// does not head the description ("a senior civil servant" is a civil
// servant). Every line and name is made up.
func TestRolesOfBodiesAndQualifiedHeads(t *testing.T) {
	_, ix := parse(t, "Bank refunds a deposit after a second look",
		"Under section 12 of the Fair Lending Act, the card provider is liable with the trader.",
		"Ivor Bale made a claim to his card provider, Fenwick Bank, in September.",
		"A senior civil servant in the housing ministry concedes that the estimate is “hopeful, to be kind”.")
	checkPeople(t, ix, map[string][]string{
		"the card provider": {"Fenwick Bank"}, "the civil servant": {"a senior civil servant in the housing ministry"},
	}, nil)
}

// TestBodiesByKind checks a body's name set off with "the" after a noun
// for its kind ("the islands’ parliament, the Althing,"), which makes it
// a body though it never speaks, and a body's kind before "called" ("a
// Facebook page called …"). A name set off without "the" after such a
// noun may still be a person's. Every line and name is made up.
func TestBodiesByKind(t *testing.T) {
	_, ix := parse(t, "Islands vote on Sunday trading",
		"On Tuesday the islands’ parliament, the Althing, voted by 17 to 14 to send the bill to committee.",
		"The claim was first posted by a Facebook page called Harrow Riders United, which has about 900 followers.",
		"The club’s head of media, Lexie Tamworth, read out a statement.")
	checkPeople(t, ix, map[string][]string{
		"the parliament": {"Althing"}, "the islands' parliament": {"Althing"}, "Althing": {"Althing"},
		"the page": {"Harrow Riders United"}, "the Facebook page": {"Harrow Riders United"},
		"the head of media": {"Lexie Tamworth"},
	}, nil)
}

// TestRoleByMainVerb checks a role read from the present tense of a verb
// that gives one right after a name or after the comma closing its
// apposition ("…, Callum Quarrie, chairs the chamber of commerce").
// Every line and name is made up.
func TestRoleByMainVerb(t *testing.T) {
	_, ix := parse(t, "Traders split over Sunday opening",
		"Her brother-in-law, Callum Quarrie, chairs the town's chamber of commerce, which backs the bill.",
		"Tove Lindqvist heads the dockers' pension fund.",
		"The march went ahead on Saturday.")
	checkPeople(t, ix, map[string][]string{
		"the chamber of commerce chair": {"Callum Quarrie"}, "the chair of the chamber of commerce": {"Callum Quarrie"},
		"the head of the pension fund": {"Tove Lindqvist"},
	}, nil)
}

// TestRolesByTheOwnersKind checks a role looked up with the noun for what
// its owner is ("the union leader" for "Its leader, X," after a union the
// article names), and a body looked up by the noun of an adjective in its
// name ("the prefecture" for a Prefectural Government). Every line and
// name is made up.
func TestRolesByTheOwnersKind(t *testing.T) {
	_, ix := parse(t, "Dockers fear part-time shifts",
		"The dockers’ union, Hamna, which has 900 members, says the jobs would be part-time. Its leader, Tove Lindqvist, puts it bluntly: “Nobody is being hired.”",
		"Hamna said it would fight the bill.",
		"The Kessel Prefectural Government said last month that eleven festivals had been cancelled.")
	checkPeople(t, ix, map[string][]string{
		"the union leader": {"Tove Lindqvist"}, "Hamna's leader": {"Tove Lindqvist"},
		"the prefecture": {"Kessel Prefectural Government"}, "Kessel prefecture": {"Kessel Prefectural Government"},
	}, nil)
}

// TestRoleOfPlace checks that "the mayor of Tarrow" finds the story's
// mayor, whose role has no complement, when the article names Tarrow,
// though another person's role holds the place's name (which kept the
// loose match from dropping it). Every line and name is made up.
func TestRoleOfPlace(t *testing.T) {
	_, ix := parse(t, "A shrinking port town counts its children",
		"Tarrow, a port town of 6,000 people, has lost a third of its people since 1995. A report listed Tarrow among the towns at risk.",
		"Mayor Osamu Kirino, 66, keeps the report above his desk. “I was grateful for it,” Kirino said.",
		"“We made the circle wider,” said Rui Hata, 34, who heads the Tarrow Youth Club.")
	checkPeople(t, ix, map[string][]string{"the mayor of Tarrow": {"Osamu Kirino"}, "the mayor": {"Osamu Kirino"}}, nil)
}

// TestCoupleByTitles checks that "Mr and Mrs Vane", even inside a
// quotation, makes the one man and the one woman named Vane each other's
// spouse, and that a third Vane leaves the pair unknown. Every line and
// name is made up.
func TestCoupleByTitles(t *testing.T) {
	_, ix := parse(t, "A boiler fixed at last",
		"Alison Vane wrote to us in June. Derek Vane had paid the deposit on his card.",
		"The firm's spokesman said: “We have written to Mr and Mrs Vane to apologise.”")
	checkPeople(t, ix, map[string][]string{"Derek Vane's wife": {"Alison Vane"}, "Alison Vane's husband": {"Derek Vane"}}, nil)
	_, ix = parse(t, "A boiler fixed at last",
		"Alison Vane wrote to us in June. Derek Vane had paid the deposit on his card. Their son, Tomas Vane, helped.",
		"The firm's spokesman said: “We have written to Mr and Mrs Vane to apologise.”")
	checkPeople(t, ix, map[string][]string{"Derek Vane's wife": nil}, nil)
}
