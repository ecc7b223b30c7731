package quotes

import (
	"reflect"
	"testing"
)

// TestTenthRoundMechanisms covers kinds of attribution the tenth round
// found failing on articles nobody tuned on, each in made-up sentences.
func TestTenthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a short form that is part of a fuller name, not its last word, is that person",
			[]string{
				"Maria Gonzalez, a teacher at Pine Hill, joined the picket on Monday.",
				"\"We are tired of waiting,\" Maria said.",
				"Ahmad Faisal Bin Yusof, the union's state secretary, addressed the crowd. \"The ministry has had two years,\" Ahmad Faisal said.",
				"Mr Tan Wei Ming, a parent, watched from the gate. “My children have missed a week,” Tan said.",
				"Dr. Nguyen Thi Lan, a paediatrician, worried about the strike. 'Children need routine,' Dr. Nguyen said.",
			},
			[]string{
				"Maria Gonzalez: We are tired of waiting",
				"Ahmad Faisal Bin Yusof: The ministry has had two years",
				"Tan Wei Ming: My children have missed a week",
				"Nguyen Thi Lan: Children need routine",
			}},
		{"a word two people's names share is neither's",
			[]string{
				"Maria Gonzalez and Maria Ortiz run the food bank together.",
				"\"We never close,\" Maria said.",
			},
			[]string{"Maria: We never close"}},
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
