package quotes

import (
	"reflect"
	"testing"
)

// quoted returns the inner texts of the speech spans of a paragraph, with
// "+" after an unclosed one.
func quoted(text string) []string {
	var out []string
	for _, s := range findSpans(text) {
		if s.title {
			continue
		}
		a, b := s.inner(text)
		if s.close < 0 {
			out = append(out, text[a:b]+"+")
		} else {
			out = append(out, text[a:b])
		}
	}
	return out
}

func TestFindSpans(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"curly", "He said, “We won.” Then he left.", []string{"We won."}},
		{"straight split around said", `"Water goes," Okafor said. "It goes elsewhere."`, []string{"Water goes", "It goes elsewhere."}},
		{"trailing comma dropped", "“It ends here ,” she said.", []string{"It ends here"}},
		{"partial", "She called it “a very small step forward.”", []string{"a very small step forward."}},
		{"straight single", "She called the wall 'a model for every town' and left.", []string{"a model for every town"}},
		{"curly single", "He called it ‘a disgrace’ on Monday.", []string{"a disgrace"}},
		{"apostrophes are not quotes", "The workers’ union didn’t read Reuters’ report on the city's plan.", nil},
		{"plural possessive inside single quote", "She said 'the workers' rights matter most' today.", []string{"the workers' rights matter most"}},
		{"nested single inside double", "Smith said, “They told me ‘go home’ and I did.”", []string{"They told me ‘go home’ and I did."}},
		{"nested double inside single", "‘He said “no” to me,’ she said.", []string{"He said “no” to me"}},
		{"unclosed curly", "He said, “It never ends", []string{"It never ends+"}},
		{"unclosed straight", `"It is whether we are ready when it does.`, []string{"It is whether we are ready when it does.+"}},
		{"stray closing marks", "He is 6'2\" tall” and that’s all.", nil},
		{"inches then quote", `A 6'2" man said "hello there" loudly.`, []string{"hello there"}},
		{"empty quotes", `He said "" and “ ” then left.`, nil},
		{"show title", "Witkoff told Fox News “Hannity” program, “We got there.”", []string{"We got there."}},
		{"possessive network title", "Trump said on Fox News’s “The Ingraham Angle” show, “A great call.”", []string{"A great call."}},
		{"titled report", "They published a report titled “Rising Waters” last year.", nil},
		{"title-case speech after comma", "He said, “Never Again”", []string{"Never Again"}},
		{"single word speech", "He replied “Nonsense” and left.", []string{"Nonsense"}},
		{"rock n roll", "They played rock 'n' roll all night.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoted(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFindSpansInternational(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"German low-high", "Er sagte: „Wir sind bereit.“ Dann ging er.", []string{"Wir sind bereit."}},
		{"Polish low-high", "Powiedział: „Jesteśmy gotowi.” Potem wyszedł.", []string{"Jesteśmy gotowi."}},
		{"two German quotations", "„Erstens“, sagte er, „zweitens.“", []string{"Erstens", "zweitens."}},
		{"French guillemets", "Il a dit : « Nous sommes prêts. » Puis il est parti.", []string{"Nous sommes prêts."}},
		{"German guillemets", "Er sagte: »Wir sind bereit.« Dann ging er.", []string{"Wir sind bereit."}},
		{"Swiss single guillemets", "Sie sagte: ‹Wir sind bereit.› Dann ging sie.", []string{"Wir sind bereit."}},
		{"German single low-high", "Er nannte es ‚eine Schande‘ am Montag.", []string{"eine Schande"}},
		{"corner brackets", "He wrote 「we are ready」 on Monday.", []string{"we are ready"}},
		{"unclosed German mark", "Er sagte „Wir sind bereit.", []string{"Wir sind bereit.+"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoted(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
