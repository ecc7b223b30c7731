package quotes

import "testing"

// A description in a later sentence ("the congresswoman", "the attorney
// general") is the person the article introduced with that title's
// abbreviation, when there is one.
func TestDescriptionOfAbbreviatedTitle(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			name: "congresswoman after Rep.",
			lines: []string{
				`Rep. Dalia Fenwick has fought the levy since April. The congresswoman said the plan was "a tax on getting to work."`,
			},
			want: []string{"Dalia Fenwick: a tax on getting to work."},
		},
		{
			name: "attorney general after Atty. Gen.",
			lines: []string{
				`Atty. Gen. Royce Calder warned that the levy could be struck down. The attorney general said it stood "on very thin ice."`,
			},
			want: []string{"Royce Calder: on very thin ice."},
		},
	})
	_, ix := parse(t, `Rep. Dalia Fenwick has fought the levy since April. The congresswoman said the plan was "a tax on getting to work."`)
	findsOne(t, ix, "the congresswoman", "Dalia Fenwick")
}
