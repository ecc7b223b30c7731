package overview

import "testing"

// TestLeadAfterDisplay checks that display lines under a headline (a
// standfirst, a press release's subhead, an embargo line) are not the
// summary's lead and are not drawn into a short summary, while an article
// that opens with its lead, or with a headline set as text, keeps it.
func TestLeadAfterDisplay(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		wantLead int // paragraph of the lead sentence
		// wantLater is a paragraph after the lead that a two-sentence
		// summary must reach; 0 to skip the check.
		wantLater int
	}{
		{
			name: "obituary standfirst",
			text: "Ines Varga obituary\n\n" +
				"Glass conservator who rescued the cathedral windows of her home town after the flood.\n\n" +
				"Ines Varga, who died last week at the age of 91, spent four decades piecing together the shattered windows of the Szeged cathedral after the river burst its banks in the spring of 1970.\n\n" +
				"Varga trained as a chemist in Budapest and came to glass by accident, when a museum asked her to analyse the lead in a broken panel from the cathedral windows.\n\n" +
				"The method of bonding glass with a resin she mixed herself is still taught in conservation schools across Europe and North America.\n",
			wantLead:  3,
			wantLater: 4,
		},
		{
			name: "press release subhead and embargo",
			text: "Harbour trust opens new ferry pier\n\n" +
				"The pier will let the island's school ferry run in all tides.\n\n" +
				"EMBARGOED UNTIL 07:30 EDT 2 JUNE 2027\n\n" +
				"KIRKWALL — The Orkney Harbour Trust will open a new ferry pier at Stromsay on Monday, ending thirty years in which the school ferry could land only at high tide, the trust said today.\n\n" +
				"The pier cost £3.2 million and was built over fourteen months by a firm from Aberdeen, which drove forty steel piles into the seabed.\n\n" +
				"Parents on the island have campaigned for a pier since the old jetty was condemned by the council's engineers in 1994.\n",
			wantLead:  4,
			wantLater: 5,
		},
		{
			name: "wire lead first",
			text: "Rail strike halts trains\n\n" +
				"LAGOS (Reuters) - Train drivers across Nigeria walked out on Tuesday over unpaid allowances, halting commuter services in Lagos and Abuja and stranding thousands of passengers at stations.\n\n" +
				"The union said the strike would go on until the allowances were paid.\n\n" +
				"The railway corporation said talks would resume on Thursday.\n",
			wantLead: 2,
		},
		{
			name: "headline set as text",
			text: "Council approves budget after long debate.\n\n" +
				"The city council approved a budget of 40 million dollars on Monday night after a debate that lasted more than six hours and ended shortly before two in the morning.\n\n" +
				"Councillors who voted against it said it cut too deeply into library hours.\n",
			wantLead: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.text)
			r := Rank(a)
			lead, ok := r.Lead()
			if !ok {
				t.Fatal("no lead")
			}
			if got := a.Sentences[lead].Para; got != tt.wantLead {
				t.Errorf("lead in ¶%d, want ¶%d", got, tt.wantLead)
			}
			if tt.wantLater == 0 {
				return
			}
			var paras []int
			for _, id := range r.Pick(2, true, nil) {
				paras = append(paras, a.Sentences[id].Para)
			}
			if len(paras) != 2 || paras[0] != tt.wantLead || paras[1] < tt.wantLater {
				t.Errorf("two-sentence summary from ¶%v, want the lead ¶%d and a paragraph from ¶%d on", paras, tt.wantLead, tt.wantLater)
			}
		})
	}
}
