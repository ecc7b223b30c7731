package quotes

import (
	"reflect"
	"testing"
)

// TestOwnersAndNamesakes covers the mechanisms the fifth round was told the
// second blind set fails on, each in made-up sentences.
func TestOwnersAndNamesakes(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a memo's words belong to whoever wrote it",
			[]string{
				"Finance director Ruth Okafor warned staff in March. In an internal memo, Okafor wrote that the budget was “not survivable beyond June”.",
				"The memo, signed by chief executive Paul Lind, told managers to “freeze every vacancy now”.",
				"An email sent by Lind to the board on Friday said: “We will need the reserves.”",
			},
			[]string{"Ruth Okafor: not survivable beyond June", "Paul Lind: freeze every vacancy now", "Paul Lind: We will need the reserves."}},
		{"a document with no verb of speech is its author's; one read out or received is not",
			[]string{
				"Chief executive Paul Lind and finance director Ruth Okafor met the board.",
				"A letter written by Okafor to shareholders was blunt: “The dividend is gone.”",
				"A memo seen by Lind on Monday said the plan was “dead on arrival”.",
			},
			[]string{"Ruth Okafor: The dividend is gone.", ": dead on arrival"}},
		{"a second engineer is not the named one",
			[]string{
				"Engineer Tamsin Hale said the bolts had rusted through. “I flagged it twice,” Hale said.",
				"A second engineer, who asked not to be named, said the warnings were ignored. “Nobody read the reports,” the engineer said.",
				"Another engineer said: “We all knew.”",
			},
			[]string{"Tamsin Hale: I flagged it twice", "a second engineer: Nobody read the reports", "another engineer: We all knew."}},
		{"two people with one first name: a bare first name goes to the one last named by it",
			[]string{
				"Amira Sallow runs the bakery. Her cousin Amira Benn runs the café next door.",
				"“We share the ovens,” said Amira Benn.",
				"Sallow disagreed. “They share my ovens,” Sallow said.",
				"“It works,” Benn said.",
			},
			[]string{"Amira Benn: We share the ovens", "Amira Sallow: They share my ovens", "Amira Benn: It works"}},
		{"a speaker named by age and town",
			[]string{
				"Councillor Harriet Vane said the bus route would close.",
				"A 67-year-old retired postman from Lowbridge said he would be stranded. “I have no car and no neighbours,” he said.",
			},
			[]string{"a 67-year-old retired postman from Lowbridge: I have no car and no neighbours"}},
		{"a word described as what someone called it",
			[]string{
				"The queue stretched round the block. Owner Ana Ruiz apologised.",
				"“Disgraceful” was how one diner described the wait.",
			},
			[]string{"a diner: Disgraceful"}},
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
