package quotes

import "testing"

// TestPeopleEighthRound covers people the article names or describes in
// ways the seventh round's rules did not read. Every sentence is made up,
// in several styles: a court report, a lifeboat feature, a university
// press note, a sports report.
func TestPeopleEighthRound(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"post-nominal letters are no part of a name (court report)",
			[]string{
				"For the Crown, Ruth Addo KC told the jury the lights had never been tested.",
				"Defence barrister Simon Crane SC said the authority had followed every rule.",
				"“The lights were checked each spring,” Crane said.",
			},
			map[string][]string{"Ruth Addo": {"Ruth Addo"}, "Addo": {"Ruth Addo"}, "Ruth Addo KC": {"Ruth Addo"},
				"Simon Crane": {"Simon Crane"}, "Simon Crane SC": {"Simon Crane"}, "the defence barrister": {"Simon Crane"}},
			map[string]int{"Simon Crane": 1}},
		{"honours and degrees after a title and a name (feature, press note)",
			[]string{
				"The coxswain, Peter Linwood OBE MBE, has served the station for thirty years.",
				"“I have never seen a swell like it,” Linwood said.",
				"Dr Amara Selby PhD, a marine biologist at Keldmouth University, said: “It came from two directions at once.”",
				"Professor Hal Quint MSc FRCS declined to comment.",
			},
			map[string][]string{"Peter Linwood": {"Peter Linwood"}, "Linwood": {"Peter Linwood"}, "Peter Linwood MBE": {"Peter Linwood"},
				"the coxswain": {"Peter Linwood"}, "Amara Selby": {"Amara Selby"}, "Dr Selby": {"Amara Selby"}, "Hal Quint": {"Hal Quint"}},
			map[string]int{"Peter Linwood": 1, "Amara Selby": 1}},
		{"letters that are a name's own stay (sports report)",
			[]string{
				"Harwick FC beat the works team of Brennig AG 3-1 on Saturday.",
				"“We were sharper,” Harwick FC said in a statement.",
			},
			map[string][]string{"Harwick FC": {"Harwick FC"}, "Brennig AG": {"Brennig AG"}},
			map[string]int{"Harwick FC": 1}},
		{"an age in brackets and an address before the description (court report)",
			[]string{
				"Magistrates heard that Hollis Varden (61), of Quay Terrace, Port Asker, the owner of the boatyard, had been warned twice.",
				"His sister, Ottilie Varden, was cleared.",
			},
			map[string][]string{"the owner of the boatyard": {"Hollis Varden"}, "the owner": {"Hollis Varden"},
				"Hollis Varden's sister": {"Ottilie Varden"}, "Port Asker": nil},
			nil},
		{"an address of one part, from a town (local paper, wire)",
			[]string{
				"Greta Lindholm, from Sorvik, a retired midwife, wrote to the board in May.",
				"Arno Pask, 70, of Brindle, the club's oldest member, said: “We were never asked.”",
			},
			map[string][]string{"the midwife": {"Greta Lindholm"}, "the member": {"Arno Pask"}, "Sorvik": nil, "Brindle": nil},
			map[string]int{"Arno Pask": 1}},
		{"a surname opening a sentence after a full name no rule made a person's",
			[]string{
				"Leona Tarrant has won the Kelby ward seat.",
				"Tarrant, 44, a former nurse, is the ward's only Labour councillor.",
			},
			map[string][]string{"the nurse": {"Leona Tarrant"}, "Tarrant": {"Leona Tarrant"}},
			nil},
		{"the side a lawyer speaks for (Scottish court report, US courtroom brief)",
			[]string{
				"Prosecuting, Moira Kelt said the fire had been set deliberately.",
				"Mitigating, Ewan Dall told the sheriff his client had been drinking since noon.",
				"Barrister for the Crown, Bryn Ostler, read out the fire officer's report.",
				"Dana Whitlow, an attorney for the Commonwealth, declined to comment. His solicitor, Piet Graaf, said he would appeal.",
			},
			map[string][]string{"the defence lawyer": {"Ewan Dall"}, "defending counsel": {"Ewan Dall"}, "the barrister for the Crown": {"Bryn Ostler"},
				"Bryn Ostler": {"Bryn Ostler"}, "Ostler": {"Bryn Ostler"}, "the solicitor": {"Piet Graaf"},
				"the prosecuting counsel": {"Moira Kelt"}, "the prosecutor": {"Moira Kelt", "Bryn Ostler", "Dana Whitlow"}},
			nil},
		{"two roles joined by and are each a description (campaign diary, obituary)",
			[]string{
				"Hollis Varden was re-elected on Thursday.",
				"His son and business partner, Aldo Varden, ran the count.",
				"Wren Abara, a keen sailor and the new mayor's aunt, said: “She was always stubborn.”",
			},
			map[string][]string{"Hollis Varden's son": {"Aldo Varden"}, "Aldo Varden's father": {"Hollis Varden"}, "the business partner": {"Aldo Varden"},
				"the sailor": {"Wren Abara"}, "the aunt": {"Wren Abara"}, "the mayor": nil, "the new mayor's aunt": {"Wren Abara"}},
			map[string]int{"Wren Abara": 1}},
		{"a pronoun's owner is of its sex, by first name when the article gives none",
			[]string{
				"Oskar Lind chairs the board. Greta Lind joined it in May.",
				"His daughter, Saga Lind, sits on it too.",
			},
			map[string][]string{"Oskar Lind's daughter": {"Saga Lind"}, "Saga Lind's father": {"Oskar Lind"}},
			nil},
		{"a predicate after a set-off age and description; a rank stays with its noun (election night, profile)",
			[]string{
				"Leona Tarrant has won the Kelby ward seat.",
				"Tarrant, 44, a former nurse, is the ward's only Labour councillor.",
				"Ivo Bratt, who served as councillor for the ward until May, did not stand.",
				"Ada Quist founded the choir in 1990.",
			},
			map[string][]string{"the winner": {"Leona Tarrant"}, "the nurse": {"Leona Tarrant"}, "the former nurse": {"Leona Tarrant"},
				"the former councillor": nil, "the founder": {"Ada Quist"}, "the choir's founder": {"Ada Quist"}},
			nil},
		{"a job noun opening a sentence is no part of the name after it (trade press)",
			[]string{
				"Competitor Quayforge said it had never used the part.",
				"A Quayforge spokesperson declined to comment.",
				"Critic Dora Lusk called it “a clumsy fix”.",
			},
			map[string][]string{"Quayforge": {"Quayforge"}, "Dora Lusk": {"Dora Lusk"}},
			map[string]int{"Dora Lusk": 1}},
		{"a relative set off before a name is a person whatever follows; a job after \"worked as\"; two typos in a first name (consumer story, magazine)",
			[]string{
				"Rufus Vane, a retired plumber in Corrib, said he had stopped using the heater.",
				"His wife, Edwina Vane, wrote to the council about the boiler, which the authority says started its survey.",
				"Nils Aberg, who worked as a foreman for the contractor, was cleared.",
				"His daughter, Sophie Aberg, said: “We knew he had done nothing wrong.”",
			},
			map[string][]string{"Rufus Vane's wife": {"Edwina Vane"}, "Edwina Vane's husband": {"Rufus Vane"}, "the foreman": {"Nils Aberg"},
				"Sofie Aberg": {"Sophie Aberg"}, "Sofi Aberg": nil},
			map[string]int{"Sophie Aberg": 1}},
		{"a transcript's labels: the asker is the interviewer, initials are a name (magazine Q&A)",
			[]string{
				"For forty years Edda Brannock has drawn the footpath maps of the valley by hand. Jo Tarn spoke to Brannock at her kitchen table.",
				"JT: Why draw them by hand?",
				"Brannock: Because a satellite does not know which stile is broken.",
				"JT: Will you ever stop?",
				"Brannock: When the paths do.",
			},
			map[string][]string{"the interviewer": {"Jo Tarn"}, "JT": {"Jo Tarn"}, "Brannock": {"Edda Brannock"}},
			nil},
		{"relatives the article never names are people of their own (feature, interview, court)",
			[]string{
				"Ines Calloway had never steered a boat before her father taught her on the estuary.",
				"Calloway's brother came to the quay. “She was always the brave one,” her brother said.",
				"“My mother still rings me every night,” said Osric Penn, a deckhand.",
				"Her father, Bram Calloway, now 71, watched from the harbour wall.",
			},
			map[string][]string{"Ines Calloway's brother": {"Ines Calloway's brother"}, "her brother": {"Ines Calloway's brother"},
				"Calloway's brother": {"Ines Calloway's brother"}, "Osric Penn's mother": {"Osric Penn's mother"},
				"Ines Calloway's father": {"Bram Calloway"}, "the brother": {"Ines Calloway's brother"}},
			nil},
		{"a source the attribution names by a description no sentence registered",
			[]string{
				"Two people close to the investigation said the crane had failed an inspection in spring.",
				"One of them, who asked not to be named, said: “The report was on his desk for a month.”",
			},
			map[string][]string{"a person close to the investigation": {"a person close to the investigation"},
				"the person close to the investigation": {"a person close to the investigation"}},
			map[string]int{"a person close to the investigation": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}
