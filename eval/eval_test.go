package eval

import (
	"testing"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/quotes"
)

func testArticle(t *testing.T) *article.Article {
	t.Helper()
	a, err := article.Parse("t", []byte("The talks will be held in Jeddah on Sunday.\nMayor Ann Lee said, “The wall is the least we owe them.”\n"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestCitationValidity(t *testing.T) {
	a := testArticle(t)
	jeddah := answer.Citation{N: 1, Paragraph: 1, Text: "The talks will be held in Jeddah on Sunday."}
	tests := []struct {
		name      string
		res       answer.Result
		checked   int
		validWant int
	}{
		{"valid", answer.Result{Answer: "Talks are in Jeddah [1].", Citations: []answer.Citation{jeddah}}, 1, 1},
		{"marker without citation", answer.Result{Answer: "Talks are in Jeddah [2].", Citations: []answer.Citation{jeddah}}, 1, 0},
		{"claim the text does not state", answer.Result{Answer: "Iran must never win [1].", Citations: []answer.Citation{jeddah}}, 1, 0},
		{"text not in the named paragraph", answer.Result{Answer: "Talks are in Jeddah [1].", Citations: []answer.Citation{{N: 1, Paragraph: 2, Text: jeddah.Text}}}, 1, 0},
		{"grouped markers", answer.Result{Answer: "Talks are in Jeddah [1, 2].", Citations: []answer.Citation{jeddah}}, 2, 1},
		{"a decimal point ends no sentence", answer.Result{Answer: "Talks in Jeddah cost $38.40 [1].", Citations: []answer.Citation{jeddah}}, 1, 1},
		{"the marker's own sentence is checked", answer.Result{Answer: "Talks are in Jeddah. Iran must never win [1].", Citations: []answer.Citation{jeddah}}, 1, 0},
		{"after a closing quotation mark", answer.Result{Answer: "He said “Iran must never win.” Talks are in Jeddah [1].", Citations: []answer.Citation{jeddah}}, 1, 1},
		{"a note in brackets belongs to its sentence", answer.Result{Answer: "Talks are “in Jeddah.” (these are Rubio’s words) [1]", Citations: []answer.Citation{jeddah}}, 1, 1},
		{"the note does not save an unsupported sentence", answer.Result{Answer: "Iran must never win. (these are Rubio’s words) [1]", Citations: []answer.Citation{jeddah}}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := citationValidity(a, tt.res)
			if got.checked != tt.checked || got.valid != tt.validWant {
				t.Errorf("got %d of %d valid, want %d of %d", got.valid, got.checked, tt.validWant, tt.checked)
			}
		})
	}
}

func TestQuotationValidity(t *testing.T) {
	a := testArticle(t)
	got := quotationValidity(a, `She said “the wall is the least we owe them” and "we will build ten walls" and "ok then".`)
	if got.checked != 2 || got.valid != 1 {
		t.Errorf("got %d of %d valid, want 1 of 2", got.valid, got.checked)
	}
}

func TestScoreQuotes(t *testing.T) {
	gold := []GoldQuote{{Speaker: "Ann Lee", Text: "The wall is the least we owe them.", Paragraph: 2}}
	tests := []struct {
		name                  string
		got                   []quotes.Quote
		precision, recall, sp float64
	}{
		{"exact", []quotes.Quote{{Speaker: "Ann Lee", Text: "The wall is the least we owe them.", Paragraph: 2}}, 1, 1, 1},
		{"wrong speaker", []quotes.Quote{{Speaker: "Bob", Text: "The wall is the least we owe them.", Paragraph: 2}}, 1, 1, 0},
		{"extra quote", []quotes.Quote{{Speaker: "Ann Lee", Text: "The wall is the least we owe them.", Paragraph: 2}, {Speaker: "X", Text: "Hannity", Paragraph: 1}}, 0.5, 1, 1},
		{"missed", nil, 1, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ScoreQuotes(tt.got, gold)
			if r.Precision != tt.precision || r.Recall != tt.recall || r.SpeakerAccuracy != tt.sp {
				t.Errorf("got P %.2f R %.2f S %.2f, want %.2f %.2f %.2f", r.Precision, r.Recall, r.SpeakerAccuracy, tt.precision, tt.recall, tt.sp)
			}
		})
	}
}

func TestScorePeople(t *testing.T) {
	a, err := article.Parse("t", []byte("Mayor Ann Lee said, “The wall is the least we owe them.”\nAnn Lee left. “We will see,” said Tom Lee, a council member.\n"))
	if err != nil {
		t.Fatal(err)
	}
	ix := quotes.Build(a)
	people := []Person{
		{Name: "Ann Lee", Lookups: []string{"Ann Lee", "the mayor", "Ann Le", "Lee"}},
		{Name: "Tom Lee", Lookups: []string{"Tom Lee", "the council member"}},
	}
	r := ScorePeople(ix, people)
	// "Lee" fits two people: a miss for Ann Lee.
	if r.Lookups != 6 || r.Found != 5 || len(r.Misses) != 1 || r.Misses[0].Question != "Lee" {
		t.Errorf("got %d of %d found, misses %v; want 5 of 6, missing Lee", r.Found, r.Lookups, r.Misses)
	}
}

// TestSameSpeaker: the determiner of an unnamed source, a relative clause
// after its description, a leading "the" and a company's legal form are
// forms the sets disagree on, not another speaker; any other word is.
func TestSameSpeaker(t *testing.T) {
	for _, c := range []struct {
		got, want string
		same      bool
	}{
		{"Ivo Lant", "ivo lant", true},
		{"a porter", "one porter", true},
		{"a porter", "a porter who asked not to be named", true},
		{"a porter who works nights", "a porter", true},
		{"Amber Lanterns", "The Amber Lanterns", true},
		{"Halden Bryggeri", "Halden Bryggeri SA", true},
		{"Maisons Carignan inc.", "Maisons Carignan", true},
		{"Sinar Logam", "PT Sinar Logam", true},
		{"Halden SA", "Halden AG", true},
		{"Halden Bryggeri", "Halden Bryggeri Holdings", false},
		{"a porter", "a porter at the depot", false},
		{"a porter", "a driver", false},
		{"Ivo Lant", "Mira Lant", false},
		{"", "the", false},
	} {
		if got := SameSpeaker(c.got, c.want); got != c.same {
			t.Errorf("SameSpeaker(%q, %q) = %v, want %v", c.got, c.want, got, c.same)
		}
	}
}
