package quotes

import "testing"

// TestPeopleTenthRound covers names written in the orders and with the
// titles of other Englishes, looked up as users write them. Every
// sentence and name is made up: a Nigerian local-government story, a
// Malaysian business story, a Singapore court report, a Ghanaian sports
// report.
func TestPeopleTenthRound(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"any two parts of a name, in order or reversed (Nigerian local news, Singapore court report)",
			[]string{
				"“We were never asked,” said Alhaji Musa Danladi Ibrahim, who chairs the traders' association.",
				"Tan Wen Jie, 34, a delivery rider, told the court he had not seen the signal.",
				"“The light was green,” Tan Wen Jie said.",
				"Grace Nwankwo-Eze, the ward's representative, said she would write to the minister.",
			},
			map[string][]string{"Musa Ibrahim": {"Musa Danladi Ibrahim"}, "Musa Danladi": {"Musa Danladi Ibrahim"},
				"Danladi Ibrahim": {"Musa Danladi Ibrahim"}, "Wen Jie Tan": {"Tan Wen Jie"}, "Jie Tan": {"Tan Wen Jie"},
				"Grace Eze": {"Grace Nwankwo-Eze"}, "Ibrahim Musa": {"Musa Danladi Ibrahim"}},
			map[string]int{"Tan Wen Jie": 1}},
		{"parts two people share find both (Ghanaian sports report)",
			[]string{
				"Kwame Owusu Mensah, the coach, said the side had trained well.",
				"Kofi Owusu Mensah, his brother and the team's captain, said the same.",
			},
			map[string][]string{"Owusu Mensah": {"Kwame Owusu Mensah", "Kofi Owusu Mensah"}, "Kofi Mensah": {"Kofi Owusu Mensah"}},
			nil},
		{"a title no list knows before a name the article uses (Nigerian local news)",
			[]string{
				"Engr. Chidinma Okafor-Bello, the council's general manager, said the work would begin in March.",
			},
			map[string][]string{"Engr. Okafor-Bello": {"Chidinma Okafor-Bello"}, "Engr Okafor-Bello": {"Chidinma Okafor-Bello"},
				"Tom Okafor-Bello": nil, "Chidi Okafor-Bello": nil},
			nil},
		{"a name given family name first, with a given name in syllables (Korean science story, Hungarian and Chinese business stories)",
			[]string{
				"The dates are hard to trust, says Kang Min-seo, a chemist at the Haneul Institute, who was not involved.",
				"“I doubt the ages,” Kang wrote in an email.",
				"Horvath Eszter, an engineer on the design team, said the quay would stand on piles. “The seabed is soft,” Horvath said.",
				"“This is the largest order we have had,” said Zhou Ming, chief executive of Baiyun Freight. Zhou said the terminal would open in 2028.",
			},
			map[string][]string{"Kang": {"Kang Min-seo"}, "Min-seo Kang": {"Kang Min-seo"}, "Kang Minseo": {"Kang Min-seo"},
				"the chemist": {"Kang Min-seo"}, "Horvath": {"Horvath Eszter"}, "Eszter Horvath": {"Horvath Eszter"},
				"Zhou": {"Zhou Ming"}, "Ming Zhou": {"Zhou Ming"}},
			map[string]int{"Kang Min-seo": 1, "Horvath Eszter": 1, "Zhou Ming": 1}},
		{"the same letters cut into other words (Philippine and Indian business stories)",
			[]string{
				"“We lost half the harvest,” said Ana Mae Dimaculang, a farmer in the next village.",
				"Rameshchandra Kothari, the firm's chairman, said the plant would reopen.",
			},
			map[string][]string{"Anamae Dimaculang": {"Ana Mae Dimaculang"}, "Ramesh Chandra Kothari": {"Rameshchandra Kothari"}},
			map[string]int{"Ana Mae Dimaculang": 1}},
		{"courtesy titles of one sex pick one of two people who share a family name written first (Singapore community news)",
			[]string{
				"Madam Lee Siew Lan, 68, who has sold chicken rice at the centre for 40 years, said she might retire.",
				"“My hands are tired,” Madam Lee said.",
				"Mr Lee Kok Wah, the agency's operations director, said the rise was the first in eight years.",
				"“We held it as long as we could,” Mr Lee said.",
			},
			map[string][]string{"Madam Lee": {"Lee Siew Lan"}, "Mr Lee": {"Lee Kok Wah"}, "Lee Siew Lan": {"Lee Siew Lan"},
				"Madam Lee Siew Lan": {"Lee Siew Lan"}, "Kok Wah": {"Lee Kok Wah"}, "the operations director": {"Lee Kok Wah"}},
			map[string]int{"Lee Siew Lan": 1, "Lee Kok Wah": 1}},
		{"a word for a person before a name is a title, a place's name is not (letters page, mosque notice, rescue story, Ghanaian village story)",
			[]string{
				"Reader Tomas Brandt of Eastfield wrote in to ask whether the centre would close.",
				"Sheikh Omar Baraka, who leads the mosque next door, said the rents would hurt families.",
				"Divers reached the Quarry Lake caves at dawn.",
				"“Nobody asked the women,” said Aunty Adwoa Mensimah, who runs the market.",
			},
			map[string][]string{"Tomas Brandt": {"Tomas Brandt"}, "Brandt": {"Tomas Brandt"}, "the reader": {"Tomas Brandt"},
				"Omar Baraka": {"Omar Baraka"}, "Sheikh Omar Baraka": {"Omar Baraka"}, "Lake": nil,
				"Adwoa Mensimah": {"Adwoa Mensimah"}, "Aunty Mensimah": {"Adwoa Mensimah"}},
			nil},
		{"two plain words before a role noun before a name (harbour story)",
			[]string{
				"On the quay, tug boat skipper Ray Moana, 61, said the swell had been the worst in years.",
				"A study by marine economist Tobi Marchetti put the loss at $2 million.",
			},
			map[string][]string{"the tug boat skipper": {"Ray Moana"}, "the skipper": {"Ray Moana"},
				"the marine economist": {"Tobi Marchetti"}},
			nil},
		{"a nickname after known and a phrase, with or without marks (Philippine and sports stories)",
			[]string{
				"In the village, fish trader Jun Dizon, 61, better known to his neighbours as Mang Jun, said the catch had fallen.",
				"“There is nothing left,” Dizon said.",
				"Goalkeeper Halle Brenner, known on the terraces as ‘the Wall’, saved two penalties.",
				"Kwame Ofori, known to fans as Big Man, did not play.",
			},
			map[string][]string{"Mang Jun": {"Jun Dizon"}, "Jun": {"Jun Dizon"}, "Dizon": {"Jun Dizon"},
				"the Wall": {"Halle Brenner"}, "Big Man": {"Kwame Ofori"}, "the man": nil},
			map[string]int{"Jun Dizon": 1}},
		{"a role word written as its noun or its adjective (Indian English business story)",
			[]string{
				"Ms. Radhika Menon-Pillai, Chief Financial Officer, told analysts the company had cut its debt.",
				"Arun Sethi, head of economic research at the bank, said demand would hold.",
			},
			map[string][]string{"the finance chief": {"Radhika Menon-Pillai"}, "the head of economics research": {"Arun Sethi"}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}

// TestCreditsTenthRound checks bylines with a place or in a line of bars,
// and credits in the passive.
func TestCreditsTenthRound(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
	}{
		{"a byline with the ground it was written at (match report)",
			[]string{"Rovers hold on", "By Edwin Marchbank at Holloway Park",
				"Rovers held on for a draw on Saturday.", "“We were lucky,” said their manager, Tomas Leary."},
			map[string][]string{"Edwin Marchbank": {"Edwin Marchbank"}, "Marchbank": {"Edwin Marchbank"},
				"the reporter": {"Edwin Marchbank"}, "the writer": {"Edwin Marchbank"}, "the manager": {"Tomas Leary"}}},
		{"a byline as one part of a line divided by bars (newsletter)",
			[]string{"Morning Notes: the pier reopens", "Kelby Gazette | Friday, 4 April | By Wren Halloway",
				"The pier reopens today after a year of repairs."},
			map[string][]string{"Wren Halloway": {"Wren Halloway"}, "the writer": {"Wren Halloway"}}},
		{"credits in the passive (newsletter footer, exhibition review)",
			[]string{"Morning Notes: the pier reopens", "The pier reopens today after a year of repairs.",
				"The guide, compiled by Dr Ines Barwick, lists every pier in the county.",
				"Today's Notes were written by Wren Halloway and edited by Piet Osterhuis."},
			map[string][]string{"the editor": {"Piet Osterhuis"}, "Osterhuis": {"Piet Osterhuis"}, "the writer": {"Wren Halloway"},
				"the compiler": {"Ines Barwick"}, "Dr Barwick": {"Ines Barwick"}}},
		{"a wire credit line in brackets (wire story)",
			[]string{"Refinery fire kills two", "A fire at the refinery killed two workers on Sunday.",
				"(Reporting by Tupac Huaman in Lima; Writing by Ruth Okello; Editing by Dariusz Wolak)"},
			map[string][]string{"the editor": {"Dariusz Wolak"}, "the writer": {"Ruth Okello"}, "the reporter": {"Tupac Huaman"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			checkPeople(t, ix, tt.finds, nil)
		})
	}
}
