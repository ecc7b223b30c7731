package quotes

import (
	"reflect"
	"testing"
)

// TestNinthRoundMechanisms covers the kinds of attribution the ninth round
// was told the sixth blind set fails on, each in made-up sentences in more
// than one house style and quotation mark.
func TestNinthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a quotation in single marks after a colon runs on into the next paragraph that opens with a mark",
			[]string{
				"Dr Priya Venkataraman MBBS FRCOG FRCPSG, clinical director for children's services, said: 'This unit changes what we can offer the smallest babies. Families will no longer travel for intensive care.",
				"'We have trained sixty nurses for it.'",
				"Managing director Anil Deshmukh told analysts on a call: 'Rural demand has come back strongly.",
				"'We expect the festive season to be even better.'",
				"Asked about the injury, the visitors' manager, Rob Tate, said: ‘He will be fine. We are not worried.",
				"‘He trains on Monday.’",
			},
			[]string{
				"Priya Venkataraman: This unit changes what we can offer the smallest babies. Families will no longer travel for intensive care.",
				"Priya Venkataraman: We have trained sixty nurses for it.",
				"Anil Deshmukh: Rural demand has come back strongly.",
				"Anil Deshmukh: We expect the festive season to be even better.",
				"Rob Tate: He will be fine. We are not worried.",
				"Rob Tate: He trains on Monday.",
			}},
		{"a pronoun past a person named in passing, paragraphs later, is the article's main person",
			[]string{
				"Vera Castell, the folk singer, has died. She was 84.",
				"Castell grew up in Easington. Her mother taught her the old ballads.",
				"At 17 she moved to Newcastle. The landlady of the Crown, Peggy Shaw, let her play for tips.",
				"Her first record came out in 1963. It sold poorly.",
				"“I could not walk away when they were starving,” she said years later.",
			},
			[]string{"Vera Castell: I could not walk away when they were starving"}},
		{"a pronoun two paragraphs past a person named once goes to the main person",
			[]string{
				"Tomás Reyes will captain the national side at the world championships. He is 31.",
				"Reyes has won four national titles. He lives in Valencia with his wife.",
				"His first coach, Aldo Ferri, spotted him at a school race in 2009. Ferri still runs the club.",
				"The championships open in Lyon on Friday.",
				"'I am not getting any younger,' he said on Tuesday. 'This could be the last one.'",
			},
			[]string{"Tomás Reyes: I am not getting any younger", "Tomás Reyes: This could be the last one."}},
		{"a person the paragraph before is about keeps the pronoun, whoever the main person is",
			[]string{
				"Mayor Lena Ortiz announced cuts of £4m on Monday. She said the council had no choice.",
				"Ortiz said libraries would close on Sundays.",
				"The opposition leader, Anna Berg, attacked the plan.",
				"\"It punishes the people who need help most,\" she said.",
			},
			[]string{"Anna Berg: It punishes the people who need help most"}},
		{"a short relative clause that names an unnamed source is kept in its name; one set off by commas, or a long one, is not",
			[]string{
				"“We were never asked,” said a farmer who grows cotton near Akola.",
				"A teacher who was in the building at the time, and who asked that her name not be used, said: \"It was chaos.\"",
				"A nurse, who asked not to be named, said the ward was «full to the corridors».",
				"A senior official who asked not to be named because the talks were still going on said the deal was 'nearly done'.",
				"A porter who has worked nights at the hospital for more than eleven years now said the queue was 'out the door'.",
			},
			[]string{
				"a farmer who grows cotton near Akola: We were never asked",
				"a teacher who was in the building at the time: It was chaos.",
				"a nurse: full to the corridors",
				"a senior official: nearly done",
				"a porter: out the door",
			}},
		{"'in the words of' names the source of the words before it, as 'according to' does",
			[]string{
				"The defence was “all over the place from the first minute”, in the words of manager Tom Reilly.",
				"Prices will stay 'painfully high for anyone heating a house' through the winter, in the words of one trader at the Baltic Exchange.",
				"10.05am – The water is \"still rising by the minute\", in the words of a volunteer who has been sandbagging since dawn.",
			},
			[]string{
				"Tom Reilly: all over the place from the first minute",
				"a trader at the Baltic Exchange: painfully high for anyone heating a house",
				"a volunteer who has been sandbagging since dawn: still rising by the minute",
			}},
		{"a name of no known sex after a preposition is not whom the next she or he means",
			[]string{
				"Mayor Ann Webb visited the shelter. Roads north of Ferris Dale remain closed. Asked about schools, she would not give a date. \"Stay home tonight,\" she said.",
				"Prime Minister Lina Haas met flood victims. Trains south of Carter Wells are suspended. Pressed on compensation, she gave no figure. ‘Nobody will be left out,’ she said.",
			},
			[]string{"Ann Webb: Stay home tonight", "Lina Haas: Nobody will be left out"}},
		{"a relative clause set off after a source's place may hold speech verbs of its own",
			[]string{
				"A porter at St Brendan's Hospital, who would talk only if his name was left out, as managers have warned porters against interviews, said the casualty unit had seen “dozens of broken wrists and one broken heart”.",
				"A driver at the depot, who asked not to be named because drivers were told not to talk, said the company had offered 'nothing worth a vote'.",
				"A senior executive at a Pune auto-parts maker, who did not wish to be identified as the firm bars executives from commenting on results, said orders were \"down by a third since Diwali\".",
			},
			[]string{
				"a porter at St Brendan's Hospital: dozens of broken wrists and one broken heart",
				"a driver at the depot: nothing worth a vote",
				"a senior executive at a Pune auto-parts maker: down by a third since Diwali",
			}},
		{"a live blog's time stamp opens no clause",
			[]string{
				"10.05am — A gritter driver at the council depot, who would talk only if his name was left out, as drivers were warned against interviews, said the crews had been “out since midnight with half the salt”.",
				"14:32 GMT: Pressed on the timetable, the minister, Kofi Asante, said: 'We will not be rushed.'",
				"3:40 p.m. ET | A spokeswoman for the utility, who was not authorized to speak publicly, said crews were \"working around the clock\".",
			},
			[]string{
				"a gritter driver at the council depot: out since midnight with half the salt",
				"Kofi Asante: We will not be rushed.",
				"a spokeswoman for the utility: working around the clock",
			}},
		{"a title set off by commas after a work's noun is no quotation, in whatever case",
			[]string{
				"The study, ‘Well water in the hill districts: ten years on’, was released on Monday by the water board.",
				"Her memoir, “I was never the favourite,” sold 40,000 copies.",
				"The study, 'Groundwater stress in the Deccan: a ten-year survey', was released on Monday by the institute.",
				"The report, Mayor Ann Webb said, was “a whitewash from start to finish”.",
			},
			[]string{"Ann Webb: a whitewash from start to finish"}},
		{"a speech verb in the infinitive after a verb takes that verb's subject, coordinated or not",
			[]string{
				"Coach Ivo Petrov shook hands with the referee, and wanted to say only that the official had been “a long way from the ball all night”.",
				"Tom Okafor, the club's longest-serving kit man, used to say the dressing room was 'a library with worse manners'.",
				"After the vote the chairman, Raj Mehta, went on to say that the board had been \"asleep at the wheel for a decade\".",
			},
			[]string{
				"Ivo Petrov: a long way from the ball all night",
				"Tom Okafor: a library with worse manners",
				"Raj Mehta: asleep at the wheel for a decade",
			}},
		{"reminding and remembering introduce quotations as recalling does",
			[]string{
				"Judge Alan Cole reminded jurors again that they must decide on “the evidence in this room and nothing else”.",
				"A retired signalman, Ewan Price, remembered the old box as 'cold enough to keep the milk fresh all week'.",
			},
			[]string{
				"Alan Cole: the evidence in this room and nothing else",
				"Ewan Price: cold enough to keep the milk fresh all week",
			}},
		{"a name set off after a description that opens the clause speaks, past a relative clause set off too",
			[]string{
				"The SPARROW study enrolled 400 adults. SPARROW was run by the Elmfield Institute. Its developer, Corran Biologics, which funded the study through a grant, said on Friday that an application would go to regulators 'before the end of next year'.",
				"Lena Ruiz retired from the Marlow Vale league on Sunday. Her club, Ashford Rovers, which she joined at 12, said she had been “an example to every player”.",
				"Senator Joan Pike was not at the hearing. Her spokesman, Dale Ruiz, who has worked for the senator since 2015, said the claim was \"flat-out false from start to finish\".",
			},
			[]string{
				"Corran Biologics: before the end of next year",
				"Ashford Rovers: an example to every player",
				"Dale Ruiz: flat-out false from start to finish",
			}},
		{"whom a quotation addresses is not its speaker; the one a reported question was put to answers",
			[]string{
				"The transport committee questioned the airline's safety director, Tom Reyes, on Tuesday. The committee's chair, Helen Brooks, opened with the memo.",
				"Brooks asked Reyes when he first saw the memo.",
				"\"In March, Madam Chair. I read it the same day.\"",
				"Brooks pressed him on why nothing changed for six weeks.",
				"\"With respect, Chair, we changed the rota within a week.\"",
				"Chair Joan Pike thanked the next witness, Maria Ortiz. “Thank you, Madam Chair, for the time,” she said.",
				"Senator Ann Cole questioned Dr Raj Patel about the delay.",
				"‘Senator, the data simply was not ready.’",
			},
			[]string{
				"Tom Reyes: In March, Madam Chair. I read it the same day.",
				"Tom Reyes: With respect, Chair, we changed the rota within a week.",
				"Maria Ortiz: Thank you, Madam Chair, for the time",
				"Raj Patel: Senator, the data simply was not ready.",
			}},
		{"an elision in straight marks after a colon opens no quotation",
			[]string{
				"The band's one rule was simple: 'em first, us second.",
				"Tom Hale grew up in the north: '90s rave, mostly.",
			},
			nil},
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

// TestStampEnd checks which openings of a paragraph are a live blog's time
// stamp.
func TestStampEnd(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"10.05am — A porter said", 2},
		{"14:32 GMT: A teacher said", 5},
		{"3:40 p.m. ET | The", 6},
		{"7.15 am - Crews", 3},
		{"1990 — The year", 0},
		{"7 — Seven", 0},
		{"12 people died", 0},
		{"A porter said", 0},
	}
	for _, tt := range tests {
		if got := stampEnd(appendTokens(nil, tt.text, 0, nil)); got != tt.want {
			t.Errorf("stampEnd(%q): got %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestPluralPossessiveKeepsItsMark checks that an organisation's name keeps
// the apostrophe the article writes, curly or straight, and is found by
// either.
func TestPluralPossessiveKeepsItsMark(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The Upland Shepherds’ Association called the plan “reckless and costly beyond belief” in 2001.",
		"The Dockers' Union said the deal was “a betrayal of every member”.",
		"The Shepherds’ Association later said it was “ready to talk”.")
	want := []string{"Upland Shepherds’ Association: reckless and costly beyond belief", "Dockers' Union: a betrayal of every member", "Upland Shepherds’ Association: ready to talk"}
	if got := said(ix); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	findsOne(t, ix, "Upland Shepherds' Association", "Upland Shepherds’ Association")
	findsOne(t, ix, "the dockers’ union", "Dockers' Union")
}
