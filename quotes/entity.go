package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// entity is a person or organisation named in the article.
type entity struct {
	name       string
	kind       Kind
	words      []string // the canonical name's words
	aliases    []string // surface forms seen, in order
	first      int      // paragraph of the first mention
	firstAt    int      // offset of the first mention
	introAt    int      // offset of the mention that introduced it
	gender     byte     // 'm', 'f' or 0 when unknown
	sexSeen    byte     // while noteGenders reads the article: 'm', 'f', 'x' for both, or 0
	sexGuessed bool     // gender came from a pronoun after the name (noteGenders), which a gendered role outweighs
	quotes     int
	statements int
	forms      []form          // ways to write the name, for lookups
	roles      []string        // what the article says the person is: "mayor", "the owner of a bicycle shop"
	rels       []role          // the roles with their head nouns and owners
	roleWords  map[string]bool // the roles' folded words, for lookups by role
	bare       int             // uses of a shared surname alone that refer to this person
	refs       []int           // offsets where the article names or describes the entity, in order
	described  []int           // the offsets of refs that are descriptions by role ("the foreign minister")
	head       string          // an organisation's folded head noun (nameHead), noted by noteHeads
	titles     []string        // the titles its mentions carry ("Capt", "Reader")
	nicks      []string        // nicknames in quotation marks ("The Hammer")
	posts      []string        // post-nominal letters its mentions carry ("KC", "OBE MBE")
	gen        string          // "senior" or "junior" after a namesake's name
	seniority  int8            // +1 the elder, -1 the younger of namesakes told apart by kin roles or ages (markSeniority)
	sents      int             // sentences attributed so far that refer to it (noteSubjects), for salience
	lastSent   int             // the last of those sentences
	wire       bool            // credited by a dateline as the story's agency (markWire), which no description means
	credited   bool            // named only by a byline or a credit line: the story's writer or a credit, whom no sentence is about
	wrote      bool            // named by the byline: the story's writer, whom any journalist's role finds when nobody else holds it
	wroteIn    int             // the paragraph of the byline, or of the credit line ("Reporting by …"), that names it as the story's writer (Writers)
}

// nameHead returns the folded noun an organisation's name is headed by:
// the word before "of" ("chamber" for the Marlow Chamber of Commerce), else
// its last word ("trust" for the Fenwick Trust).
// The builder notes it once names are resolved, and the index once more
// when it freezes (noteHeads); reading it never writes, so lookups may run
// at once.
func (e *entity) nameHead() string {
	if e.head != "" {
		return e.head
	}
	return headNoun(e.name)
}

// headNoun returns the folded head noun of an organisation's name (see
// nameHead).
func headNoun(name string) string {
	if head, _, ok := strings.Cut(name, " of "); ok {
		name = head
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return fuzzy.Fold(name)
}

// noteHeads notes the head noun of each organisation's name not noted
// yet (names are final once resolved).
func noteHeads(es []*entity) {
	for _, e := range es {
		if e.kind == Organisation && e.head == "" {
			e.head = headNoun(e.name)
		}
	}
}

// aliasesCanonicalFirst returns the aliases with the canonical name first:
// a fuller form of a name may be seen after a shorter one.
func (e *entity) aliasesCanonicalFirst() []string {
	out := []string{e.name}
	for _, a := range e.aliases {
		if a != e.name {
			out = append(out, a)
		}
	}
	return out
}

// addTitle notes a title a mention of the entity carries.
func (e *entity) addTitle(t string) {
	if t != "" && !slices.Contains(e.titles, t) {
		e.titles = append(e.titles, t)
	}
}

// addPost notes post-nominal letters a mention of the entity carries.
func (e *entity) addPost(p string) {
	if p != "" && !slices.Contains(e.posts, p) {
		e.posts = append(e.posts, p)
	}
}

// addAlias records a surface form of the name.
func (e *entity) addAlias(s string) {
	for _, a := range e.aliases {
		if a == s {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

// surname returns the family name of a person's words: from the first
// particle on ("von der Leyen"), else the last word before any suffix.
func surname(words []string) []string {
	for len(words) > 1 && (lexicon.Suffixes.Has(words[len(words)-1]) || lexicon.Seniority(words[len(words)-1]) != 0) {
		words = words[:len(words)-1]
	}
	// A name that opens with a particle is a surname already ("van der
	// Berg said", "Van der Berg said" opening a sentence): its second
	// particle starts nothing new.
	if len(words) > 0 && (lexicon.Particles.Has(words[0]) || len(words) > 2 && isParticle(words[0]) && isParticle(words[1])) {
		return words
	}
	for i := 1; i < len(words)-1; i++ {
		if lexicon.Particles.Has(words[i]) {
			return words[i:]
		}
	}
	return words[len(words)-1:]
}

// isParticle reports whether w is a name particle in any case: "van",
// "De" opening a sentence, "Ní".
func isParticle(w string) bool {
	return lexicon.Particles.Has(w) || lexicon.Particles.HasLower(w)
}

// sameGiven reports whether two first names (or initials) can be one person's.
func sameGiven(a, b string) bool {
	a, b = fuzzy.Fold(trimDot(a)), fuzzy.Fold(trimDot(b))
	if a == b {
		return true
	}
	if len([]rune(a)) == 1 {
		return strings.HasPrefix(b, a)
	}
	if len([]rune(b)) == 1 {
		return strings.HasPrefix(a, b)
	}
	return false
}

// nickGiven reports whether a name's first word is e's one-word nickname:
// "Buck Teague" after Raymond ‘Buck’ Teague.
func nickGiven(a string, e *entity) bool {
	for _, n := range e.nicks {
		if !strings.Contains(n, " ") && fuzzy.Fold(n) == fuzzy.Fold(a) {
			return true
		}
	}
	return false
}

// speaker returns the exported view of e.
func (e *entity) speaker() Speaker {
	return Speaker{
		Name:       e.name,
		Kind:       e.kind,
		Aliases:    e.aliasesCanonicalFirst(),
		Quotes:     e.quotes,
		Statements: e.statements,
		First:      e.first,
		Roles:      append([]string(nil), e.roles...),
	}
}
