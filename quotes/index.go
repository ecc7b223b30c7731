// Package quotes finds, without a language model, who said what in an
// article: direct quotations with their speakers, reported speech, and the
// people and organisations named, with canonical names and a fuzzy lookup
// that tolerates the spellings users type.
//
// The rules are general: word lists name kinds of words (titles, speech
// verbs, organisation heads), never particular people.
package quotes

import (
	"articlebot/article"
)

// Quote is a direct quotation.
type Quote struct {
	// Speaker is the canonical name of who said it ("Steve Witkoff",
	// "White House"), a group ("U.S. officials"), or "" when the article
	// does not say.
	Speaker string
	// Text is exactly the article's text from Start to End: the words
	// inside the quotation marks, trimmed of space and of a trailing comma.
	Text      string
	Paragraph int
	// Sentence is the ID of the sentence holding the quotation's start.
	Sentence   int
	Start, End int
	// Partial is set for a fragment woven into a sentence: She called it
	// “a very small step forward.”
	Partial bool
}

// Statement is reported (indirect) speech: a sentence in which a named
// speaker said, warned, argued … something without a direct quotation.
type Statement struct {
	Speaker string
	// Verb is the speech verb in lower case: "said", "called for",
	// "according to".
	Verb string
	// Text is the whole sentence, verbatim.
	Text      string
	Paragraph int
	Sentence  int
}

// Kind tells people from organisations.
type Kind int

const (
	// Person is a named human being.
	Person Kind = iota
	// Organisation is a named institution, company or government that
	// speaks as one ("White House", "Kremlin"); a country or city that
	// "says" something is one too.
	Organisation
)

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if k == Organisation {
		return "organisation"
	}
	return "person"
}

// Speaker is a person or organisation named in the article.
type Speaker struct {
	// Name is the canonical name: the fullest form used, without titles.
	Name string
	Kind Kind
	// Aliases are the forms the article uses, canonical first
	// ("Volodymyr Zelenskiy", "Zelenskiy", "Zelenskyy").
	Aliases    []string
	Quotes     int
	Statements int
	// First is the number of the first paragraph that names the speaker.
	First int
	// Roles are what the article says a person is, in its words: "mayor",
	// "the owner of a bicycle shop near Fifth Street", "chair of the
	// council's transportation committee".
	Roles []string
}

// Index holds the quotations, statements and speakers of one article. It
// is read-only after Build and safe for concurrent use.
type Index struct {
	quotes     []Quote
	statements []Statement
	speakers   []*entity
	unnamed    []*entity // unnamed sources that speak and organisations cited without a name, found by role only
	bySentence map[int][]string
	// about holds, by sentence, the people the sentence is about, its
	// subject first, with a leading pronoun resolved ("Her broth takes 11
	// hours" is about the woman named before).
	about    map[int][]string
	ordinary map[string]bool // lower-case words of the article, never names
	capitals map[string]bool // capitalised words the article writes inside a sentence, as written
}

// Quotes returns the direct quotations in article order.
func (ix *Index) Quotes() []Quote { return append([]Quote(nil), ix.quotes...) }

// Statements returns the reported speech in article order.
func (ix *Index) Statements() []Statement { return append([]Statement(nil), ix.statements...) }

// Speakers returns everyone the article names, people and organisations,
// whether quoted or not: the most quoted first, then by first appearance.
func (ix *Index) Speakers() []Speaker {
	out := make([]Speaker, 0, len(ix.speakers))
	for _, e := range ix.speakers {
		out = append(out, e.speaker())
	}
	return out
}

// QuotesBy returns the quotations of the named speaker, given by canonical
// name or by anything Lookup accepts.
func (ix *Index) QuotesBy(name string) []Quote {
	canon := ix.canonical(name)
	var out []Quote
	for _, q := range ix.quotes {
		if q.Speaker != "" && q.Speaker == canon {
			out = append(out, q)
		}
	}
	return out
}

// StatementsBy returns the reported speech of the named speaker.
func (ix *Index) StatementsBy(name string) []Statement {
	canon := ix.canonical(name)
	var out []Statement
	for _, s := range ix.statements {
		if s.Speaker != "" && s.Speaker == canon {
			out = append(out, s)
		}
	}
	return out
}

// canonical returns the speaker name that name refers to: itself when it
// is a speaker's name or a group's, or the description of an unnamed
// source some quotation or statement is attributed to ("a resident", not
// the named chair of the residents' group a lookup by role finds), else
// the Lookup result.
func (ix *Index) canonical(name string) string {
	for _, e := range ix.speakers {
		if e.name == name {
			return name
		}
	}
	for _, q := range ix.quotes {
		if q.Speaker == name {
			return name
		}
	}
	for _, s := range ix.statements {
		if s.Speaker == name {
			return name
		}
	}
	if s, ok := ix.Lookup(name); ok {
		return s.Name
	}
	return name
}

// SpeakersIn returns the speakers of the quotations and statements in a
// sentence, in order.
func (ix *Index) SpeakersIn(sentenceID int) []string {
	return append([]string(nil), ix.bySentence[sentenceID]...)
}

// PeopleIn returns the people a sentence is about, its subject first: the
// people it names outside quotations, the person its leading "he", "she",
// "his" or "her" stands for, the one a role picks out ("The captain, who
// …"), and its speakers.
func (ix *Index) PeopleIn(sentenceID int) []string {
	return append([]string(nil), ix.about[sentenceID]...)
}

// Build indexes the quotations, reported speech and names of a.
func Build(a *article.Article) *Index {
	return Tokenise(a).Build()
}

// Tokenised is an article whose paragraphs are tokenised, its quotations
// not yet attributed: the two halves of Build, for a caller that has other
// work for the cores while the second runs.
type Tokenised struct{ b *builder }

// Tokenise tokenises the paragraphs of a, on every core. On a 4.5 MB
// article it is about 40 % of Build's CPU; the passes Build runs after it
// use mostly one core.
func Tokenise(a *article.Article) *Tokenised {
	return &Tokenised{b: newBuilder(a)}
}

// Build attributes the quotations and statements and returns the index.
// It is called once.
func (t *Tokenised) Build() *Index {
	t.b.run()
	return t.b.index()
}
