package answer

import (
	"reflect"
	"testing"
)

func TestCarryOutOfQuotations(t *testing.T) {
	tests := []struct {
		name  string
		texts []string // one sentence each, every one given citation k
		want  [][]int  // the citations each sentence keeps
	}{
		{"closed quotation", []string{`He said "we won."`, "It rained."}, [][]int{{0}, {1}}},
		{"a sentence ends inside the quotation", []string{`He said "we lost!`, `Then we won."`, "It rained."}, [][]int{nil, {0, 1}, {2}}},
		{"curly marks", []string{"He said “we lost!", "Then we won.”"}, [][]int{nil, {0, 1}}},
		{"never closed", []string{`He said "we lost!`, "Then we won."}, [][]int{nil, {0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sents []*answerSentence
			for k, text := range tt.texts {
				sents = append(sents, &answerSentence{texts: []string{text}, added: []int{k}})
			}
			carryOutOfQuotations(sents)
			for k, as := range sents {
				if !reflect.DeepEqual(as.added, tt.want[k]) {
					t.Errorf("sentence %d %q keeps %v, want %v", k, tt.texts[k], as.added, tt.want[k])
				}
			}
		})
	}
}
