package quotes

import (
	"testing"

	"articlebot/article"
)

// TestPeopleNinthRound covers people and organisations named or
// described in ways the eighth round's rules did not read. Every sentence
// is made up, in several styles: a university press release, a US TV
// station's web story, an Indian English business story, a wire story, a
// sports report.
func TestPeopleNinthRound(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"letters of six and more after a name (press release)",
			[]string{
				"Chief investigator Professor Ada Mensah-Holt FRCPsych said: “This is the largest study of its kind.”",
				"Professor Lin Okoro FMedSci, who chairs the steering group, said: “The data are clear.”",
				"“We saw it in every clinic,” Mensah-Holt said.",
			},
			map[string][]string{"Ada Mensah-Holt": {"Ada Mensah-Holt"}, "Mensah-Holt": {"Ada Mensah-Holt"},
				"Professor Ada Mensah-Holt": {"Ada Mensah-Holt"}, "Ada Mensah-Holt FRCPsych": {"Ada Mensah-Holt"},
				"the chief investigator": {"Ada Mensah-Holt"}, "Lin Okoro": {"Lin Okoro"}, "Okoro": {"Lin Okoro"}},
			map[string]int{"Ada Mensah-Holt": 2, "Lin Okoro": 1}},
		{"a degree with full stops set off by commas (US TV web story)",
			[]string{
				"Dr. Emrys Rennard, Ph.D., a statistician at Lakeview Medical Center, said the numbers were “larger than we hoped.”",
				"Rennard has studied the clinic's records since 2019.",
			},
			map[string][]string{"Emrys Rennard": {"Emrys Rennard"}, "Dr. Rennard": {"Emrys Rennard"},
				"the statistician": {"Emrys Rennard"}, "Lakeview Medical Center": {"Lakeview Medical Center"}},
			map[string]int{"Emrys Rennard": 1}},
		{"letters in a line all in capitals stay a name (wire headline)",
			[]string{
				"Police name the driver as WINIFRED OKONKWO-ABARA of Ferris Lane.",
				"“She had just come off a night shift,” her brother said.",
			},
			map[string][]string{"Winifred Okonkwo-Abara": {"WINIFRED OKONKWO-ABARA"}},
			nil},
		{"a hyphenated rank before a role (Indian English business story, sports report)",
			[]string{
				"“Rural demand has come back strongly,” said R. Venkatesh, vice-president of finance at the company.",
				"Kestrel Harriers co-founder Maeve Donnachie told the supporters' meeting the club would not be sold.",
				"The magazine's editor-in-chief, Oren Vasquez-Dunne, declined to comment.",
			},
			map[string][]string{"the vice-president": {"R. Venkatesh"}, "the vice-president of finance": {"R. Venkatesh"},
				"Venkatesh": {"R. Venkatesh"}, "the co-founder": {"Maeve Donnachie"}, "the editor-in-chief": {"Oren Vasquez-Dunne"},
				"the president": nil},
			map[string]int{"R. Venkatesh": 1}},
		{"initials in brackets are the organisation's other name (wire, Indian English)",
			[]string{
				"Tennick Moor Rail Services (TMRS) said on Tuesday it would cut 300 jobs.",
				"“We have no other way,” said Bronagh Teale, head of operations at TMRS.",
				"The Tamil Nadu Farmers' Federation (TNFF) welcomed the results.",
				"“Prices for farmers must also rise,” TNFF said.",
			},
			map[string][]string{"Tennick Moor Rail Services": {"Tennick Moor Rail Services"}, "TMRS": {"Tennick Moor Rail Services"},
				"TNFF": {"Tamil Nadu Farmers' Federation"}, "Tamil Nadu Farmers' Federation": {"Tamil Nadu Farmers' Federation"},
				"the head of operations": {"Bronagh Teale"}},
			map[string]int{"Tamil Nadu Farmers' Federation": 1, "Bronagh Teale": 1}},
		{"a body's name opening with a given name and ending with a body's head (water story)",
			[]string{
				"The Grace Valley Water Authority (GVWA) said on Monday that the reservoir was full.",
				"“Nobody should water gardens before June,” GVWA said in a statement.",
			},
			map[string][]string{"GVWA": {"Grace Valley Water Authority"}, "the GVWA": {"Grace Valley Water Authority"},
				"Grace Valley Water Authority": {"Grace Valley Water Authority"}},
			map[string]int{"Grace Valley Water Authority": 1}},
		{"initials of an office in brackets name no organisation (council report)",
			[]string{
				"The council's Chief Financial Officer (CFO), Denise Arkwright, said: “The reserves are gone.”",
				"The Office of Tram Standards (OTS) will publish its report in March.",
			},
			map[string][]string{"the CFO": {"Denise Arkwright"}, "OTS": {"Office of Tram Standards"}},
			map[string]int{"Denise Arkwright": 1}},
		{"a role with a complement set off before a name (US TV web story, council report)",
			[]string{
				"Gov. Hal Brennan did not attend the hearing.",
				"A spokesperson for the governor, Ken Ames, told KCRW by phone that Brennan was “watching every minute.”",
				"An adviser to the council leader, Freya Lusk, told the meeting the budget was balanced.",
			},
			map[string][]string{"the spokesperson": {"Ken Ames"}, "the governor's spokesperson": {"Ken Ames"},
				"the governor": {"Hal Brennan"}, "the adviser": {"Freya Lusk"}},
			map[string]int{"Ken Ames": 1}},
		{"a clause opened by a conjunction after a name describes nobody (inquiry report)",
			[]string{
				"The panel will hear next week from the building's caretaker, Pavel Nowicki, and from inspectors of the Harbour City Housing Board.",
				"The Harbour City Housing Board, which oversees the tower, said in a statement it would “look at every record”.",
			},
			map[string][]string{"the caretaker": {"Pavel Nowicki"}, "Pavel Nowicki": {"Pavel Nowicki"},
				"the board": {"Harbour City Housing Board"}},
			map[string]int{"Harbour City Housing Board": 1}},
		{"a lookup's preposition is no word a description must hold (parliamentary sketch)",
			[]string{
				"Senior MP Dara Quint, who represents Kellmouth, asked about the delays.",
				"An adviser for the committee, Ivo Renner, said the report would be published.",
				"“Is it that the report was never written?” Quint said.",
			},
			map[string][]string{"the MP for Kellmouth": {"Dara Quint"}, "the MP": {"Dara Quint"}},
			map[string]int{"Dara Quint": 1}},
		{"a source at a named place, set off by an anonymity clause (live blog, US TV web story)",
			[]string{
				"9.40am — A paramedic at Dunmore ambulance station, who asked not to be named, said crews had answered “every call”.",
				"A security guard at Larkspur Towers, who asked not to be named because the landlord forbids it, said the lifts had been out “since Friday”.",
				"A nurse at Kelvin Cottage Hospital said most patients had “twisted ankles and little else”. Its car park flooded at noon.",
				"A steward at Caledonian Park, who asked not to be named, said the gates were shut “an hour early”.",
			},
			map[string][]string{"the paramedic": {"a paramedic at Dunmore ambulance station"}, "the security guard": {"a security guard at Larkspur Towers"},
				"the guard": {"a security guard at Larkspur Towers"}, "the steward": {"a steward at Caledonian Park"}, "a nurse at Kelvin Cottage Hospital": {"a nurse at Kelvin Cottage Hospital"}},
			map[string]int{"a paramedic at Dunmore ambulance station": 1, "a security guard at Larkspur Towers": 1, "a nurse at Kelvin Cottage Hospital": 1,
				"Larkspur Towers": 0, "the ward": 0}},
		{"a relative clause that alone says which one is part of the description (US TV, Indian English, wire)",
			[]string{
				"A tenant who has lived on the ninth floor since 1998 told KTVQ the lift had failed “every winter”.",
				"The wind was “like a freight train”, in the words of a resident who would not abandon her flat.",
				"A dealer in Salem who has sold the seeds for a decade said stocks ran out in “the first week of August”.",
				"A cleaner who asked not to be named said the depot had been “empty for days”.",
			},
			map[string][]string{"the tenant": {"a tenant who has lived on the ninth floor since 1998"},
				"the resident": {"a resident who would not abandon her flat"}, "the dealer": {"a dealer in Salem"}, "the cleaner": {"a cleaner who asked not to be named"}},
			map[string]int{"a tenant who has lived on the ninth floor since 1998": 1, "a resident who would not abandon her flat": 1,
				"a dealer in Salem": 1, "a cleaner who asked not to be named": 1}},
		{"common nouns joined by and before a singular verb are one body (Caribbean live blog, Indian English business story)",
			[]string{
				"4.05pm — Valley Gas and Heat says 9,000 homes have no heating.",
				"Engineers will work through the night, Valley Gas and Heat said.",
				"Kestrel Freight and Storage has raised its dividend. Ann Lee and Tom Berg say they will appeal.",
			},
			map[string][]string{"Valley Gas and Heat": {"Valley Gas and Heat"}, "Valley Gas & Heat": {"Valley Gas and Heat"},
				"Valley Gas": {"Valley Gas and Heat"}, "the gas company": {"Valley Gas and Heat"},
				"Kestrel Freight and Storage": {"Kestrel Freight and Storage"}, "Tom Berg": {"Tom Berg"}, "Ann Lee": {"Ann Lee"}},
			nil},
		{"a body named where a role belongs (wire dateline, sports report)",
			[]string{
				"DUNEDIN — Inspectors heard from the maintenance manager at Pellow Quay Cranes that no fault had been logged since March.",
				"Pellow's engineering vice-president, Ruth Kwan, said repairs would take a fortnight.",
				"Graeme Lusk, chief executive of Kestrel Harriers, said the club would not be sold.",
			},
			map[string][]string{"Pellow Quay Cranes": {"Pellow Quay Cranes"}, "Pellow Quay Crane": {"Pellow Quay Cranes"},
				"the company": {"Pellow Quay Cranes"}, "Pellow": {"Pellow Quay Cranes"},
				"Ruth Kwan": {"Ruth Kwan"}, "Kestrel Harriers": {"Kestrel Harriers"}},
			nil},
		{"a relative introduced by first name after whose (US TV feature, court report)",
			[]string{
				"Grace Ilunga, whose son Kofi, 9, uses a wheelchair, said: “We are prisoners on the eleventh floor.”",
				"Kofi Ilunga said he missed his football club.",
				"Deepak Rao's daughter Meera gave evidence by video link. Meera Rao, 14, told the court she had heard nothing.",
			},
			map[string][]string{"Kofi": {"Kofi Ilunga"}, "the son": {"Kofi Ilunga"}, "Grace Ilunga's son": {"Kofi Ilunga"},
				"Kofi's mother": {"Grace Ilunga"}, "Meera": {"Meera Rao"}, "Deepak Rao's daughter": {"Meera Rao"}},
			map[string]int{"Grace Ilunga": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}

// TestRecordLines checks the lines a press release or an obituary closes
// with, fields set off by commas: a media contact with a label before the
// name, and a footer with the subject's role.
func TestRecordLines(t *testing.T) {
	a, ix := parse(t, "Cranes firm admits log gap",
		"The company said it would publish its maintenance records.",
		"Press contact: Liam Okafor-Hart, communications officer, Dunedin City Council, 03 477 4000",
		"Press enquiries: Noor Hassan-Pike, Communications Unit, Marlow University, 01632 960000",
		"Lena Brook, ward councillor, born 1 May 1950; died 2 June 2026")
	for _, n := range []int{3, 4, 5} {
		if k := a.Paragraphs[n-1].Kind; k != article.Body {
			t.Errorf("¶%d: kind %v, want a body paragraph", n, k)
		}
	}
	checkPeople(t, ix, map[string][]string{
		"Liam Okafor-Hart": {"Liam Okafor-Hart"}, "the communications officer": {"Liam Okafor-Hart"},
		"the press contact": {"Liam Okafor-Hart"}, "Noor Hassan-Pike": {"Noor Hassan-Pike"}, "Hassan-Pike": {"Noor Hassan-Pike"},
		"the councillor": {"Lena Brook"},
	}, nil)
	for _, s := range ix.Speakers() {
		if s.Name == "Noor Hassan-Pike" && s.Kind != Person {
			t.Errorf("Noor Hassan-Pike: kind %v, want a person", s.Kind)
		}
	}
}
