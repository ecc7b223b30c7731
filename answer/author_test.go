package answer

import (
	"context"
	"strings"
	"testing"
)

func TestClassifyAuthorQuestions(t *testing.T) {
	for _, tc := range []struct {
		q     string
		whole bool
	}{
		{"Who wrote this article?", true},
		{"Who wrote this?", true},
		{"who wrote it", true},
		{"Who is the author?", true},
		{"who's the reporter", true},
		{"Whose article is this?", false}, // no author word: an ordinary question
		{"Who wrote the story?", true},
		{"Who wrote this fact-check?", true},
		{"Name the journalist", true},
		{"Byline?", true},
		{"Who reported this story?", true},
		{"Who wrote the report?", false},
		{"Who wrote the letter to the council?", false},
		{"Who is the author of the study?", false},
		{"Who wrote the bill?", false},
	} {
		w, ok := classifyWhole(tc.q, previous{})
		if got := ok && w.kind == authorQ; got != tc.whole {
			t.Errorf("%q: asks for the story's writer %v, want %v (kind %d)", tc.q, got, tc.whole, w.kind)
		}
	}
}

func TestAuthorFromTheByline(t *testing.T) {
	e := offlineEngine(t, "Ferry service to Tolland Isle cut to twice a week\n"+
		"By Odile Varga and Sam Petrou, Transport Desk\n"+
		"The Tolland Isle ferry will sail only on Mondays and Thursdays from next month, the operator said.\n"+
		"\"We cannot crew a daily boat,\" said Nils Harker, the operator's manager.\n")
	res, err := e.Ask(context.Background(), Request{Question: "Who wrote this article?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstained || !strings.Contains(res.Answer, "Odile Varga and Sam Petrou (transport desk)") {
		t.Errorf("got %q, want both writers with the byline's role", res.Answer)
	}
	if len(res.Sources) != 1 || res.Sources[0].Paragraph != 2 {
		t.Errorf("sources %+v, want the byline, ¶2", res.Sources)
	}
}

func TestAuthorFromAWireCreditLine(t *testing.T) {
	e := offlineEngine(t, "Grain talks stall over port fees\n"+
		"GENEVA (Wirewell) - Talks on grain shipments stalled on Monday over port fees, two delegates said.\n"+
		"\"Nobody has moved,\" said Ilse Brandt, a delegate.\n"+
		"Reporting by Sanna Virtanen in Tallinn; Editing by Hugo Marsh\n")
	res, err := e.Ask(context.Background(), Request{Question: "who wrote it?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Answer, "Sanna Virtanen") || strings.Contains(res.Answer, "Marsh") {
		t.Errorf("got %q, want the reporter and not the editor", res.Answer)
	}
	if len(res.Sources) != 1 || res.Sources[0].Paragraph != 4 {
		t.Errorf("sources %+v, want the credit line, ¶4", res.Sources)
	}
}

func TestAuthorNotNamed(t *testing.T) {
	e := offlineEngine(t, "Library opens on Sundays\n"+
		"The town library will open on Sundays from May, the council said on Tuesday.\n")
	res, err := e.Ask(context.Background(), Request{Question: "Who wrote this?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstained || len(res.Citations) != 0 {
		t.Errorf("got %q (abstained %v), want a refusal that says no writer is named", res.Answer, res.Abstained)
	}
}

func TestAuthorOfABookIsAPerson(t *testing.T) {
	// In a book review "the author" is the book's: the question is about
	// her, not about the review's byline.
	e := offlineEngine(t, "A quiet novel of the salt marshes\n"+
		"By Tam Okoro, Books Editor\n"+
		"The author, Mira Solberg, spent six winters on the marshes before writing a word.\n"+
		"\"I needed the cold in my hands,\" Solberg said.\n")
	if _, ok := e.wholeOf("Who is the author?", nil); ok {
		t.Errorf("\"Who is the author?\" of a book review is about the book's author, want an ordinary question")
	}
	if _, ok := e.wholeOf("Who wrote this review?", nil); !ok {
		t.Errorf("\"Who wrote this review?\" asks for the byline, want a whole-article question")
	}
}
