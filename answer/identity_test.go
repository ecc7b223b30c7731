package answer

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// A made-up rowing club story whose chair is named once, with the role
// in a relative clause.
const identityStory = `Rowers back a new boathouse
Members of the Lindqvist Rowing Club have backed plans for a timber boathouse on the east bank of the river.

The vote, held in the clubhouse on Tuesday night, passed by 140 to 33, and the council will consider the plans in March.

"The old shed floods every winter and the boats deserve better," said Nina Holt, who has been chair of the club since 2021.

Holt said the club hoped to raise the rest from a sponsored row in the spring.`

// TestIdentityQuestionAnswered checks that "Who is chair of …?" is
// answered by the sentence that names the one person the article gives
// that role, though the question's role already resolves to him: the
// role's words are what the answer must hold, not words about him.
func TestIdentityQuestionAnswered(t *testing.T) {
	e := offlineEngine(t, identityStory)
	res, err := e.Ask(context.Background(), Request{Question: "Who is chair of the rowing club?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstained || !strings.Contains(res.Answer, "Nina Holt") {
		t.Errorf("got %q (abstained %v), want the sentence naming Nina Holt", res.Answer, res.Abstained)
	}
}

// TestIdentityQuestionKeepsRoleWords checks that the role a question of
// identity asks about stays among the words an answer must hold, though
// the quotation index resolves it to the one person who holds it: asked
// "Who is chair of the rowing club?", a sentence about Nina Holt that
// never calls her chair does not answer.
func TestIdentityQuestionKeepsRoleWords(t *testing.T) {
	e := offlineEngine(t, identityStory)
	q := "Who is chair of the rowing club?"
	r, err := e.retrieve(context.Background(), q, e.sources)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(r.speakers, "Nina Holt") {
		t.Fatalf("the question names %q, want Nina Holt by her role", r.speakers)
	}
	f := e.focusOf(q, e.askedAbout(q, r.speakers))
	held := false
	for _, ft := range f.terms {
		held = held || ft.word == "chair"
	}
	if !held {
		t.Errorf("focus terms %v: want chair among them", f.terms)
	}
}
