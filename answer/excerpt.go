package answer

import (
	"regexp"
	"strings"

	"articlebot/article"
	"articlebot/lexicon"
	"articlebot/quotes"
)

// maxExcerptWords bounds a quotation or statement shown for one speaker in
// a list of speakers, so that the list of the shipped article's 12
// speakers, with the role of each, stays readable: a longer one is cut at
// a word with "…", which the quotation checks accept as words left out.
const maxExcerptWords = 15

// excerpt returns what to write after a speaker's name: one short
// quotation in quotation marks, or failing that one reported statement,
// with the sentence it comes from. It prefers a quotation short enough to
// show whole, then what is most central to the article.
func (e *Engine) excerpt(sp quotes.Speaker) (string, article.Sentence, bool) {
	qs := e.quotes.QuotesBy(sp.Name)
	var ids, whole []int // whole: quotations short enough to show whole
	byID := map[int]quotes.Quote{}
	for _, q := range qs {
		n := len(strings.Fields(q.Text))
		if !lexicon.LongEnough(q.Text) {
			continue // a word or two is a label, not something said
		}
		if _, ok := byID[q.Sentence]; !ok {
			ids = append(ids, q.Sentence)
			byID[q.Sentence] = q
			if n <= maxExcerptWords {
				whole = append(whole, q.Sentence)
			}
		}
	}
	id := e.structure.rank.Central(whole)
	if id < 0 {
		id = e.structure.rank.Central(ids)
	}
	if id >= 0 {
		return ": “" + shorten(strings.TrimRight(inSentence(byID[id], e.art.Sentences[id]), ",;:"), maxExcerptWords) + "”", e.art.Sentences[id], true
	}
	ids = ids[:0]
	verbs := map[int]string{}
	for _, st := range e.quotes.StatementsBy(sp.Name) {
		ids = append(ids, st.Sentence)
		verbs[st.Sentence] = st.Verb
	}
	if id := e.structure.rank.Central(ids); id >= 0 {
		s := e.art.Sentences[id]
		if rest, ok := predicate(s.Text, verbs[id], sp.Aliases); ok {
			return rest, s, true
		}
		return ": " + shorten(e.withReferent(s), maxExcerptWords), s, true
	}
	if len(qs) > 0 {
		// Quoted only in a word or two ("said it had “ample
		// capacity”"): still quoted, so shown by the sentence that
		// holds the words.
		s := e.art.Sentences[qs[0].Sentence]
		return ": " + shorten(e.withReferent(s), maxExcerptWords), s, true
	}
	return "", article.Sentence{}, false
}

// subjectPronoun matches a pronoun that opens a sentence as its subject.
var subjectPronoun = regexp.MustCompile(`^(He|She|They|It)\b`)

// predicate returns what a reported statement says its speaker did, from
// the speech verb on ("said a ceasefire could benefit Russia."), when the
// words before the verb are only the speaker (a name or pronoun, with any
// description), so the list can put the speaker's name in their place.
func predicate(text, verb string, aliases []string) (string, bool) {
	if verb == "" {
		return "", false
	}
	i := strings.Index(text, " "+verb+" ")
	if i < 0 {
		return "", false
	}
	subject := strings.TrimPrefix(text[:i], "The ")
	named := subjectPronoun.MatchString(subject) && len(strings.Fields(subject)) == 1
	for _, al := range aliases {
		named = named || strings.HasPrefix(subject, al)
	}
	if !named {
		return "", false
	}
	return " " + shorten(text[i+1:], maxExcerptWords), true
}

// firstMention returns the first sentence that names a speaker.
func (e *Engine) firstMention(sp quotes.Speaker) (article.Sentence, bool) {
	for _, s := range e.art.Sentences {
		if s.Para < sp.First {
			continue
		}
		for _, al := range sp.Aliases {
			if strings.Contains(s.Text, al) {
				return s, true
			}
		}
	}
	return article.Sentence{}, false
}

// inSentence returns the part of quotation q inside sentence s, which the
// excerpt cites: a quotation of several sentences is cut after the first,
// with "…" for the rest, so that what is shown is what is cited.
func inSentence(q quotes.Quote, s article.Sentence) string {
	if q.End <= s.End || s.End <= q.Start {
		return q.Text
	}
	return strings.TrimRight(strings.TrimSpace(q.Text[:s.End-q.Start]), ".") + "…"
}

// shorten cuts text after n words, marking the cut with "…".
func shorten(text string, n int) string {
	words := strings.Fields(text)
	if len(words) <= n {
		return text
	}
	return strings.TrimRight(strings.Join(words[:n], " "), ",;:–—-") + "…"
}
