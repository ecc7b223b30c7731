package quotes

import (
	"reflect"
	"testing"
)

// TestThirteenthRoundMechanisms covers kinds of attribution the
// thirteenth round found failing on made-up articles written to probe the
// engine, each in made-up sentences.
func TestThirteenthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a frame verb's participle set off after its clause takes the clause's subject",
			[]string{
				"Mira Quell praised the ferry crews on Friday.",
				"Councillor Ivo Lant rejected the plan on Monday, calling it “a bad joke”.",
				"The union turned the offer down, describing it as “an insult to every nurse”.",
			},
			[]string{
				"Ivo Lant: a bad joke",
				"the union: an insult to every nurse",
			}},
		{"a nickname in marks inside a name set off by a comma is no quotation, and the nickname with the surname is the same person",
			[]string{
				"Ivo “Buck” Lant, who keeps bees near the weir, said the rule was “a farce”.",
				"Buck Lant said he had heard the numbers before. “Every professor has a chart,” he said.",
			},
			[]string{
				"Ivo Lant: a farce",
				"Ivo Lant: Every professor has a chart",
			}},
		{"a wire story's dateline is no speaker, and the sentence after its dash is the clause",
			[]string{
				"PORT ARLEN, Vell. (NW) — Governor Mira Quell on Tuesday vetoed the bill, calling it “a solution in search of a problem”.",
				"KESTON — The ferry union said the timetable was “unworkable”.",
			},
			[]string{
				"Mira Quell: a solution in search of a problem",
				"the ferry union: unworkable",
			}},
		{"a short form of a given name alone is the person named in full before, and so is the given name alone that says nothing",
			[]string{
				"Bartholomew Quell is 78, and his apprentice, Kieran Lant, is 23.",
				"Bart, as everyone on the quay calls him, learned the trade from his father. “A shoe tells you everything about a man,” Bart says.",
				"Kieran has not given up. He is looking for a smaller unit nearby. “I’ll believe it when I see it,” he said.",
			},
			[]string{
				"Bartholomew Quell: A shoe tells you everything about a man",
				"Kieran Lant: I’ll believe it when I see it",
			}},
		{"a police rank or a clergy title in short before a surname is a title, not a second person",
			[]string{
				"Detective Constable Ivo Lant said the case had been “upsetting”.",
				"“These families trusted her,” DC Lant said.",
				"Fr Tomas Quell runs the next parish. “We would share a hall,” Fr Quell said.",
			},
			[]string{
				"Ivo Lant: upsetting",
				"Ivo Lant: These families trusted her",
				"Tomas Quell: We would share a hall",
			}},
		{"an office written with 'of the' before its holder's name is a title, not part of the name",
			[]string{
				"Speaker of the Assembly Ivo Lant said the vote would be “close”.",
				"“We will sit on Monday,” Lant said.",
			},
			[]string{
				"Ivo Lant: close",
				"Ivo Lant: We will sit on Monday",
			}},
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
