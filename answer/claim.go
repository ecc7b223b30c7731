package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/fuzzy"
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// claimInfo is what the gate reads of a claim.
type claimInfo struct {
	text    string
	terms   []string
	weights []float64
	total   float64
	figures []float64
	rough   []rounding // how the claim qualifies each figure ("about 2 million")
	times   []timedFigure
	names   []string
	// nameMasks are the terms of each name, as masks over terms: a name
	// found by reference ("he") covers its words.
	nameMasks []uint64
	negated   bool
	// cause says the claim gives a cause ("because", "led to").
	cause bool
	// negMask are the terms the claim itself negates ("months, not
	// years"; "rather than years").
	negMask  uint64
	masks    map[int]uint64 // sentence ID → terms it holds
	variants [][]string     // other forms of each term
	// matches maps each article term to the mask of the claim's terms it
	// stands for (the same stem, a variant, a close spelling), worked out
	// once per claim over the article's vocabulary rather than once per
	// sentence.
	matches map[string]uint64
	// subject is the name the claim opens with, if it opens with one.
	subject string
	// stranger is a proper noun the article never uses ("Istanbul"): no
	// passage can support a claim that names it.
	stranger string
	// weak maps an article term to the claim terms WordNet relates it to
	// (see wordnetMatches); weakMasks caches them per sentence.
	weak      map[string]uint64
	weakMasks map[int]uint64
	// weakNear is weak for the claim words the article has in some form
	// ("attorney" in one paragraph, where the cited one says "lawyer"):
	// credited only in the claim's nearest paragraph, where a relation is
	// evidence rather than chance; weakNearMasks caches them.
	weakNear      map[string]uint64
	weakNearMasks map[int]uint64
	// heads maps an article sentence to the claim's verbs of leading a
	// title of office there states (see headMatches), and to the claim's
	// words its phrasal verbs mean (see phrasalWindowMatches);
	// weakHeads those its phrasal verbs mean by WordNet.
	heads, weakHeads map[int]uint64
	// memo caches what checks work out from the claim's text alone (see
	// memo).
	memo map[string]any
	// lead is the paragraph that leads every other in support of the
	// claim by leadMargin, or 0 (see leadParagraph).
	lead int
	// nearest is the body paragraph with the window that passes the
	// hard checks at the highest coverage, margin or not, or 0.
	nearest int
	// nearGap is how far the nearest paragraph's coverage leads the
	// next one's.
	nearGap float64
	// soft maps an article term to the claim terms it stands close to by
	// word vectors; contrast maps an article word to the claim words it
	// contradicts; words are the claim's lower-cased words; quantity the
	// classes of quantity and of relation it uses (see softmatch.go).
	soft     map[string][]softHit
	contrast map[string][]string
	words    map[string]bool
	quantity [][]string
	// causeMask are the terms of the cause the claim names, read once
	// (causeRead) by causeChanged.
	causeMask uint64
	causeRead bool
	// gerund are the claim words followed by an "-ing" verb ("keeps
	// losing"), whose opposites count only in the same frame.
	gerund map[string]bool
	// compound are the claim words used only inside hyphenated compounds,
	// with their partners ("long" in "a long-distance flight").
	compound map[string][]string
	// anchors are the claim's places, bodies and offices (see anchors.go).
	anchors []string
	// anchorSyn are the WordNet synonyms of the claim's offices among its
	// anchors (see anchorNear).
	anchorSyn map[string][]string
	// capitals are the claim's words in order (see swappedName),
	// worked out on first use.
	capitals []capitalWord
	// anchoredIn memoises anchored by paragraph.
	anchoredIn map[int]bool
	// figMask are the terms that spell the claim's figures, credited
	// when the figures match; currency the currency words among them
	// (see figureterms.go).
	figMask, unitMask uint64
	// eras are the decades and centuries the claim names (eras.go).
	eras     []era
	currency map[int]string
	// realized are the terms the claim states as done ("fined"), which a
	// passage must not state only as possible (see modality.go).
	realized uint64
	// binds are the claim's figures with the words beside them (see
	// figurebind.go).
	binds []figureBind
	// lefts are the claim's figures with the word right before each (see
	// figure_nearest.go).
	lefts []figureBind
	// wideOpp maps a claim term to the article terms opposed to it (see
	// oppositeSwapped), worked out on first use.
	wideOpp map[string]map[string]bool
	// verb is the index of the claim's first term after its subject, or
	// -1 (see swappedRoles).
	verb int
	// roleMasks are, for the names a claim gives only by a role ("the
	// governor"), the terms of the role (see roleNames).
	roleMasks map[string]uint64
	// known are the terms the article uses in some form (see ownWords).
	known uint64
	// pairs are the claim's scores and tallies (see scores.go).
	pairs []scorePair
	// negVerb is the term a negative claim denies, or -1 (see
	// negated_verb.go).
	negVerb int
	// bodies are the terms that name a body by its kind ("the firm",
	// "her team"), which a quotation's "we" states (see ourvoice.go).
	bodies uint64
}

// maxClaimTerms caps the terms of a claim that are weighed (a 64-bit mask).
const maxClaimTerms = 64

func (e *Engine) claimInfo(text string) *claimInfo {
	ix := e.evidence.get(e.art, e.quotes)
	text = withoutAnswerWord(text)
	eras := eraPhrases(text)
	figs, rough := figuresOf(oneCounted(withoutEras(text, eras)))
	c := &claimInfo{text: text, figures: figs, rough: rough, times: timedFigures(oneCounted(withoutEras(text, eras))), eras: eras, names: e.namesIn(text),
		negated: negative(text), cause: causeClaim.MatchString(text), masks: map[int]uint64{}, anchoredIn: map[int]bool{}}
	for _, t := range distinct(retrieval.Terms(text)) {
		if metaWords[t] || len(c.terms) == maxClaimTerms {
			continue
		}
		w := ix.weight(t)
		c.variants = append(c.variants, variantsOf(t))
		c.terms = append(c.terms, t)
		c.weights = append(c.weights, w)
		c.total += w
	}
	c.negVerb = negatedVerb(c)
	c.matches = map[string]uint64{}
	for i, t := range c.terms {
		numeric := isNumberish(t)
		for _, h := range ix.allTerms {
			if matchOne(t, h, numeric) {
				c.matches[h] |= 1 << i
			}
		}
		for _, v := range c.variants[i] {
			c.matches[v] |= 1 << i
		}
		for _, h := range ix.baseOf[t] {
			c.matches[h] |= 1 << i
		}
	}
	for i := range c.terms {
		if c.hasMatch(i, ix) {
			c.known |= 1 << i
		}
	}
	// Inflections a stemmer leaves apart: "buses" is "bus".
	for _, w := range lowerWords(text) {
		t, i := c.termOf(w)
		if i < 0 {
			continue
		}
		for _, b := range lexicon.BaseForms(w) {
			if bt := retrieval.Terms(b); len(bt) == 1 && bt[0] != t {
				if _, ok := ix.idf[bt[0]]; ok {
					c.matches[bt[0]] |= 1 << i
				}
				for _, h := range ix.baseOf[bt[0]] {
					c.matches[h] |= 1 << i
				}
			}
		}
	}
	// A place's adjective stands for the place: "English" for "England".
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,;:!?()[]\"“”‘’'")
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		ts := retrieval.Terms(w)
		if len(ts) != 1 || indexOf(c.terms, ts[0]) < 0 {
			continue
		}
		if p := e.vocab.claimPlace(fuzzy.Fold(w)); p != "" {
			for _, pt := range retrieval.Terms(p) {
				c.matches[pt] |= 1 << indexOf(c.terms, ts[0])
			}
		}
	}
	e.initialMatches(c, text)
	for _, t := range negatedTerms(text) {
		if i := indexOf(c.terms, t); i >= 0 {
			c.negMask |= 1 << i
		}
	}
	if !c.negated {
		c.negMask |= privativeObjects(c, text)
	}
	if len(c.figures) > 0 {
		c.figMask, c.unitMask, c.currency = figureWordMask(c, text)
		c.binds = figureBinds(c, text)
		c.lefts = figureLefts(c, text)
	}
	c.figMask |= eraWordMask(c, text)
	c.realized = realizedMask(c, text)
	c.bodies = bodyTerms(c, text)
	c.pairs = scorePairs(text, pairRe)
	c.weak, c.weakMasks = map[string]uint64{}, map[int]uint64{}
	c.weakNear, c.weakNearMasks = map[string]uint64{}, map[int]uint64{}
	e.wordnetMatches(c, text)
	e.derivedMatches(c, text)
	e.lightVerbMatches(c, text)
	e.softMatches(c, text)
	// After the soft matches: a phrase's words keep their word vectors.
	e.phraseMatches(c, text)
	e.phrasalWindowMatches(c)
	c.nameMasks = e.nameMasks(c)
	c.subject = e.subject(text, c.names)
	e.headMatches(c, text)
	e.officeMatches(c, text)
	e.roleNames(c, text)
	c.nameMasks = e.nameMasks(c)
	c.verb = claimVerb(c, text)
	c.anchors = e.anchors(c, text)
	c.stranger = e.stranger(text)
	c.lead = e.leadParagraph(c)
	return c
}

// substantive reports whether a claim states anything that needs a source:
// two content words, a figure or a name.
func (c *claimInfo) substantive() bool {
	return len(c.terms) >= 2 || len(c.figures) > 0 || len(c.names) > 0
}
