package answer

import (
	"regexp"
	"strconv"
	"strings"
)

// wholeKind is what a question about the article as a whole asks for.
// Such questions ("what is this about?", "who is quoted?") resemble no
// passage, so retrieval cannot answer them; the article's structure can.
type wholeKind int

const (
	notWhole   wholeKind = iota
	summaryQ             // "what is this about?", "summarize", "what happened?"
	briefQ               // "tl;dr", "in one sentence"
	pointsQ              // "main points", "key takeaways"
	headlineQ            // "what's the headline?"
	quotedQ              // "who is quoted?", "how many people spoke?"
	mentionedQ           // "who is mentioned?", "who is involved?"
	sidesQ               // "what are the sides?"
	timelineQ            // "timeline of events"
	authorQ              // "who wrote this?", "who is the author?" (author.go)
)

// wholeQuestion is a question about the whole article.
type wholeQuestion struct {
	kind wholeKind
	// sentences is the length asked for ("in two sentences"), or 0.
	sentences int
	// more asks for what an earlier answer left out ("what else?").
	more bool
}

// cue is a set of phrases that, all present, make a question one of a
// kind when nothing else in the question names a focus.
type cue struct {
	kind wholeKind
	res  []*regexp.Regexp
	// lengthOnly cues ask for a length ("in one sentence", "shorter"):
	// after an ordinary question they ask to shorten its answer, so they
	// make a whole-article question only on their own or after one.
	lengthOnly bool
}

func newCue(kind wholeKind, res ...string) cue {
	c := cue{kind: kind}
	for _, r := range res {
		c.res = append(c.res, regexp.MustCompile(r))
	}
	return c
}

// A person word and a speech word together ("who is quoted", "which
// experts spoke") ask who is quoted; a person word with a word for people
// ("which organisations", "who is involved") asks who is mentioned.
const (
	personAsk = `\b(?:who|whom|whose|which|list|name|how many|what (?:people|persons|experts|officials|individuals|sources|names))\b`
	speechCue = `\b(?:quoted|quote|quotes|quotations?|cited|cite|cites|speak|speaks|spoke|speaking|speakers?|talk|talks|talked|interviewed|comments?|commented|commenting|voices?|sources?|said|says|say|saying|weigh(?:s|ed)? in|statements?)\b`
	peopleCue = `\b(?:people|persons?|individuals|names|figures|players|characters|actors|parties|officials|experts|analysts|leaders|organi[sz]ations|groups|institutions)\b`
)

// cues are tried in order; the first that matches decides the kind.
var cues = []cue{
	newCue(quotedQ, personAsk, speechCue),
	newCue(headlineQ, `\b(?:headlines?|title|titled|called)\b`),
	newCue(authorQ, authorAsk, authorCue),
	newCue(authorQ, `\bbylines?\b`),
	newCue(mentionedQ, personAsk, peopleCue),
	newCue(timelineQ, `\b(?:timeline|time line|chronolog(?:y|ical|ically)|sequence of events|order of events|in (?:what|which) order|what happened when|key dates|dates)\b`),
	newCue(sidesQ, `\b(?:sides?|positions?|stances?|viewpoints?|points of view|perspectives?|views|opinions|for and against|pros and cons|arguments?|camps|disagree(?:ment)?s?)\b`),
	newCue(mentionedQ, `^(?:and )?(?:who|whom)\b`),
	newCue(pointsQ, `\b(?:main|key|important|major|central|big|biggest|top|most important)\s+(?:points?|takeaways?|facts?|ideas?|issues?|messages?|findings?|details?|things|events|developments|themes?|news|bits)\b|\btakeaways?\b|\bhighlights?\b|\bbullet ?points?\b|\bwhat (?:do|should|must) (?:i|we) (?:need to |have to )?know\b`),
	newCue(briefQ, `\btldr\b|\bone[ -]?liner\b|\b(?:short|quick|brief|shorter|one line)\s+(?:version|summary|recap|answer|take)\b|\bnutshell\b`),
	{kind: briefQ, res: []*regexp.Regexp{regexp.MustCompile(`\bin (?:one|1|a single|a|two|2) (?:sentences?|lines?|words?)\b|\bin (?:brief|short|a few words|few words)\b|\bbriefly\b|\btoo long\b|\bshorter\b`)}, lengthOnly: true},
	newCue(summaryQ, `\bsumm(?:ary|aries|ari[sz]e|ari[sz]ed|ari[sz]ing)\b|\bgist\b|\boverview\b|\brecap\b|\brundown\b|\bsynopsis\b|\bsum (?:it |this |that |things |everything )?up\b|\bbrief me\b|\bcatch me up\b|\bfill me in\b|\bup to speed\b|\bbreak (?:it|this) down\b|\beli5\b|\bexplain\b|\bdescribe\b|\babout\b|\bstory\b|\bnews\b|\bbig deal\b`),
	newCue(summaryQ, `\bwhy (?:does|is|should) (?:this|it)\b`, `\b(?:matter|matters|important|care)\b`),
	newCue(summaryQ, `\bwhat (?:does|did|do) (?:the |this )?(?:article|story|piece|report|it|text) (?:say|says|tell|report|cover)\b`),
	newCue(summaryQ, `\bwhat (?:has |have |had )?(?:happened|happens|is happening|was happening|went on|is going on|was going on|occurred|is up|is new|is the deal)\b`),
}

// match reports whether every phrase of c is in s, and returns s without
// them.
func (c cue) match(s string) (string, bool) {
	for _, re := range c.res {
		if !re.MatchString(s) {
			return s, false
		}
	}
	for _, re := range c.res {
		s = re.ReplaceAllString(s, " ")
	}
	return s, true
}

// moreCue asks to go on from the previous answer; lengthCue asks for a
// different length of it.
var (
	moreCue   = regexp.MustCompile(`\b(?:what|anything|who|any) else\b|^(?:and )?(?:more|go on|continue|keep going|tell me more|what more)\b|\b(?:more|other) (?:points?|details?|info|information|facts?|things)\b|\blonger\b|\bin (?:more )?detail\b`)
	lengthCue = regexp.MustCompile(`\b(?:one|two|three|four|five|six|seven|eight|single|a|\d+)\s+(?:(?:main|key|important|short|quick)\s+)?(?:sentences?|lines?|points?|bullets?|bullet points?|things|takeaways?)\b`)
)

// followUpRef marks a question about something an earlier answer said
// ("who said that?", "what is it called in the article?" is fine).
var followUpRef = regexp.MustCompile(`\b(?:said|say|says|mean|means|meant|call|called)\s+(?:that|this|it|those|these)\b|\b(?:he|she|they|him|her|them|his|hers|their)\b`)

// frameWords carry no focus of their own: question and function words,
// words for the article, and words that ask for a length or a form. A
// question of a cue and frame words alone is about the whole article.
var frameWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		what who whom whose which when where why how
		is are was were be been being am do does did done has have had can could would will should shall may might must
		i me my we us our you your it its this that these those the a an some any all both each every there here
		of in on at for to from by with about into over under within throughout and or but so as than then just also please
		article articles story stories piece report text news item post link page pages read writeup content document thing things
		profile interview column feature analysis review editorial obituary explainer dispatch opinion op ed blog bulletin
		release releases press announcement transcript factcheck
		tell give show list explain describe provide share write make let know need want get got go going see put
		short shorter long longer brief briefly quick quickly simple simply plain basic basically main key important overall
		general generally whole entire big biggest most top major central few couple
		one two three four five six seven eight single sentence sentences line lines word words paragraph paragraphs
		point points bullet bullets version details detail form summary list
		people person persons individuals folks names everyone anyone everybody anybody someone somebody
		thanks thank hey hi ok okay now again really actually exactly real quite lot lots
		mentioned named involved featured appear appears appearing mention mentions name
		else more other others
		debate dispute issue issues matter matters controversy situation question questions
		summarize summarise summarized summarised summary sum up recap overview gist
		different various opposing competing events event developments
		say says saying said think thinks want wants
		figures players characters actors parties officials experts analysts leaders organisations organizations groups institutions`) {
		frameWords[w] = true
	}
}

// publicationBefore matches a capitalised name just before a word for the
// article ("the Reuters article"): the publication, not a focus.
var publicationBefore = regexp.MustCompile(`\b\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*\s+(article|story|piece|report|op-ed|post)\b`)

// previous says what came before a question in its conversation.
type previous struct {
	asked bool          // there was an earlier question
	whole wholeQuestion // its classification; kind notWhole for an ordinary question
}

// classifyWhole recognises a question about the whole article: a cue for
// a kind ("tl;dr", "who is quoted") and no word that names a focus (a
// person, a place, a topic). Follow-ups ("and in one sentence?", "what
// else?") take their kind from the previous question.
func classifyWhole(q string, prev previous) (wholeQuestion, bool) {
	n := normalizeWhole(q)
	if n == "" || followUpRef.MatchString(n) {
		return wholeQuestion{}, false
	}
	w := wholeQuestion{sentences: requestedLength(n)}
	more := moreCue.MatchString(n)
	rest, lengthOnly := n, false
	for _, c := range cues {
		if r, ok := c.match(n); ok {
			w.kind, rest, lengthOnly = c.kind, r, c.lengthOnly
			break
		}
	}
	rest = moreCue.ReplaceAllString(lengthCue.ReplaceAllString(rest, " "), " ")
	rest = deictic.ReplaceAllString(rest, " ")
	if !onlyFrame(rest) || w.kind == authorQ && !ofTheArticle(n) {
		return wholeQuestion{}, false
	}
	prevWhole := prev.whole.kind != notWhole
	if more && prevWhole && continues(prev.whole.kind, w.kind) {
		return wholeQuestion{kind: prev.whole.kind, sentences: w.sentences, more: true}, true
	}
	if w.kind == notWhole && w.sentences > 0 {
		lengthOnly, w.kind = true, briefQ
	}
	switch {
	case w.kind == notWhole:
		return wholeQuestion{}, false
	case lengthOnly && prev.asked && !prevWhole:
		// "and in one sentence?" after "what did Witkoff say?" asks to
		// shorten that answer, not for a summary of the article.
		return wholeQuestion{}, false
	case lengthOnly && prevWhole && prev.whole.kind != summaryQ && prev.whole.kind != pointsQ && prev.whole.kind != briefQ:
		// "shorter?" after "who is quoted?" keeps the kind.
		w.kind = prev.whole.kind
	}
	return w, true
}

// continues reports whether a question of kind k that asks for more goes on
// from an answer of kind prev: the same kind, any kind or none ("what
// else?"), or a looser word for it ("who else?" after "who is quoted?").
func continues(prev, k wholeKind) bool {
	switch k {
	case notWhole, prev:
		return true
	case mentionedQ:
		return prev == quotedQ
	case pointsQ, briefQ:
		return prev == summaryQ || prev == pointsQ || prev == briefQ
	}
	return false
}

// normalizeWhole lower-cases a question, spells out contractions and
// writes "tl;dr" one way, so that the cues see one form.
func normalizeWhole(q string) string {
	q = publicationBefore.ReplaceAllString(q, " $1")
	q = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'", "–", " ", "—", " ").Replace(q))
	q = tldr.ReplaceAllString(q, " tldr ")
	q = factCheck.ReplaceAllString(q, " factcheck ")
	q = contraction.ReplaceAllStringFunc(q, func(m string) string {
		switch {
		case strings.HasSuffix(m, "'s"), strings.HasSuffix(m, "s") && (m == "whats" || m == "whos"):
			return strings.TrimSuffix(strings.TrimSuffix(m, "s"), "'") + " is"
		case strings.HasSuffix(m, "'re"):
			return strings.TrimSuffix(m, "'re") + " are"
		}
		return m
	})
	q = nonWord.ReplaceAllString(q, " ")
	q = articleModifier.ReplaceAllString(q, " $1")
	return strings.Join(strings.Fields(q), " ")
}

// deictic matches "this" and the word after it: the asker points at what
// is in front of them, the article or its main event ("what happened in
// this case?"), which is no focus of its own.
var deictic = regexp.MustCompile(`\b(?:this|these)\s+\p{L}+`)

// articleModifier matches words that describe the article itself before a
// word for it ("the news report", "the match report"): its genre, not a
// focus.
var articleModifier = regexp.MustCompile(`\b(?:the|this|that)\s+\p{L}+\s+(article|story|piece|report|profile|interview|column|feature|analysis|review|release|announcement)\b`)

var (
	tldr        = regexp.MustCompile(`\btl\s*[;:/.,-]?\s*dr\b`)
	factCheck   = regexp.MustCompile(`\bfact[\s-]*check\b`)
	contraction = regexp.MustCompile(`\b(?:what|who|that|it|where|how|there|here)(?:'s|'re)|\bwhats\b|\bwhos\b`)
	nonWord     = regexp.MustCompile(`[^\p{L}\p{N}]+`)
)

// onlyFrame reports whether every word of s is a frame word or a small
// number ("5 points").
func onlyFrame(s string) bool {
	for _, w := range strings.Fields(s) {
		if frameWords[w] {
			continue
		}
		if n, err := strconv.Atoi(w); err == nil && n >= 0 && n <= 10 {
			continue
		}
		return false
	}
	return true
}

// numberWords spell the lengths people ask for.
var numberWords = map[string]int{"a": 1, "single": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}

// requestedLength returns the number of sentences or points a question
// asks for, or 0.
func requestedLength(n string) int {
	m := lengthCue.FindString(n)
	if m == "" {
		return 0
	}
	word := strings.Fields(m)[0]
	if k, ok := numberWords[word]; ok {
		return k
	}
	k, _ := strconv.Atoi(word)
	return min(max(k, 0), 8)
}

// Questions that stand for the bot's /summary and /speakers commands. Each
// is a question about the whole article, so it is answered, and remembered
// in a conversation, like the same words asked by a person.
const (
	BriefQuestion    = "tl;dr"
	SummaryQuestion  = "What is this article about?"
	PointsQuestion   = "What are the main points?"
	SpeakersQuestion = "Who is quoted in the article?"
)
