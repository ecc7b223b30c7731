package answer

import (
	"slices"
	"strings"
)

// A report goes on about its subject by what they are: "Ada Roe scored
// twice. The forward, bought last winter, has netted 17 times." The second
// sentence names no one, and its "the striker" is Roe, though the article
// never calls her a striker where the quotation index could read it as
// her role.

// describedOf reports whether a sentence opens with "The" and a noun for
// a person ("The striker", "The 23-year-old") and names no one, after a
// sentence (in its paragraph or ending the one before) whose subject is a
// person the question names.
func (e *Engine) describedOf(f focus, c candidate) bool {
	ws := strings.Fields(c.sent.Text)
	if len(ws) < 3 || ws[0] != "The" || len(f.speakers) == 0 {
		return false
	}
	noun := strings.ToLower(trimWord(ws[1]))
	if !personNoun(noun) && !strings.HasSuffix(noun, "-year-old") {
		return false
	}
	if len(e.quotes.PeopleIn(c.sent.ID)) > 0 || len(e.quotes.Mentioned(c.sent.Text)) > 0 {
		return false
	}
	id := c.sent.ID - 1
	if id < 0 || e.art.Sentences[id].Para < c.sent.Para-1 {
		return false
	}
	people := e.quotes.PeopleIn(id)
	return len(people) > 0 && slices.Contains(f.speakers, people[0])
}
