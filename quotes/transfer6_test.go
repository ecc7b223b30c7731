package quotes

import (
	"reflect"
	"testing"
)

// TestSixthRoundMechanisms covers the mechanisms the sixth round was told
// the third blind set fails on (single quotation marks as the house style,
// namesakes, statements, unnamed sources, reports, scare quotes), each in
// made-up sentences.
func TestSixthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a shared surname alone is the namesake the paragraph named last",
			[]string{
				"Ashgrove chairman Bernard Colley spoke first. ‘We’ve done nothing wrong,’ Colley said.",
				"Colley’s son, Tobias Colley, who captains the side, was blunt. ‘I’ve been told nothing,’ Colley said.",
				"‘The members’ money is safe,’ said Colley, who has chaired the club since 2011.",
			},
			[]string{"Bernard Colley: We’ve done nothing wrong", "Tobias Colley: I’ve been told nothing", "Bernard Colley: The members’ money is safe"}},
		{"senior, junior, the elder and the younger tell namesakes apart",
			[]string{
				"Trainer Gerard Maddock was fined on Friday. His son, Liam Maddock, the stable jockey, was cleared.",
				"The elder Maddock was defiant. ‘I won’t be hounded out,’ Maddock senior said.",
				"Maddock junior was calmer. ‘The truth is out now,’ he said.",
				"‘Dad taught me everything I know,’ said the younger Maddock.",
			},
			[]string{"Gerard Maddock: I won’t be hounded out", "Liam Maddock: The truth is out now", "Liam Maddock: Dad taught me everything I know"}},
		{"ages tell namesakes apart when no family role does",
			[]string{
				"Ruth Okafor, 71, and Ada Okafor, 34, run rival stalls.",
				"‘I was here first,’ said Okafor senior.",
				"‘She says that every week,’ Okafor junior said.",
			},
			[]string{"Ruth Okafor: I was here first", "Ada Okafor: She says that every week"}},
		{"an organisation that opens a clause introducing a statement speaks",
			[]string{
				"Denholm Cricket Club accused Ashgrove of an approach for their wicketkeeper. Denholm captain Idris Morgan was not available.",
				"Denholm released a statement that read: ‘Our player is under contract and is not for sale.’",
			},
			[]string{"Denholm Cricket Club: Our player is under contract and is not for sale."}},
		{"a committee speaks through its report and as 'it'",
			[]string{
				"The Fenwick Standards Panel has cleared a harbour pilot, Ian Cade, of negligence in a report published on Friday.",
				"The panel upheld one complaint about his logbook. It dismissed the rest, finding the evidence “too thin to support any charge at all.”",
				"The panel's report, “Safe Passage: The Case of Captain I. Cade”, runs to 40 pages. Its conclusion reads:",
				"“The pilot acted within the rules on the night in question.",
				"“We make no finding against him.”",
			},
			[]string{"Fenwick Standards Panel: too thin to support any charge at all.", "Fenwick Standards Panel: The pilot acted within the rules on the night in question.", "Fenwick Standards Panel: We make no finding against him."}},
		{"unnamed sources: a person noun with a place, and 'the source' for whoever was described",
			[]string{
				"Ashgrove chairman Bernard Colley said the club was calm.",
				"A senior figure at the racecourse said the relationship had soured. ‘There was an understanding, and it has been broken,’ the source said.",
				"A senior figure at Denholm disputed that. ‘That dressing room is split down the middle,’ the figure said.",
				"One long-serving member sided with Colley. ‘He is the best thing to happen here,’ the member said.",
			},
			[]string{"a senior figure at the racecourse: There was an understanding, and it has been broken", "a senior figure at Denholm: That dressing room is split down the middle", "a long-serving member: He is the best thing to happen here"}},
		{"a statement a body spoke in, and a statement owned by a role",
			[]string{
				"Harbridge Rovers turned down a bid for their goalkeeper. Rovers deny any promise was made.",
				"In a statement, the club said: ‘No player here has a release clause of any kind.’",
				"The statement added that the club would ‘not sell its best young players cheaply’.",
				"Chairman Osric Penhale stayed away. His press officer, Nell Garside, read out a statement for him.",
				"‘I will not be pushed around by agents,’ the chairman’s statement said.",
			},
			[]string{"Harbridge Rovers: No player here has a release clause of any kind.", "Harbridge Rovers: not sell its best young players cheaply", "Osric Penhale: I will not be pushed around by agents"}},
		{"an apposed description names the source, and 'he' goes on being it",
			[]string{
				"Harbridge Rovers manager Ivo Treanor said little about the bid from Denholm Athletic.",
				"Another insider, a senior figure at Denholm, said the club were ‘tired of waiting’ for Rovers. ‘We have made our last offer,’ he said.",
			},
			[]string{"a senior figure at Denholm: tired of waiting", "a senior figure at Denholm: We have made our last offer"}},
		{"a short term after an article is held at a distance, not quoted",
			[]string{
				"Ruth Pell says the two clubs struck a ‘handshake deal’ in March.",
				"She said the deal was ‘a done thing’ by April.",
			},
			[]string{"Ruth Pell: a done thing"}},
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
