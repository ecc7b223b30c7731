package quotes

import "testing"

// TestTitlesByRule checks that canonical names drop titles and offices by
// rule (names.go abbreviatedTitle, descriptor.go splitDescriptors and
// office, office.go titleCaseOffice), not by a list of the words seen so
// far. Every sentence and name is made up: a cathedral story, a Lagos-style
// market story, a campus story, a fishing-port story.
func TestTitlesByRule(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"a contraction of a listed title and a noun for a person stacked before a name (cathedral story)",
			[]string{
				"The Revd Canon Martin Holloway, Vicar of Selby Marsh, said the bells would be sold.",
				"“It is a loss we will all feel,” Canon Holloway said.",
				"The Revd Lucy Brand, a curate in the next parish, said she had offered to help.",
			},
			map[string][]string{"Martin Holloway": {"Martin Holloway"}, "Canon Holloway": {"Martin Holloway"},
				"Holloway": {"Martin Holloway"}, "Lucy Brand": {"Lucy Brand"}, "the Revd Lucy Brand": {"Lucy Brand"}},
			map[string]int{"Martin Holloway": 1}},
		{"a common noun before a name the article also writes without it; capitals of a rank before a given name (market story)",
			[]string{
				"Comrade Bayo Adeyemi, who leads the fishmongers' union, said the stalls would stay shut.",
				"Adeyemi said, “We are not moving anywhere this year.”",
				"The divisional police spokesperson, DSP Kemi Lawson, described the deployment as “routine”.",
			},
			map[string][]string{"Bayo Adeyemi": {"Bayo Adeyemi"}, "Comrade Adeyemi": {"Bayo Adeyemi"},
				"Kemi Lawson": {"Kemi Lawson"}, "DSP Kemi Lawson": {"Kemi Lawson"}, "Lawson": {"Kemi Lawson"}},
			map[string]int{"Bayo Adeyemi": 1, "Kemi Lawson": 1}},
		{"the last word of a long office before a name, and an office by itself (campus story)",
			[]string{
				"Vice President for Resident Life Okon Etim wrote that the halls would reopen.",
				"The college's Public Liaison Officer, Dayo Kuti, said the halls were safe. “Nobody is at risk,” Kuti said.",
			},
			map[string][]string{"Okon Etim": {"Okon Etim"}, "Etim": {"Okon Etim"}, "Dayo Kuti": {"Dayo Kuti"},
				"Public Liaison Officer": {"Dayo Kuti"}},
			map[string]int{"Dayo Kuti": 1}},
		{"an office in title case set off before its holder, after 'the' too (fishing-port story)",
			[]string{
				"The Senior Counsel to the Minister for Fisheries, Efua Mensah, said the quotas were final.",
				"The Chaplain of the College, the Revd Dr Joan Harrow, said the hall would host the talks.",
			},
			map[string][]string{"the senior counsel": {"Efua Mensah"}, "the Chaplain of the College": {"Joan Harrow"},
				"the chaplain": {"Joan Harrow"}, "the minister": nil},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}

// TestBylinesEleventhRound checks bylines in lower case, without "By"
// (a name with the place it was filed from, alone or between bars), with
// a class year, and the paper's name for its own writer. Every line and
// name is made up.
func TestBylinesEleventhRound(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
	}{
		{"'by' in lower case (church paper)",
			[]string{"Choir to merge with the next parish", "by Imelda Crowther",
				"The choir of St Oda's will merge with its neighbour in May."},
			map[string][]string{"Imelda Crowther": {"Imelda Crowther"}, "Crowther": {"Imelda Crowther"}, "the reporter": {"Imelda Crowther"}}},
		{"a name and the place it was filed from, and 'our correspondent' in the body (regional daily)",
			[]string{"Ferry fares to rise in March", "Chidubem Okafor, Calabar",
				"Ferry fares across the creek will rise in March, the operators said.",
				"A visit by our correspondent found that the jetty had not been repaired."},
			map[string][]string{"Chidubem Okafor": {"Chidubem Okafor"}, "Okafor": {"Chidubem Okafor"},
				"our correspondent": {"Chidubem Okafor"}, "Chidubem Okafor, Calabar": {"Chidubem Okafor"}}},
		{"a name and a place between bars (trade paper)",
			[]string{"Chilled-cargo rates climb", "Shipping | Marten Hoeg, Antwerp | 3 March 2026",
				"Chilled-cargo rates climbed for a third week."},
			map[string][]string{"Marten Hoeg": {"Marten Hoeg"}, "Hoeg": {"Marten Hoeg"}}},
		{"a byline with a class year, taken for a paragraph (college paper)",
			[]string{"Gym hours cut", "By Lena Fairweather ’28, Sports Editor | Oct. 2, 2026",
				"The gym will close at 10 p.m. from next week, said Olu Grant ’27, who runs the climbing club."},
			map[string][]string{"Lena Fairweather": {"Lena Fairweather"}, "the sports editor": {"Lena Fairweather"},
				"Lena Fairweather ’28": {"Lena Fairweather"}, "Olu Grant ’27": {"Olu Grant"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			checkPeople(t, ix, tt.finds, nil)
		})
	}
}

// TestFamilyAndShortNames checks a relative named by a given name alone
// after a person (family.go) and lookups by a short form of a given name
// (lexicon.ShortForm). Every sentence and name is made up.
func TestFamilyAndShortNames(t *testing.T) {
	_, ix := parse(t, "Headline",
		"A tailor, Mr Emeka Obi, said the new rent would close his shop.",
		"His wife, Adaugo, who sells fabric two doors away, had already moved, he said.",
		"Anthony Marsh, the parish treasurer, said the roof would be mended first.",
	)
	checkPeople(t, ix, map[string][]string{
		"Adaugo Obi": {"Adaugo Obi"}, "Adaugo": {"Adaugo Obi"}, "Mrs Obi": {"Adaugo Obi"}, "Mr Obi": {"Emeka Obi"},
		"Tony Marsh": {"Anthony Marsh"}, "Bob Marsh": nil,
	}, nil)
}

// TestOwnedRoleHead checks a role's head after its owner's possessive
// ("the water authority's lock keeper", where WordNet also reads
// "authority" as a person). Names and sentences are made up.
func TestOwnedRoleHead(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The water authority’s lock keeper, Capt. Ines Okoro, said the lock was clear.",
	)
	checkPeople(t, ix, map[string][]string{"the lock keeper": {"Ines Okoro"}}, nil)
}

// TestShortenedBodyNames checks lookups that shorten the words of a body's
// name (find_loose.go spelledOut). Names and sentences are made up.
func TestShortenedBodyNames(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The Kessby North Local Government said the road would be tarred by March.",
	)
	checkPeople(t, ix, map[string][]string{
		"Kessby North LG": {"Kessby North Local Government"}, "the Kessby North Local Govt": {"Kessby North Local Government"},
	}, nil)
}
