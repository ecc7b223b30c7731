package answer

import (
	"context"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"articlebot/article"
)

var (
	harborOnce   sync.Once
	harborEngine *Engine
	harborErr    error
)

// harbor returns an offline engine over the tuned eval article harbor.txt,
// which has a headline, built once.
func harbor(t testing.TB) *Engine {
	t.Helper()
	harborOnce.Do(func() {
		data, err := os.ReadFile("../testdata/eval/tuned/harbor.txt")
		if err != nil {
			harborErr = err
			return
		}
		a, err := article.Parse("harbor.txt", data)
		if err != nil {
			harborErr = err
			return
		}
		harborEngine, harborErr = New(context.Background(), a, Options{Logger: quiet})
	})
	if harborErr != nil {
		t.Fatal(harborErr)
	}
	return harborEngine
}

// wholeQuestions are questions about the whole article in several phrasings
// of every kind.
var wholeQuestions = []string{
	"What is this about?", "Summarize the article", "What happened?", "Give me a tl;dr",
	"What are the main points?", "In one sentence?", "Who is quoted in the article?",
	"How many people are quoted?", "Who is mentioned?", "What's the headline?",
	"What are the sides?", "Timeline of events?", "Key takeaways?", "What's the gist?",
}

// checkCitations fails when a citation is not exact text of its paragraph.
func checkCitations(t *testing.T, e *Engine, res Result) {
	t.Helper()
	for _, c := range res.Citations {
		p, ok := e.art.Paragraph(c.Paragraph)
		if !ok || c.Text == "" || !strings.Contains(p.Text, c.Text) {
			t.Errorf("citation [%d] ¶%d %q is not text of that paragraph", c.N, c.Paragraph, c.Text)
		}
		if !strings.Contains(res.Answer, "["+strconv.Itoa(c.N)+"]") {
			t.Errorf("citation [%d] is not in the answer %q", c.N, res.Answer)
		}
	}
}

func TestWholeQuestionsNeverAbstain(t *testing.T) {
	for _, e := range []*Engine{shipped(t), harbor(t)} {
		for _, q := range wholeQuestions {
			t.Run(e.art.Name+"/"+q, func(t *testing.T) {
				res, err := e.Ask(context.Background(), Request{Question: q}, nil)
				if err != nil {
					t.Fatal(err)
				}
				if res.Abstained || len(res.Citations) == 0 {
					t.Fatalf("got abstained=%v with %d citations: %q", res.Abstained, len(res.Citations), res.Answer)
				}
				checkCitations(t, e, res)
			})
		}
	}
}

func TestSummariesCiteTheLeadAndMore(t *testing.T) {
	tests := []struct {
		q         string
		sentences int // exact count of body sentences cited, 0 for at least 2
	}{
		{"tl;dr", 2},
		{"What is this article about?", 0},
		{"What are the main points?", 5},
		{"Summarize it in three sentences", 3},
	}
	for _, e := range []*Engine{shipped(t), harbor(t)} {
		lead := e.art.Body()[0].N
		for _, tt := range tests {
			t.Run(e.art.Name+"/"+tt.q, func(t *testing.T) {
				res, err := e.Ask(context.Background(), Request{Question: tt.q}, nil)
				if err != nil {
					t.Fatal(err)
				}
				body, later, cited := 0, false, false
				for i, c := range res.Citations {
					if p, _ := e.art.Paragraph(c.Paragraph); p.Kind == article.Body {
						body++
					}
					cited = cited || c.Paragraph == lead
					later = later || c.Paragraph > lead
					if i > 0 && c.Paragraph < res.Citations[i-1].Paragraph {
						t.Errorf("citations not in article order: %v", res.Citations)
					}
				}
				if !cited || !later {
					t.Errorf("got citations %v, want the lead ¶%d and a later paragraph: %q", res.Citations, lead, res.Answer)
				}
				if tt.sentences > 0 && body != tt.sentences {
					t.Errorf("got %d body sentences, want %d: %q", body, tt.sentences, res.Answer)
				}
			})
		}
	}
}

func TestWhoIsQuoted(t *testing.T) {
	tests := []struct {
		e    *Engine
		want []string // name (role) as the answer must give them
	}{
		{shipped(t), []string{"Steve Witkoff (Trump envoy)", "Volodymyr Zelenskiy (Ukraine President)", "Donald Trump",
			"Kristine Berzina (managing director at the German Marshall Fund think tank)", "Vladimir Putin",
			"Susan Colbourn (expert on European security issues", "Maria Snegovaya (senior fellow", "Olaf Scholz (Germany’s outgoing Chancellor)",
			"Ursula von der Leyen (European Commission President)"}},
		{harbor(t), []string{"Elena Wiśniewski (Mayor)", "Raymond T. Okafor (Council member)", "Patricia Lindqvist (Governor)",
			"Samuel Achebe (hydrologist at Coastal State University)", "Maria Gonzalez", "Harbor City Port Authority"}},
	}
	for _, tt := range tests {
		t.Run(tt.e.art.Name, func(t *testing.T) {
			res, err := tt.e.Ask(context.Background(), Request{Question: "Who is quoted?"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Answer, w) {
					t.Errorf("answer lacks %q:\n%s", w, res.Answer)
				}
			}
			if strings.Contains(res.Answer, "Emmanuel Macron") {
				t.Errorf("Macron is named but never quoted:\n%s", res.Answer)
			}
			checkCitations(t, tt.e, res)
		})
	}
}

func TestHowManyAreQuoted(t *testing.T) {
	res, err := harbor(t).Ask(context.Background(), Request{Question: "How many people spoke?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "quotes or reports 5 people and 1 organisation or group"; !strings.Contains(res.Answer, want) {
		t.Errorf("got %q, want it to say %q", res.Answer, want)
	}
}

func TestWholeFollowUps(t *testing.T) {
	e := shipped(t)
	ctx := context.Background()
	first, err := e.Ask(ctx, Request{Question: "What's this about?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	history := []Turn{{Question: "What's this about?", Answer: first.Answer}}

	short, err := e.Ask(ctx, Request{Question: "and in one sentence?", History: history}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(short.Citations) != 1 || short.Citations[0].Paragraph != 1 {
		t.Errorf("one sentence: got %q citing %v, want the lead alone", short.Answer, short.Citations)
	}

	more, err := e.Ask(ctx, Request{Question: "what else?", History: history}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if more.Abstained || len(more.Citations) == 0 {
		t.Fatalf("what else: got %q, want more of the article", more.Answer)
	}
	for _, c := range more.Citations {
		if strings.Contains(first.Answer, c.Text) {
			t.Errorf("what else: repeated %q from the first answer", c.Text)
		}
	}

	// After an ordinary question, "what else did he say?" is not about the
	// whole article.
	res, err := e.Ask(ctx, Request{Question: "what else did he say?", History: []Turn{{Question: "What did Witkoff say?", Answer: "Witkoff said talks will be in Jeddah [1]."}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Standalone == "" || !strings.Contains(res.Standalone, "Witkoff") {
		t.Errorf("got standalone %q, want the pronoun resolved as an ordinary follow-up", res.Standalone)
	}
}

func TestFocusedQuestionsStayOrdinary(t *testing.T) {
	e := shipped(t)
	if _, ok := e.wholeOf("Summarize the Witkoff story", nil); ok {
		t.Error("a question naming a person of the article is about that person, not the whole article")
	}
	if _, ok := e.wholeOf("Summarize the Reuters story", nil); !ok {
		t.Error("a publication's name is not a focus")
	}
	res, err := e.Ask(context.Background(), Request{Question: "What did Witkoff say about the talks?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Citations) == 0 || res.Citations[0].Paragraph != 4 && res.Citations[0].Paragraph != 5 {
		t.Errorf("got %q citing %v, want Witkoff's paragraphs 4 or 5", res.Answer, res.Citations)
	}
}

func TestCentralityIsComputedOnceAtIndexTime(t *testing.T) {
	e := shipped(t)
	before := structuresBuilt.Load()
	for _, q := range wholeQuestions {
		if _, err := e.Ask(context.Background(), Request{Question: q}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if got := structuresBuilt.Load() - before; got != 0 {
		t.Errorf("asking %d whole-article questions computed the structure %d times, want 0 (it belongs to New)", len(wholeQuestions), got)
	}
	if _, err := New(context.Background(), e.art, Options{Logger: quiet}); err != nil {
		t.Fatal(err)
	}
	if got := structuresBuilt.Load() - before; got != 1 {
		t.Errorf("New computed the structure %d times, want 1", got)
	}
}

// BenchmarkAskSummary measures a summary of the shipped article, offline,
// end to end: classifying the question and picking from the ranking that
// New computed.
func BenchmarkAskSummary(b *testing.B) {
	e := shipped(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := e.Ask(ctx, Request{Question: "What is this article about?"}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAskWhoIsQuoted measures "who is quoted?" offline.
func BenchmarkAskWhoIsQuoted(b *testing.B) {
	e := shipped(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := e.Ask(ctx, Request{Question: "Who is quoted?"}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestQuotedOnlyInAFewWords: a speaker whose only quotation is a word or
// two is still quoted, and the list shows the sentence holding the words.
func TestQuotedOnlyInAFewWords(t *testing.T) {
	a, err := article.Parse("few.txt", []byte(strings.Join([]string{
		"Grain terminal says it can take the extra ships",
		"Tarrow Grain Terminal, run by a subsidiary of Calder Freight Group, said in a statement that it had “room to spare” for the extra grain.",
		"“We will be ready by March,” said Ines Barta, the terminal’s operations chief.",
	}, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), a, Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Ask(context.Background(), Request{Question: "Who is quoted?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Answer, "- Tarrow Grain Terminal") || !strings.Contains(res.Answer, "Ines Barta") {
		t.Errorf("got %q, want Tarrow Grain Terminal and Ines Barta listed", res.Answer)
	}
	checkCitations(t, e, res)
}
