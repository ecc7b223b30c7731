package answer

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestZZDebug dumps the answerability signals (DEBUG_ART=path.txt DEBUG_Q=question).
func TestZZDebug(t *testing.T) {
	path, q := os.Getenv("DEBUG_ART"), os.Getenv("DEBUG_Q")
	if path == "" {
		t.Skip()
	}
	a := evalSetArticle(t, strings.TrimSuffix(path, ".txt")+".questions.jsonl")
	e, err := New(context.Background(), a, Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range strings.Split(q, "|") {
		r, err := e.retrieve(context.Background(), q, e.sources)
		if err != nil {
			t.Fatal(err)
		}
		cands := e.candidates(r)
		f := e.focusOf(q, r.speakers)
		want := questionType(q)
		v := e.judge(q, cands, f)
		fmt.Printf("Q %s  type=%v terms=%v answerable=%v\n", q, want, f.terms, v)
		if len(f.terms) == 0 && want == personType {
			want = anyType
		}
		unseen := f.unseen()
		for i, c := range cands {
			if i == maxJudged {
				break
			}
			about := e.aboutEntity(f, c) || e.aboutRelative(f, c)
			x := e.signals(q, c, f, want, unseen)
			txt := c.sent.Text
			if len(txt) > 110 {
				txt = txt[:110]
			}
			fmt.Printf(" p=%.2f about=%v ¶%d %s\n   %.2v\n", probability(x), about, c.sent.Para, txt, x)
		}
	}
}

func TestZZAsked(t *testing.T) {
	path, q := os.Getenv("DEBUG_ART"), os.Getenv("DEBUG_Q")
	if path == "" {
		t.Skip()
	}
	a := evalSetArticle(t, strings.TrimSuffix(path, ".txt")+".questions.jsonl")
	e, _ := New(context.Background(), a, Options{Logger: quiet})
	m := askedQ.FindStringSubmatch(whPhrase(q))
	fmt.Println(m)
	subject := afterPossessive(strings.Fields(m[1]))
	fmt.Println(subject, personal(subject), e.quotes.Named(strings.Join(subject, " ")))
	own, first := e.askerWords(subject)
	fmt.Println(own, first, e.neverAsked(q))
}

func TestZZVerb(t *testing.T) {
	q := os.Getenv("DEBUG_Q")
	if q == "" {
		t.Skip()
	}
	fmt.Println(questionVerb(q), questionTokens(q))
}
