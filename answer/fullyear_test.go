package answer

import "testing"

func TestQuarterIsNotTheYear(t *testing.T) {
	e := offlineEngine(t, `Brackwell Mills results
Brackwell Mills said its revenue in the three months to March was $61 million for the quarter, higher than a year before.
The spinning firm employs 900 people at two mills in the valley.`)
	checkAnswerable(t, e, []answerableCase{
		{"What revenue did Brackwell Mills report for the full year?", false},
		{"What revenue did Brackwell Mills report for the quarter?", true},
	})
}

func TestFullYearMissing(t *testing.T) {
	cases := []struct {
		q, text string
		want    bool
	}{
		{"What is the firm's full-year profit forecast?", "Net profit rose 20 per cent to $9 million for the quarter ended June 30.", true},
		{"What is the firm's annual revenue?", "Revenue was $40 million for the quarter, up from a year earlier.", true},
		{"What is the firm's full-year profit forecast?", "It now expects full-year profit of $30 million.", false},
		{"What is the club's annual budget?", "The club spends about $2 million a year on its grounds.", false},
		{"What was the firm's revenue for the quarter?", "Revenue was $40 million for the quarter.", false},
	}
	for _, c := range cases {
		if got := fullYearMissing(c.q, c.text); got != c.want {
			t.Errorf("fullYearMissing(%q, %q): got %v, want %v", c.q, c.text, got, c.want)
		}
	}
}
