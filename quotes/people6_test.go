package quotes

import (
	"slices"
	"testing"
)

// TestPeopleSixthRound covers the sixth round's ways of finding people:
// Arabic particles joined by a hyphen inside a name, lookups by the part
// of a surname after its particles, nicknames in quotation marks, kin
// words that tell namesakes apart, single curly quotation marks with the
// same mark as the apostrophe, and bodies the article describes without
// naming. Every sentence is made up: none comes from an eval article.
func TestPeopleSixthRound(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Salma ar-Rashid, a marine biologist, said the reef had bleached. ‘It came back once before,’ ar-Rashid said.",
		"Yusuf el-Din Haddad, who runs the dive school, closed it for a week.",
		"Ines da Silva said the permits were late. ‘Nobody answered our letters,’ da Silva said.",
		"Connor ‘Big Red’ Mulvey, the skipper, said the nets were empty. ‘We went out for nothing,’ Mulvey said.",
		"Walter Pryce senior founded the boatyard in 1971. His son, also called Walter Pryce, now runs it.",
		"‘He still checks every hull,’ the younger Pryce said. ‘He cannot help himself.’",
		"‘The yard is in good hands,’ Pryce senior said.",
		"Róisín O’Dowd’s report for the harbour board was published on Friday. ‘We counted every boat,’ O’Dowd said.",
		"The council’s harbour committee met on Monday. ‘We will review the moorings,’ the committee said.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"Salma ar-Rashid", []string{"Salma ar-Rashid"}},
		{"Rashid", []string{"Salma ar-Rashid"}},
		{"ar Rashid", []string{"Salma ar-Rashid"}},
		{"Arrashid", []string{"Salma ar-Rashid"}},
		{"Yusuf el-Din Haddad", []string{"Yusuf el-Din Haddad"}},
		{"Haddad", []string{"Yusuf el-Din Haddad"}},
		{"Silva", []string{"Ines da Silva"}},
		{"Dasilva", []string{"Ines da Silva"}},
		{"Big Red", []string{"Connor Mulvey"}},
		{"Connor Mulvey", []string{"Connor Mulvey"}},
		{"Walter Pryce senior", []string{"Walter Pryce senior"}},
		{"Pryce Sr.", []string{"Walter Pryce senior"}},
		{"the elder Pryce", []string{"Walter Pryce senior"}},
		{"the younger Pryce", []string{"Walter Pryce"}},
		{"Walter Pryce", []string{"Walter Pryce"}},
		{"his son", []string{"Walter Pryce"}},
		{"Pryce's son", []string{"Walter Pryce"}},
		{"O'Dowd", []string{"Róisín O’Dowd"}},
		{"the committee", []string{"the council’s harbour committee"}},
		{"the harbour committee", []string{"the council’s harbour committee"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := findNames(ix, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
	checkPeople(t, ix, nil, map[string]int{
		"Salma ar-Rashid": 1, "Ines da Silva": 1, "Connor Mulvey": 1, "Walter Pryce": 2,
		"Walter Pryce senior": 1, "Róisín O’Dowd": 1, "the council’s harbour committee": 1,
	})
}

// TestClubByDescription gives a club the noun the sentence naming it
// calls it by, so that a later "the club said" is that club; a body the
// article never ties to a name stays a body of its own.
func TestClubByDescription(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Westfold Wanderers sacked their coach on Sunday after the club lost six games in a row.",
		"Fans gathered outside the ground. ‘We want our club back,’ one of them said.",
		"‘We thank the coach for his work,’ the club said in a statement.",
		"Wanderers’ next game is against Sandby Town.",
	)
	if got := findNames(ix, "the club"); !slices.Equal(got, []string{"Westfold Wanderers"}) {
		t.Errorf("Find(the club): got %q", got)
	}
	if got := findNames(ix, "Wanderers"); !slices.Equal(got, []string{"Westfold Wanderers"}) {
		t.Errorf("Find(Wanderers): got %q", got)
	}
	if got := ix.QuotesBy("Westfold Wanderers"); len(got) != 1 {
		t.Errorf("quotations of Westfold Wanderers: got %v, want 1", got)
	}
}

// TestParticlesAndNicknames finds a full name with a particle when the
// article calls the person by the particle and surname alone first, or
// opens a sentence with the particle capitalised, and keeps nicknames out
// of quotations: between the parts of a name, after a full name, or after
// "known as".
func TestParticlesAndNicknames(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Bruno da Rocha, the ferry's engineer, checked the pumps. ‘They were full of silt,’ da Rocha said.",
		"Hendrik van der Sloot told the inquiry the hull was sound. Van der Sloot said the pumps were new.",
		"Nadia ‘The Needle’ Osei stitched the sail overnight. ‘It will hold,’ Osei said.",
		"Gus Lorne ‘Big Ron’ said nothing at all. Tam Reddy, known as ‘The Admiral’, laughed.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"Rocha", []string{"Bruno da Rocha"}},
		{"da Rocha", []string{"Bruno da Rocha"}},
		{"Sloot", []string{"Hendrik van der Sloot"}},
		{"Van der Sloot", []string{"Hendrik van der Sloot"}},
		{"The Needle", []string{"Nadia Osei"}},
		{"Big Ron", []string{"Gus Lorne"}},
		{"the Admiral", []string{"Tam Reddy"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := findNames(ix, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
	for _, q := range ix.Quotes() {
		switch q.Text {
		case "The Needle", "Big Ron", "The Admiral":
			t.Errorf("nickname %q taken for a quotation of %s", q.Text, q.Speaker)
		}
	}
	if n := len(ix.Quotes()); n != 2 {
		t.Errorf("got %d quotations, want 2: %v", n, ix.Quotes())
	}
}

// TestParticleNamesWrittenOtherwise finds a name with an Arabic particle
// by the first name and the part after the particle, with the article
// spelled the other way, and with "ben"; a club by its last word before
// another body that starts with it; a family quoted as one by its name.
func TestParticleNamesWrittenOtherwise(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The trade minister, Samira al-Hakim, said the quota would stay. ‘We will not move,’ al-Hakim said.",
		"Omar ben Youssef, the port's director, said the ships were waiting. ‘Every day costs us,’ ben Youssef said.",
		"Tariq el-Amin Darwish, a shipping agent, said the queue was growing.",
		"Ashby Rovers beat Fenner Town on Saturday. The Rovers Fans Forum said the win was deserved. ‘We never doubted them,’ Rovers said in a statement.",
		"‘We thank the crews who saved our barn,’ the Loxley family said.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"Samira Hakim", []string{"Samira al-Hakim"}},
		{"Samira el-Hakim", []string{"Samira al-Hakim"}},
		{"Tariq al-Amin Darwish", []string{"Tariq el-Amin Darwish"}},
		{"Omar ben Youssef", []string{"Omar ben Youssef"}},
		{"ben Youssef", []string{"Omar ben Youssef"}},
		{"Youssef", []string{"Omar ben Youssef"}},
		{"Rovers", []string{"Ashby Rovers"}},
		{"Loxley", []string{"the Loxley family"}},
		{"the Loxleys", []string{"the Loxley family"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := findNames(ix, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}

// TestTitleThatIsAFirstName keeps a title that is also a first name in
// the name when a description of another office follows ("Dean
// Halloran, spokesman for …"), and drops it when the description is of
// its office or the next word is a first name.
func TestTitleThatIsAFirstName(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Dean Brackett, chairman of the allotment society, said the plots were flooded. ‘We lost the leeks,’ Brackett said.",
		"Dean Okoro, the dean of medicine, said lectures would go ahead. ‘Nothing changes,’ Okoro said.",
		"Prince Arthur, a patron of the society, sent his regards.",
	)
	names := map[string]bool{}
	for _, s := range ix.Speakers() {
		names[s.Name] = true
	}
	for _, want := range []string{"Dean Brackett", "Okoro"} {
		if !names[want] {
			t.Errorf("speakers %v: want %q", names, want)
		}
	}
	if got := findNames(ix, "Brackett"); !slices.Equal(got, []string{"Dean Brackett"}) {
		t.Errorf("Find(Brackett): got %q", got)
	}
}

// TestAgedDescription gives the one person a sentence names the role in
// the age-led description that opens the next ("The 34-year-old welder,
// who …"), and gives nothing when that sentence names two people.
func TestAgedDescription(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Rhys Tallant pulled two children from the canal on Sunday.",
		"The 34-year-old welder, who was walking his dog, said he did not think twice.",
		"Mina Osk and Joel Varr opened the bakery in May. The 41-year-old baker said sales had doubled.",
	)
	if got := findNames(ix, "the welder"); !slices.Equal(got, []string{"Rhys Tallant"}) {
		t.Errorf("Find(the welder): got %q", got)
	}
	if got := findNames(ix, "the baker"); got != nil {
		t.Errorf("Find(the baker): got %q, want nobody (two people named before)", got)
	}
}
