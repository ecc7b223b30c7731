package answer

import "testing"

func TestSilentAide(t *testing.T) {
	e := offlineEngine(t, `Harbour pilot cleared after grounding inquiry
An inquiry on Thursday cleared harbour pilot Wendell Asare of blame for the grounding of a grain ship at Kellow Point in March.
Asare, who had guided ships into the port for 22 years, said he was relieved. "I never doubted the charts," he said.
His deputy was on the bridge with him that night and sounded the alarm.
Asare's lawyer said the port would now review its tide tables.`)
	checkAnswerable(t, e, []answerableCase{
		{"What did Asare's deputy tell him?", false},
		{"What did Asare's lawyer say?", true},
		{"What did Wendell Asare say?", true},
	})
	if got, want := e.silentAide("What did Asare's deputy tell him?"), "Asare's deputy"; got != want {
		t.Errorf("silentAide = %q, want %q", got, want)
	}
	if got, want := e.silentAide("What did the pilot's deputy tell him?"), "the pilot's deputy"; got != want {
		t.Errorf("silentAide = %q, want %q", got, want)
	}
}
