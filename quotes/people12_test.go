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
// makes it that person's ("Ms Tollefsen’s Hill Country Party" is her party
// when the article names another). Every line and name is made up.
func TestIrregularPluralNames(t *testing.T) {
	_, ix := parse(t, "Trading bill splits the coalition",
		"The bill's author, Ragna Tollefsen, the trade minister, defends it. “It is time,” says Ms Tollefsen.",
		"The cabinet is divided: Ms Tollefsen’s Hill Country Party is for the measure, whereas its ally, the Fishermen’s Party, lets each member choose.",
		"The Women's Institute said it would stay neutral.")
	checkPeople(t, ix, map[string][]string{
		"Fishermen’s Party": {"Fishermen’s Party"}, "the Fishermen's Party": {"Fishermen’s Party"}, "Fishermens Party": {"Fishermen’s Party"},
		"Women's Institute": {"Women's Institute"}, "Ms Tollefsen's party": {"Hill Country Party"},
	}, nil)
}

// TestRolesOfBodiesAndQualifiedHeads checks that a body set off after a
// job a person does holds it ("her account provider, Ardmore Bank,"), that
// the subject after an opening phrase's comma is no apposition of the
// name ending the phrase, and that a rank before a noun for a person
// does not head the description ("a senior civil servant" is a civil
// servant). Every line and name is made up.
func TestRolesOfBodiesAndQualifiedHeads(t *testing.T) {
	_, ix := parse(t, "Bank refunds a deposit after a second look",
		"Under clause 4 of the Consumer Credit Rules, the account provider is jointly answerable with the seller.",
		"Petra Swale complained to her account provider, Ardmore Bank, in March.",
		"A senior civil servant at the roads agency admits the forecast is “optimistic at best”.")
	checkPeople(t, ix, map[string][]string{
		"the account provider": {"Ardmore Bank"}, "the civil servant": {"a senior civil servant at the roads agency"},
	}, nil)
}

// TestBodiesByKind checks a body's name set off with "the" after a noun
// for its kind ("the province’s parliament, the Varhall,"), which makes it
// a body though it never speaks, and a body's kind before "called" ("a
// Facebook page called …"). A name set off without "the" after such a
// noun may still be a person's. Every line and name is made up.
func TestBodiesByKind(t *testing.T) {
	_, ix := parse(t, "Islands vote on Sunday trading",
		"On Friday the province’s parliament, the Varhall, voted 22 to 9 to shelve the motion.",
		"The rumour spread from a Facebook page called Brackwell Walkers United, which has some 2,000 followers.",
		"The gallery’s head of media, Corin Maddox, took questions afterwards.")
	checkPeople(t, ix, map[string][]string{
		"the parliament": {"Varhall"}, "the province's parliament": {"Varhall"}, "Varhall": {"Varhall"},
		"the page": {"Brackwell Walkers United"}, "the Facebook page": {"Brackwell Walkers United"},
		"the head of media": {"Corin Maddox"},
	}, nil)
}

// TestRoleByMainVerb checks a role read from the present tense of a verb
// that gives one right after a name or after the comma closing its
// apposition ("…, Aled Penhallow, chairs the chamber of commerce").
// Every line and name is made up.
func TestRoleByMainVerb(t *testing.T) {
	_, ix := parse(t, "Traders split over Sunday opening",
		"His cousin, Aled Penhallow, chairs the village's chamber of commerce, which opposes the scheme.",
		"Sunniva Brekk heads the porters' pension fund.",
		"The march went ahead on Saturday.")
	checkPeople(t, ix, map[string][]string{
		"the chamber of commerce chair": {"Aled Penhallow"}, "the chair of the chamber of commerce": {"Aled Penhallow"},
		"the head of the pension fund": {"Sunniva Brekk"},
	}, nil)
}

// TestRolesByTheOwnersKind checks a role looked up with the noun for what
// its owner is ("the union leader" for "Its leader, X," after a union the
// article names), and a body looked up by the noun of an adjective in its
// name ("the prefecture" for a Prefectural Government). Every line and
// name is made up.
func TestRolesByTheOwnersKind(t *testing.T) {
	_, ix := parse(t, "Dockers fear part-time shifts",
		"The porters’ union, Bravik, which has 1,200 members, warns that shifts will shrink. Its leader, Sunniva Brekk, says simply: “We are being squeezed.”",
		"Bravik said it would fight the plan.",
		"The Ombara Prefectural Government reported in May that six schools would close.")
	checkPeople(t, ix, map[string][]string{
		"the union leader": {"Sunniva Brekk"}, "Bravik's leader": {"Sunniva Brekk"},
		"the prefecture": {"Ombara Prefectural Government"}, "Ombara prefecture": {"Ombara Prefectural Government"},
	}, nil)
}

// TestRoleOfPlace checks that "the mayor of Selbury" finds the story's
// mayor, whose role has no complement, when the article names Selbury,
// though another person's role holds the place's name (which kept the
// loose match from dropping it). Every line and name is made up.
func TestRoleOfPlace(t *testing.T) {
	_, ix := parse(t, "A shrinking port town counts its children",
		"Selbury, a fishing town of 4,000 people, has lost a quarter of its people since 1990. A report named Selbury among the towns at risk.",
		"Mayor Kenji Amakusa, 71, has the report pinned by his door. “It told us the truth,” Amakusa said.",
		"“We opened the doors to everyone,” said Mika Sone, 29, who heads the Selbury Youth Club.")
	checkPeople(t, ix, map[string][]string{"the mayor of Selbury": {"Kenji Amakusa"}, "the mayor": {"Kenji Amakusa"}}, nil)
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
