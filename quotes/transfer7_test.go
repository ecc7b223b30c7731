package quotes

import (
	"reflect"
	"testing"
)

// TestSeventhRoundMechanisms covers the mechanisms the seventh round was
// told the fourth blind set fails on (interviews written as questions and
// answers, a first name's sex, a rank that makes another office), each in
// made-up sentences in more than one house style.
func TestSeventhRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a press conference without headings: the one who answers most, and one taken by the deputy",
			[]string{
				"Mayor Ines Albarran presented the budget on Monday. Deputy Mayor Colm Rooney, who runs transport, stood beside her.",
				"Edited excerpts follow. The mayor answered most of the questions; her deputy took one on parking.",
				"Why raise the council tax now?",
				"“Because the alternative is closing libraries, and I won't do that.”",
				"A question on parking charges, taken by the deputy mayor:",
				"“They go up by ten pence an hour. That is the first rise since 2019.”",
				"Is this your last budget before the election?",
				"“It is my first budget of the next four years.”",
			},
			[]string{
				"Ines Albarran: Because the alternative is closing libraries, and I won't do that.",
				"Colm Rooney: They go up by ten pence an hour. That is the first rise since 2019.",
				"Ines Albarran: It is my first budget of the next four years.",
			}},
		{"a magazine interview: the answers are the subject's, not the reported-only person named last",
			[]string{
				"The novelist Ines Ferreira, 62, met us at her house in Porto. Her publisher, Tom Ashby, says the new book has sold 40,000 copies.",
				"Why go back to the village now?",
				"“Because everyone I wrote about is dying, and I wanted them on paper first.”",
				"“I also owed my mother a book.”",
				"Do you read your reviews?",
				"“Never. My husband reads them and tells me the kind ones.”",
			},
			[]string{
				"Ines Ferreira: Because everyone I wrote about is dying, and I wanted them on paper first.",
				"Ines Ferreira: I also owed my mother a book.",
				"Ines Ferreira: Never. My husband reads them and tells me the kind ones.",
			}},
		{"a transcript labelled Q and A",
			[]string{
				"We spoke to the beekeeper Rhys Calloway about the wet summer. Rob Yates, his neighbour, keeps sheep.",
				"Q: How many hives did you lose?",
				"A: \"Eleven of forty. The rest are weak.\"",
				"Q: Will honey cost more?",
				"A: \"It already does.\"",
			},
			[]string{"Rhys Calloway: Eleven of forty. The rest are weak.", "Rhys Calloway: It already does."}},
		{"a question the writer asks is no interview when the answer is attributed",
			[]string{
				"Harriet Ambrose opened the shelter in 2015. Her neighbour, Owen Pike, objected at the time.",
				"So who pays for it now?",
				"“The parish does, and a few of us,” said Pike.",
			},
			[]string{"Owen Pike: The parish does, and a few of us"}},
		{"a text quoted over several paragraphs after 'It reads, in part:' is its writer's",
			[]string{
				"The ferry has not sailed since March. Last spring its skipper, Tobias Reyes, wrote a column for the island paper. The minister, Ruth Gale, read it out in parliament. It reads, in part:",
				"“We are forty people on a rock, and the boat is our road.",
				"“Take the road away and you take the island.”",
			},
			[]string{"Tobias Reyes: We are forty people on a rock, and the boat is our road.", "Tobias Reyes: Take the road away and you take the island."}},
		{"'Her letter reads:' is the woman's, though a man was named last",
			[]string{
				"Eleanor Pryce, a retired nurse, wrote to the council in May after the route was cut. Councillor Ben Hale replied a month later. Her letter reads, in part:",
				"\"I have lived on Mill Lane for forty years.",
				"\"I am asking you now to put the buses back.\"",
			},
			[]string{"Eleanor Pryce: I have lived on Mill Lane for forty years.", "Eleanor Pryce: I am asking you now to put the buses back."}},
		{"the text named by its noun in the next paragraph",
			[]string{
				"Wendy Okafor posted an open letter to the trust on Friday. It has been shared 10,000 times.",
				"The letter begins:",
				"‘Dear trustees, my father died waiting for a bed.’",
			},
			[]string{"Wendy Okafor: Dear trustees, my father died waiting for a bed."}},
		{"a speech verb after a name and its description takes the name, not the object after it",
			[]string{
				"The council approved the scheme on Monday. Tamsin Reed, a buyer at Ashdown Mills, said the council was “years behind the times” and that the cost had tripled.",
				"Omar Haddad, who chairs Castle Vale Sports, said the pitch was ‘a mud bath for half the year’.",
			},
			[]string{"Tamsin Reed: years behind the times", "Omar Haddad: a mud bath for half the year"}},
		{"an organisation's name set off after the description of it speaks, partial quotations and all",
			[]string{
				"Landlord Piers Coyle declined to comment. The town's tenants' union, the Marsh Lane Residents Association, said it was “appalled” and wanted “a proper inquiry, not a press release.”",
				"Glazier Ruth Amis said little. Their trade body, the Guild of Master Glaziers, said in a letter that the rules were \"unworkable\" and would \"cost jobs.\"",
			},
			[]string{"Marsh Lane Residents Association: appalled", "Marsh Lane Residents Association: a proper inquiry, not a press release.",
				"Guild of Master Glaziers: unworkable", "Guild of Master Glaziers: cost jobs."}},
		{"one of a group, named by the description set off after it",
			[]string{
				"One of the club's stewards, a retired policeman from Leyton who asked not to be named, called the crush “the worst I have seen in forty years”.",
				"One of the school's governors, an accountant in the town, said: ‘We were never shown the figures.’",
			},
			[]string{"a retired policeman from Leyton: the worst I have seen in forty years", "an accountant in the town: We were never shown the figures."}},
		{"a quotation split around 'the elder X said' or 'the younger X said' is that namesake's, both parts",
			[]string{
				"Hugh Carver, a trawlerman, and his son, Ewan Carver, fish out of Mallaig.",
				"“The quota is a joke,” the elder Carver said, “and everyone on the pier knows it.”",
				"Ewan Carver said the boat was paid off. ‘We’ll manage,’ the younger Carver said, ‘but only just.’",
			},
			[]string{"Hugh Carver: The quota is a joke", "Hugh Carver: and everyone on the pier knows it.", "Ewan Carver: We’ll manage", "Ewan Carver: but only just."}},
		{"she is not the man named last, when his first name says he is a man",
			[]string{
				"Councillor Ines Baptiste wants the depot moved. Its owner, Frank Dunmore, built it in 1998. “It was never meant to be there,” she said.",
				"Sally Wren has run the stall for years; the market manager, Declan Rusk, wants it gone by spring. ‘I’ll still be here when he retires,’ she said.",
			},
			[]string{"Ines Baptiste: It was never meant to be there", "Sally Wren: I’ll still be here when he retires"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFindByRankedRole checks that a rank that makes another office keeps
// a role lookup to the office itself: "the governor" is not the deputy
// governor (while "the forecaster" is any kind of forecaster), and that
// "the deputy chair" is the chair's deputy.
func TestFindByRankedRole(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Governor Ada Lim and Deputy Governor Tom Reyes met the unions. Former chair Nell Ashe and chair Vic Oduya did not.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"the governor", []string{"Ada Lim"}},
		{"the deputy governor", []string{"Tom Reyes"}},
		{"the chair", []string{"Vic Oduya"}},
		{"the former chair", []string{"Nell Ashe"}},
	}
	_, ix2 := parse(t, "Headline",
		"The board's chair, Morag Lindqvist, spoke first. Her deputy, Callum Rae, answered on fares.",
	)
	for _, tt := range tests {
		if got := findNames(ix, tt.query); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
		}
	}
	// A rank no description holds whole is the rank of whoever holds the
	// role: the chair's deputy is the deputy chair.
	findsOne(t, ix2, "the deputy chair", "Callum Rae")
	findsOne(t, ix2, "the chair", "Morag Lindqvist")
}

// TestLabelsAreNotQuotations checks that names and coined terms in marks
// are not returned as quotations, whatever punctuation the house style
// puts inside the marks, while words a person called something stay
// speech.
func TestLabelsAreNotQuotations(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a title with a comma inside, after 'titled' or set off after its noun",
			[]string{
				"The council's leaflet, titled “Walk, Don't Drive,” goes to every home in May.",
				"Its new campaign, \"Lights Off, Doors Shut,\" starts next week, said Ruth Pell.",
			},
			nil},
		{"a nickname after 'nicknamed' and what it names, or after 'known as'",
			[]string{
				"Commuters have nicknamed the new bypass \"the Crawl.\" It opened in 2019.",
				"The square, known as ‘the Pit,’ floods every winter.",
			},
			nil},
		{"a term a clause says people call something",
			[]string{
				"Buses idle by the depot for hours, a practice drivers call “sitting on the clock”.",
				"Fog fills the gap locals call 'the Gulch.' Ruth Pell said, 'It clears by noon.'",
			},
			[]string{"Ruth Pell: It clears by noon."}},
		{"what a named person calls something stays speech",
			[]string{
				"Mayor Ann Pike called the decision “a betrayal of every family here.”",
				"Okafor, her deputy, calls it “a scandal”.",
			},
			[]string{"Ann Pike: a betrayal of every family here.", "Okafor: a scandal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
