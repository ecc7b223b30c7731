package answer

import (
	"fmt"
	"slices"
	"strings"

	"articlebot/article"
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// How the engine decides that the article answers a question. Two rules
// need no weighing: a name the question asks about that the article never
// mentions makes it abstain (unless one sentence matches the rest of the
// question at least minCoverageMissingName), and "what did X say (about
// Y)" is answered from X's passages when retrieval found some. A
// question the article says it withholds ("the rider's condition has not
// been released", withheld.go) is not answered. Every other question goes to
// the answerability model (confidence.go): it is answered
// when its best candidate scores answerThreshold, and below that the
// engine says the article does not state it, pointing to the closest
// passages when the best score reaches middleThreshold.

// minCoverageMissingName: with a name the article never mentions, the rest
// of the question must be matched this well by one sentence (and by at
// least two terms).
const minCoverageMissingName = 0.67

// verdict explains why a question is or is not answerable from the article.
type verdict struct {
	answerable bool
	missing    string // a name from the question the article does not contain
	// silent is a person the question asks the words of whom the article
	// names but never quotes or reports speaking.
	silent string
	// unasked is who the question asks the questions of when the article
	// never reports them asking (asked.go).
	unasked string
	// middling is set when the article comes close without stating the
	// answer: the answer then points to the closest passages.
	middling bool
}

// judge decides whether the article answers a question, from the best
// candidate sentences retrieval found and the question's focus.
func (e *Engine) judge(q string, cands []candidate, f focus) verdict {
	if v, ok := e.ruled(q, cands, f); ok {
		return v
	}
	if e.withholds(q, cands) {
		// "the rider's condition has not been released", "divers
		// have not yet given a reason" (withheld.go).
		return verdict{}
	}
	best := e.bestProbability(q, cands, f)
	return verdict{answerable: best >= answerThreshold, middling: best >= middleThreshold}
}

// ruled decides the questions that need no weighing: a name the article
// never mentions, and what a speaker of the article said.
func (e *Engine) ruled(q string, cands []candidate, f focus) (verdict, bool) {
	var missing []string
	for _, ent := range entities(q) {
		if _, ok := e.quotes.Lookup(ent.String()); ok && !ent.title {
			continue // a misspelt name the question resolved ("Sandra Kym")
		}
		for _, w := range ent.words {
			found := e.vocab.hasName(w)
			if ent.title {
				// An office in any form the article uses: "Which lawmaker
				// …?" of an article about "lawmakers", "the chair" of one
				// where a committee is "chaired by" someone.
				found = e.vocab.has(w) || slices.ContainsFunc(retrieval.Terms(w), e.vocab.hasStem)
				// "the mayor" of an article with only a "Deputy Mayor"
				// (underrank.go).
				found = found && !e.onlyUnderRank(q, w)
			}
			if !found {
				name := ent.String()
				if ent.title {
					name = "a " + strings.ToLower(name)
				}
				missing = append(missing, name)
				break
			}
		}
	}
	if len(missing) > 0 && placeOfFigure(q, missing[0]) {
		// "How many tickets were sold in Osaka?" of an article that
		// never mentions Osaka: whatever figure it gives is another
		// place's, however well the rest matches.
		return verdict{missing: missing[0]}, true
	}
	if len(missing) > 0 {
		rest := contentTerms(stripNames(q, missing))
		best := 0.0
		for _, c := range cands {
			best = max(best, fuzzyCoverage(rest, c.terms))
		}
		if len(rest) >= 2 && best >= minCoverageMissingName {
			return verdict{answerable: true}, true
		}
		return verdict{missing: missing[0]}, true
	}
	if who := e.silentPerson(q); who != "" {
		// "What did the bill's sponsor say?" of an article that reports
		// on her but never gives her words.
		return verdict{silent: who}, true
	}
	if who := e.silentAide(q); who != "" {
		// "What did the referee's assistant tell her?" of an article
		// that mentions the assistant but never gives their words
		// (silentgroup.go).
		return verdict{silent: who}, true
	}
	if who := e.neverAsked(q); who != "" {
		// "What did the growers ask the minister?" of an article that
		// says they met her, not what they asked.
		return verdict{unasked: who}, true
	}
	speaker := false
	for _, c := range cands {
		speaker = speaker || c.speaker
	}
	if speaker && isSpeechQuestion(q) && asksWhatSaid(q) {
		// "What did Okafor say?", "What else did he say about the
		// wall?", "Why does she think leaks happen?": the speaker's
		// passages answer. "When did Okafor say it?" asks for a date,
		// weighed like any other question.
		return verdict{answerable: true}, true
	}
	if who := f.unseenSpeaker(q); !speaker && who != "" {
		// "What did the manufacturers say?" of an article that never
		// mentions manufacturers: no one it quotes is them.
		return verdict{missing: who}, true
	}
	return verdict{}, false
}

// abstention says why the engine does not answer.
func abstention(v verdict) string {
	if v.silent != "" {
		return fmt.Sprintf("The article doesn't say: it mentions %s but never quotes or reports anything %s said.", v.silent, v.silent)
	}
	if v.unasked != "" {
		return fmt.Sprintf("The article doesn't say: it never reports %s asking anything.", v.unasked)
	}
	if v.missing != "" {
		return fmt.Sprintf("The article doesn't say: it never mentions %s.", v.missing)
	}
	return "The article doesn't say: none of its passages answers this question."
}

// asksWhatSaid reports whether a speech question asks what was said, by
// whom or why (a speaker's reasons are in what they said), rather than
// when, where or how often.
func asksWhatSaid(q string) bool {
	switch questionType(q) {
	case timeType, placeType, numberType, durationType:
		return false
	}
	return true
}

// unseenSpeaker returns the subject of a speech question ("the prime
// minister" in "What did the prime minister say?") when one of its words
// is in no form in the article, else "".
func (f focus) unseenSpeaker(q string) string {
	if !isSpeechQuestion(q) {
		return ""
	}
	ws := questionTokens(q)
	start := -1
	for i, w := range ws {
		if questionAux[w] {
			start = i + 1
			break
		}
		if i > 1 {
			return "" // "Who said …?", "What reason was given …?" have no speaker to look up
		}
	}
	if start < 0 {
		return ""
	}
	// The subject's head is its last word before a preposition or the
	// speech verb ("manufacturers" in "the manufacturers of PFAS"): a
	// modifier the article lacks ("the unnamed engineer") still leaves
	// someone it may quote.
	var subject []string
	head := ""
	for _, w := range ws[start:] {
		if speechQuestion.MatchString(w) {
			break
		}
		if head == "" && lexicon.Prepositions.Has(w) && len(subject) > 0 {
			head = subject[len(subject)-1]
		}
		subject = append(subject, w)
	}
	if len(subject) == 0 {
		return ""
	}
	if head == "" {
		head = subject[len(subject)-1]
	}
	unseen := false
	for _, ft := range f.terms {
		unseen = unseen || ft.unseen && ft.word == head
	}
	if !unseen {
		return ""
	}
	if !determiners[subject[0]] {
		subject = append([]string{"the"}, subject...)
	}
	return strings.Join(subject, " ")
}

// bestProbability is the answerability model's best score over the first
// maxJudged candidates that are about the question's people.
func (e *Engine) bestProbability(q string, cands []candidate, f focus) float64 {
	want := questionType(q)
	if len(f.terms) == 0 && want == personType {
		want = anyType // "Who is Maria Snegovaya?" asks for a description
	}
	unseen := f.unseen()
	best := 0.0
	for i, c := range cands {
		if i == maxJudged {
			break
		}
		if !e.aboutEntity(f, c) && !e.aboutRelative(f, c) {
			continue
		}
		if f.wants.relation == "" && len(f.speakers) > 0 && relativeSubject(c.sent.Text, f.names) && !asksRoleOf(q, c.sent.Text) {
			// "What did Carter die of?" — "Carter's brother Earl died
			// of pneumonia" is the brother's death.
			continue
		}
		if reportOnly(q, c.sent.Text, want) {
			continue // "Will the mill shut?" — "the mill was sold" (happened.go)
		}
		best = max(best, probability(e.signals(q, c, f, want, unseen)))
	}
	return best
}

// asksRoleOf reports whether the question asks for the role a sentence
// opens with: "Who is the club's secretary?" — "Its secretary, Nell
// Brandt, said …" names her; it is not someone else's deed.
func asksRoleOf(q, s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	role := retrieval.Terms(trimWord(ws[1]))
	return len(role) == 1 && slices.Contains(contentTerms(q), role[0])
}

func stripNames(q string, names []string) string {
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			q = strings.ReplaceAll(q, w, " ")
		}
	}
	return q
}

// namesAnother reports whether a sentence names a person or organisation
// of the article that the question does not: "Kovač, who leads the
// fisheries committee" answers "Who leads the fisheries committee?". A
// question of identity ("Who is the club's treasurer?") asks whom its
// role names, so a person it gives only by that role is the answer, not
// one it names.
func (e *Engine) namesAnother(s article.Sentence, q string) bool {
	asked := e.askedAbout(q, e.quotes.Named(q))
	for _, n := range append(e.quotes.SpeakersIn(s.ID), e.quotes.Mentioned(s.Text)...) {
		if !contains(asked, n) {
			return true
		}
	}
	return false
}
