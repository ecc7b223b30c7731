package quotes

import (
	"strings"

	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// headlineRole reads a feature headline that describes its subject by role
// instead of by name, "The architect who wants to build a town out of
// earth", and gives that role to the first person the lead paragraph
// names, whom such a headline is about.
func (b *builder) headlineRole() {
	var head *article.Paragraph
	for i := range b.a.Paragraphs {
		if b.a.Paragraphs[i].N == 1 {
			head = &b.a.Paragraphs[i]
		}
	}
	if head == nil || head.Kind == article.Body || len(b.paras) == 0 {
		return
	}
	words := strings.Fields(head.Text)
	if len(words) < 3 || words[0] != "The" && words[0] != "A" && words[0] != "An" {
		return
	}
	who := -1
	for i := 1; i < len(words) && i <= 4; i++ {
		if w := strings.ToLower(words[i]); w == "who" || w == "whose" {
			who = i
			break
		}
	}
	if who < 2 || !lexicon.IsRole(fuzzy.Fold(words[who-1])) {
		return
	}
	role := strings.ToLower(strings.Join(words[1:who], " "))
	lead := b.paras[0]
	for _, m := range lead.ments {
		if m.ent != nil && m.ent.kind == Person && lead.toks[m.lo].quote < 0 {
			m.ent.addRole(role)
			return
		}
	}
}
