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
