package answer

import "testing"

// TestLightVerbsAndAffiliation: a light verb ("go", "get") and a verb of
// working somewhere stated by apposition do not count as missing. Made-up
// articles in two styles: a funeral notice and a science brief.
func TestLightVerbsAndAffiliation(t *testing.T) {
	notice := offlineEngine(t, `Harbourmaster Ellis Brand dies at 81
Ellis Brand, who kept the Wendle harbour light for forty years, has died aged 81.
His family asked that gifts be sent to the Wendle Lifeboat Fund, a charity for volunteer crews.`)
	brief := offlineEngine(t, `Glacier shrank faster than thought
The Arnfell glacier lost a tenth of its ice in five years, according to Dr. Ines Varga, a glaciologist at Tromso Polar Institute.`)
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		{notice, "Which charity should gifts go to?", true},
		{brief, "Which institute does the glaciologist work at?", true},
		{brief, "Which institute funded the glacier survey?", false},
	}
	for _, tt := range tests {
		if got := judgeOf(t, tt.e, tt.q).answerable; got != tt.want {
			t.Errorf("%q: answerable = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestQuestionVerbSkipsNames(t *testing.T) {
	tests := []struct{ q, want string }{
		{"How much grain was set aside for Marl and Hollin Ford?", "set"},
		{"How many boats were moored at Kessel Quay?", "moored"},
	}
	for _, tt := range tests {
		if got := questionVerb(tt.q); got != tt.want {
			t.Errorf("questionVerb(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
