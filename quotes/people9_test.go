package quotes

import "testing"

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
				"Dr. Tobiah Rennard, Ph.D., a statistician at Lakeview Medical Center, said the numbers were “larger than we hoped.”",
				"Rennard has studied the clinic's records since 2019.",
			},
			map[string][]string{"Tobiah Rennard": {"Tobiah Rennard"}, "Dr. Rennard": {"Tobiah Rennard"},
				"the statistician": {"Tobiah Rennard"}, "Lakeview Medical Center": {"Lakeview Medical Center"}},
			map[string]int{"Tobiah Rennard": 1}},
		{"letters in a line all in capitals stay a name (wire headline)",
			[]string{
				"Police name the driver as MARGARET OKONKWO-ABARA of Ferris Lane.",
				"“She had just come off a night shift,” her brother said.",
			},
			map[string][]string{"Margaret Okonkwo-Abara": {"MARGARET OKONKWO-ABARA"}},
			nil},
		{"a hyphenated rank before a role (Indian English business story, sports report)",
			[]string{
				"“Rural demand has come back strongly,” said R. Venkatesh, vice-president of finance at the company.",
				"Kestrel Athletic co-founder Maeve Donnachie told the supporters' meeting the club would not be sold.",
				"The magazine's editor-in-chief, Oren Castellano, declined to comment.",
			},
			map[string][]string{"the vice-president": {"R. Venkatesh"}, "the vice-president of finance": {"R. Venkatesh"},
				"Venkatesh": {"R. Venkatesh"}, "the co-founder": {"Maeve Donnachie"}, "the editor-in-chief": {"Oren Castellano"},
				"the president": nil},
			map[string]int{"R. Venkatesh": 1}},
		{"initials in brackets are the organisation's other name (wire, Indian English)",
			[]string{
				"Harrowgate Rail Services (HRS) said on Tuesday it would cut 300 jobs.",
				"“We have no other way,” said Orla Finch, head of operations at HRS.",
				"The Tamil Nadu Farmers' Federation (TNFF) welcomed the results.",
				"“Prices for farmers must also rise,” TNFF said.",
			},
			map[string][]string{"Harrowgate Rail Services": {"Harrowgate Rail Services"}, "HRS": {"Harrowgate Rail Services"},
				"TNFF": {"Tamil Nadu Farmers' Federation"}, "Tamil Nadu Farmers' Federation": {"Tamil Nadu Farmers' Federation"},
				"the head of operations": {"Orla Finch"}},
			map[string]int{"Tamil Nadu Farmers' Federation": 1, "Orla Finch": 1}},
		{"initials of an office in brackets name no organisation (council report)",
			[]string{
				"The council's Chief Financial Officer (CFO), Denise Arkwright, said: “The reserves are gone.”",
				"The Office of Rail Safety (ORS) will publish its report in March.",
			},
			map[string][]string{"the CFO": {"Denise Arkwright"}, "ORS": {"Office of Rail Safety"}},
			map[string]int{"Denise Arkwright": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}
