package quotes

import (
	"slices"
	"testing"
)

// TestTitlesAndRolesSeventhRound covers offices the lists do not spell
// out: a short capitalised abbreviation without vowels before a name is a
// title (a rule, not a list: "Cr", "Bdr"), a contraction finds the office
// it shortens, "Justice" before a name is a judge, and a noun WordNet
// knows only as a person's heads a description after "the" or a
// possessive ("the prison's chaplain"). Three styles: an Australian
// council report, a court brief and a hospital feature; every sentence is
// made up.
func TestTitlesAndRolesSeventhRound(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"an abbreviation no list knows is a title",
			[]string{
				"Cr Lisa Varga, the Merrin Shire mayor, said the council would appeal.",
				"‘It is unfair on every grower,’ Cr Varga said.",
			},
			map[string][]string{"Lisa Varga": {"Lisa Varga"}, "Varga": {"Lisa Varga"}, "Cr Varga": {"Lisa Varga"},
				"the mayor": {"Lisa Varga"}, "the councillor": {"Lisa Varga"}},
			map[string]int{"Lisa Varga": 1}},
		{"a known contraction without a full stop",
			[]string{
				"Cllr Owen Marchetti, who leads the borough's planning board, said the plans were rushed.",
				"Bdr Kyle Amadi, a gunner with the regiment, laughed.",
			},
			map[string][]string{"the councillor": {"Owen Marchetti"}, "the bombardier": {"Kyle Amadi"}, "Kyle Amadi": {"Kyle Amadi"}},
			nil},
		{"places and surnames without vowels are no titles",
			[]string{
				"Nurses at St Brennan's Hospital walked out on Friday.",
				"Ng Kai Wen, a porter, joined them.",
			},
			map[string][]string{"Ng Kai Wen": {"Ng Kai Wen"}},
			nil},
		{"Justice before a name is a judge",
			[]string{"In 2020 Justice Amos Feld threw out the claim, calling it ‘hopeless from the first page’."},
			map[string][]string{"the judge": {"Amos Feld"}},
			nil},
		{"a person noun after a possessive heads the description",
			[]string{
				"The Rev. Tobias Lund, the prison's chaplain, visits every Sunday. ‘They talk about football,’ he said.",
				"The care home's matron, Agnes Ofori, had warned the council twice.",
			},
			map[string][]string{"the chaplain": {"Tobias Lund"}, "the matron": {"Agnes Ofori"}},
			map[string]int{"Tobias Lund": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}

// TestElderAndYoungerByKin finds "the elder X" and "the younger X" when
// no name carries "senior": by the kin roles or the ages the article
// gives, with a courtesy title between ("the elder Mr X"). Two styles: a
// farming report and a court story; the sentences are made up.
func TestElderAndYoungerByKin(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"a son named after his father's surname",
			[]string{
				"Ned Sallis has grazed sheep on the fell since 1975. His son, Rob Sallis, runs the farm shop.",
				"The elder Mr Sallis was unmoved. ‘Nothing changes up here,’ he said.",
			},
			map[string][]string{"the elder Mr Sallis": {"Ned Sallis"}, "the elder Sallis": {"Ned Sallis"},
				"the younger Sallis": {"Rob Sallis"}, "Rob Sallis's father": {"Ned Sallis"}},
			map[string]int{"Ned Sallis": 1}},
		{"ages alone",
			[]string{
				"Carla Whitt, 62, and Jo Whitt, 29, were both fined on Monday.",
				"‘I will appeal,’ the younger Ms Whitt said.",
			},
			map[string][]string{"the older Whitt": {"Carla Whitt"}, "the younger Whitt": {"Jo Whitt"}},
			map[string]int{"Jo Whitt": 1}},
		{"the mark after an inverted verb, with a title",
			[]string{
				"Carla Whitt, 62, and Jo Whitt, 29, were both fined on Monday.",
				"‘We paid on time,’ said the elder Ms Whitt.",
				"‘I will appeal,’ said the younger Whitt.",
			},
			nil,
			map[string]int{"Carla Whitt": 1, "Jo Whitt": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}

// TestOrganisationNamesWithAnd keeps "and" inside an organisation's name
// after "the" (no person's name takes "the"), and leaves two names joined
// by "and" without it apart. Styles: a health brief, a transport story, a
// court list; made-up sentences.
func TestOrganisationNamesWithAnd(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The Harbury and Stoke Ambulance Service said response times had improved. ‘We are hiring,’ the service said.",
		"Talks between the Kessock and Ardgour Ferry Company and the unions resume on Monday.",
		"Lena Brisk and Dunmore Council settled the claim out of court.",
	)
	for q, want := range map[string][]string{
		"Harbury and Stoke Ambulance Service": {"Harbury and Stoke Ambulance Service"},
		"the service":                         {"Harbury and Stoke Ambulance Service"},
		"Kessock and Ardgour Ferry Company":   {"Kessock and Ardgour Ferry Company"},
		"Lena Brisk":                          {"Lena Brisk"},
		"Dunmore Council":                     {"Dunmore Council"},
	} {
		if got := findNames(ix, q); !slices.Equal(got, want) {
			t.Errorf("Find(%q): got %q, want %q", q, got, want)
		}
	}
	if got := ix.QuotesBy("Harbury and Stoke Ambulance Service"); len(got) != 1 {
		t.Errorf("quotations of the ambulance service: got %d, want 1", len(got))
	}
}

// TestOrganisationsByWhatTheyAre gives an organisation the description set
// off before its name with "the" ("the drivers' union, the … Association,")
// and the governing body written after it ("the … District board voted"),
// but not a part of it ("the Rovers academy"). Styles: a transport strike,
// a school-board meeting, a football feature; made-up sentences.
func TestOrganisationsByWhatTheyAre(t *testing.T) {
	tests := []struct {
		lines []string
		finds map[string][]string
	}{
		{[]string{"The city's bus drivers' union, the Tolland Transit Workers Association, said in a statement that it would strike."},
			map[string][]string{"the union": {"Tolland Transit Workers Association"}, "the drivers' union": {"Tolland Transit Workers Association"}}},
		{[]string{"The Pellworth County School District board voted 5-2 on Monday to close two schools. Parents booed."},
			map[string][]string{"the board": {"Pellworth County School District"}}},
		{[]string{"Lyle Brandt came through the Fellside Rovers academy and now captains the club."},
			map[string][]string{"the academy": nil}},
	}
	for _, tt := range tests {
		_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
		for q, want := range tt.finds {
			if got := findNames(ix, q); !slices.Equal(got, want) {
				t.Errorf("Find(%q): got %q, want %q", q, got, want)
			}
		}
	}
}

// TestAnonymousLookups finds "the anonymous midwife" among the sources the
// article does not name, never a named one. Made-up sentences.
func TestAnonymousLookups(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Staff nurse Omar Fenn said the ward was short of two nurses.",
		"A midwife at the old infirmary, who asked not to be named, said the same. ‘We borrow staff every night,’ the midwife said.",
	)
	for q, want := range map[string][]string{
		"the anonymous midwife": {"a midwife at the old infirmary"},
		"the unnamed midwife":   {"a midwife at the old infirmary"},
		"the staff nurse":       {"Omar Fenn"},
	} {
		if got := findNames(ix, q); !slices.Equal(got, want) {
			t.Errorf("Find(%q): got %q, want %q", q, got, want)
		}
	}
}

// TestRolesForTheSpeakerList gives the speaker list roles in full: a
// relative clause's job with the name of where it is done, a body's
// officer with the body's name when the article calls it by a word of
// that name, and "a junior" (a student) as a role. Made-up sentences in
// three styles.
func TestRolesForTheSpeakerList(t *testing.T) {
	tests := []struct {
		lines []string
		who   string
		want  string
	}{
		{[]string{"Ines Calder, who teaches history at Marlow Grammar, said: ‘Half my pupils have read the book.’"},
			"Ines Calder", "teacher of history at Marlow Grammar"},
		{[]string{"The Fenmoor Anglers' Association wants the weir taken down. The association's chair, Ailsa Rourke, said the trout had gone."},
			"Ailsa Rourke", "Fenmoor Anglers' Association's chair"},
		{[]string{"Halbrook Rovers lost again. The club's doctor, Hoda Amiri, said two players were hurt."},
			"Hoda Amiri", "club's doctor"},
		{[]string{"Her son, Piet Vos, a junior at the academy, spoke after the vote."},
			"Piet Vos", "junior at the academy"},
	}
	for _, tt := range tests {
		_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
		sp, ok := ix.Lookup(tt.who)
		if !ok || !slices.Contains(sp.Roles, tt.want) {
			t.Errorf("roles of %s: got %q, want %q among them", tt.who, sp.Roles, tt.want)
		}
	}
}

// TestOrganisationInAnotherWordForm finds an organisation written with one
// word in another form of its stem ("Nurses" for "Nursing", "Hospital"
// for "Hospitals"). Made-up sentences.
func TestOrganisationInAnotherWordForm(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The Fenland Nursing Federation said pay was too low.",
		"The Fenland Hospitals Trust disagreed.",
	)
	for q, want := range map[string][]string{
		"Fenland Nurses Federation": {"Fenland Nursing Federation"},
		"Fenland Hospital Trust":    {"Fenland Hospitals Trust"},
	} {
		if got := findNames(ix, q); !slices.Equal(got, want) {
			t.Errorf("Find(%q): got %q, want %q", q, got, want)
		}
	}
}

// TestSourcesSetOffAfterTheirGroup attributes a quotation to the fuller
// description set off after a partitive ("One of the union's members, a
// driver at the depot who asked not to be named because staff were told
// not to talk, called it …") and to an organisation named after its
// description and "the" ("The city's bus drivers' union, the … Association,
// said in a statement that it …"). Made-up sentences in two styles.
func TestSourcesSetOffAfterTheirGroup(t *testing.T) {
	tests := []struct {
		line string
		want string
	}{
		{"One of the union's members, a driver at the northern depot who asked not to be named because staff were told not to talk to reporters, called the offer “an insult to every driver”.",
			"a driver at the northern depot"},
		{"One of the choir's founders, a retired organist from Dunmere, said: “We sang in a barn for ten years.”",
			"a retired organist from Dunmere"},
		{"The city's bus drivers' union, the Tolland Transit Workers Association, said in a statement that it “will not back down” on pay.",
			"Tolland Transit Workers Association"},
	}
	for _, tt := range tests {
		_, ix := parse(t, "Headline", "Staff nurse Omar Fenn spoke first.", tt.line)
		qs := ix.Quotes()
		if len(qs) != 1 || qs[0].Speaker != tt.want {
			t.Errorf("%q: got %+v, want one quotation by %q", tt.line, qs, tt.want)
		}
	}
}

// checkPeople checks that each query finds the people finds gives it, and
// that each speaker in said has that many quotations.
func checkPeople(t *testing.T, ix *Index, finds map[string][]string, said map[string]int) {
	t.Helper()
	for q, want := range finds {
		if got := findNames(ix, q); !slices.Equal(got, want) {
			t.Errorf("Find(%q): got %q, want %q", q, got, want)
		}
	}
	got := map[string]int{}
	for _, q := range ix.Quotes() {
		got[q.Speaker]++
	}
	for name, want := range said {
		if got[name] != want {
			t.Errorf("quotations of %s: got %d, want %d (all: %v)", name, got[name], want, got)
		}
	}
}
