package answer

import (
	"fmt"
	"regexp"
	"strings"

	"articlebot/lexicon"
	"articlebot/quotes"
)

// Who wrote a story is among the first things a reader asks of it, and no
// passage resembles the question: the answer is the byline ("By Ada Lim,
// Ports Reporter") or a wire story's credit line ("Reporting by Ada Lim;
// Editing by Tom Berg"), which the quotation index reads (quotes.Writers).

// authorAsk and authorCue together ask for the story's writer: "who wrote
// this?", "who is the author?", "whose article is this?", "name the
// reporter". A byline ("byline?") asks for it on its own.
const (
	authorAsk = `\b(?:who|whom|whose|name|names)\b`
	authorCue = `\b(?:wrote|written|writes|authored|penned|authors?|writers?|reporters?|reported|journalists?|correspondents?)\b`
)

// authorObject is what a question asks the writer of, when it names
// anything: the article itself ("this", "it", "this report", "the
// article", "the story", "the piece"). "Who wrote the report?" and "who
// wrote the letter?" ask about something the story tells of, and are
// ordinary questions.
var authorObject = regexp.MustCompile(`\b(?:wrote|written|writes|authored|penned|author|authors|writer|writers|reporter|reporters|reported|journalist|journalists|correspondent|correspondents)\s+(?:of\s+|on\s+|for\s+|behind\s+)?(?:this|these|that|it|the\s+(?:article|story|piece|text|post|news\s+story|factcheck|column|op\s+ed))\b`)

// ofTheArticle reports whether a normalised author question asks about the
// article: it names nothing after its author word ("who is the author?")
// or names the article (authorObject).
func ofTheArticle(n string) bool {
	if authorObject.MatchString(n) {
		return true
	}
	loc := authorWord.FindAllStringIndex(n, -1)
	if len(loc) == 0 {
		return true // "byline?"
	}
	after := strings.Fields(n[loc[len(loc)-1][1]:])
	for _, w := range after {
		if !frameWords[w] || articleNoun[w] {
			return false
		}
	}
	return true
}

// authorWord is authorCue on its own, to find where the author word ends.
var authorWord = regexp.MustCompile(authorCue)

// articleNoun are the frame words that name a document: after an author
// word without "this" ("who wrote the report?") they are a thing the story
// tells of.
var articleNoun = map[string]bool{
	"article": true, "articles": true, "story": true, "stories": true, "piece": true,
	"report": true, "text": true, "post": true, "page": true, "document": true,
	"profile": true, "interview": true, "column": true, "feature": true, "analysis": true,
	"review": true, "editorial": true, "obituary": true, "explainer": true, "dispatch": true,
	"opinion": true, "blog": true, "bulletin": true, "release": true, "releases": true,
	"press": true, "announcement": true, "transcript": true, "factcheck": true,
}

// authorIsAPerson reports whether the press noun a question uses ("who is
// the author?") is the role of someone the story is about, a book's author
// or a rival paper's reporter, rather than of its writer: then the question
// is an ordinary one about that person.
func (e *Engine) authorIsAPerson(q string) bool {
	writers := map[string]bool{}
	for _, w := range e.quotes.Writers() {
		writers[w.Name] = true
	}
	for _, word := range strings.Fields(normalizeWhole(q)) {
		noun := strings.TrimSuffix(word, "s")
		if !lexicon.PressRoles.Has(noun) {
			continue
		}
		for _, sp := range e.quotes.Speakers() {
			if writers[sp.Name] {
				continue
			}
			for _, r := range sp.Roles {
				if f := strings.Fields(r); len(f) > 0 && f[len(f)-1] == noun {
					return true
				}
			}
		}
	}
	return false
}

// authorAnswer names the story's writers and cites the byline or credit
// line that names them. A web page's byline that is not in its text is
// given but cannot be cited; a story that names no writer says so.
func (e *Engine) authorAnswer() Result {
	res := Result{Mode: Extractive, Citations: []Citation{}, Sources: []Source{}, Warnings: []string{}}
	writers := e.quotes.Writers()
	if len(writers) == 0 {
		if by := strings.TrimSpace(e.art.Meta.Byline); by != "" {
			res.Answer = fmt.Sprintf("The page gives its byline as: %s", by)
			return res
		}
		res.Abstained = true
		res.Answer = "The article doesn't say: it names no writer (no byline or credit line)."
		return res
	}
	var parts []string
	for i := 0; i < len(writers); {
		j := i
		for j < len(writers) && writers[j].Paragraph == writers[i].Paragraph {
			j++
		}
		p, _ := e.art.Paragraph(writers[i].Paragraph)
		n := res.cite(p.N, p.Text, p.Start, p.End, 1)
		parts = append(parts, fmt.Sprintf("%s [%d]", writerNames(writers[i:j]), n))
		i = j
	}
	res.Answer = fmt.Sprintf("The article is by %s.", strings.Join(parts, "; "))
	return res
}

// writerNames names the writers of one byline with the role it gives,
// once when they share it ("Ada Lim and Tom Berg (ports desk)"), else
// each with their own; a byline that gives no role names the writer alone.
func writerNames(ws []quotes.Writer) string {
	role := func(w quotes.Writer) string {
		if len(w.Roles) > 0 && !lexicon.WriterRoles.Has(w.Roles[0]) {
			return w.Roles[0]
		}
		return ""
	}
	shared := role(ws[0])
	names := make([]string, len(ws))
	for i, w := range ws {
		names[i] = w.Name
		if role(w) != shared {
			shared = ""
		}
	}
	if shared != "" || len(ws) == 1 {
		if shared == "" {
			return names[0]
		}
		return fmt.Sprintf("%s (%s)", joinNames(names), shared)
	}
	for i, w := range ws {
		if r := role(w); r != "" {
			names[i] = fmt.Sprintf("%s (%s)", w.Name, r)
		}
	}
	return joinNames(names)
}

// joinNames joins names as a reader writes them: "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
