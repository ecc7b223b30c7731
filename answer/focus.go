package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
	"articlebot/quotes"
	"articlebot/retrieval"
)

// focus is what a question asks about, beyond the people it names: its
// content terms less the names and roles of the speakers it resolves to
// ("How much does the mayor earn?" is about "earn"), each with the article
// words that can stand for it.
type focus struct {
	terms []focusTerm
	// entity holds the terms that name or describe the question's
	// speakers; a sentence must be about one of them (see aboutEntity).
	entity map[string]bool
	// names are the terms of the speakers' names, and roles the terms of
	// each of their descriptions.
	names map[string]bool
	roles [][]string
	// asked are the question's own words for its speaker when it names
	// them by role ("the director" in "How long was the director
	// jailed?"): a sentence that describes them so is about them.
	asked []string
	// orgNouns are the nouns that stand for an organisation the question
	// names ("the company", "the ministry"); speakers are the question's
	// people and organisations.
	orgNouns map[string]bool
	// ownNouns: "the museum" for the Ostler Museum (about.go).
	ownNouns map[string]bool
	speakers []string
	// money is set when the question asks for an amount of money ("cost",
	// "earn", "salary"): only a sum of money answers it. moneyHeads are
	// the question's money words the article uses ("cost"), which the sum
	// must stand beside.
	money      bool
	moneyHeads []string
	// shareToo: a change of pay or price ("What pay rise …?") is given
	// as a percentage as well as a sum.
	shareToo bool
	// wants holds what the question asks of an amount or a relative,
	// read once per question (qualifier.go).
	wants askedOf
}

// focusTerm is a content term of the question and the terms that may stand
// for it in the article: its WordNet synonyms the article uses, when it
// does not use the term itself.
type focusTerm struct {
	term   string
	word   string // the question's word for it
	alts   []string
	unseen bool // neither the term nor a synonym (nor a close spelling) is in the article
	// exact is set when the article uses the term itself: a close
	// spelling then is another word ("binder" is not "bidder"), not a
	// misspelling of it.
	exact bool
	role  bool // the question word names a role ("envoy")
}

// questionWords are the terms of lexicon.QuestionWords.
var questionWords = map[string]bool{}

func init() {
	for _, t := range retrieval.Terms(lexicon.QuestionWords) {
		questionWords[t] = true
	}
}

// moneyWords ask for a sum of money.
var moneyWords = map[string]bool{}

func init() {
	for _, t := range retrieval.Terms(`cost costs costing price priced earn earns earned salary salaries
		paid pay pays wage wages spend spent worth fee fees funding funded compensation money
		budget`) {
		moneyWords[t] = true
	}
	// A fine, a debt, a loan, a gift or a stake is a sum too: "How much
	// was the firm fined?", "How much does the council owe?".
	for _, t := range retrieval.Terms(`sell sold sells buy bought buys charge charged charges fetch fetched
		fine fined fines owe owed owes borrow borrowed borrows lend lent lends loan loaned
		donate donated donates invest invested invests`) {
		tradeWords[t] = true
	}
}

// tradeWords ask for a sum only after "how much": "How much does a vase
// sell for?", not "Who bought the house?".
var tradeWords = map[string]bool{}

// amountQ opens a question that can ask for an amount: "how much", or
// "what" ("What will the homes cost?"). "Who paid the mortgage?" asks for
// a person and "How will the wall be paid for?" for a means, not a sum.
var (
	amountQ  = regexp.MustCompile(`(?i)^\s*(how much|what)\b`)
	howMuchQ = regexp.MustCompile(`(?i)^\s*how much\b`)
)

// moneyFocus keeps a question's money words ("paid", "salary") among its
// focus terms, so that an article that never uses them in any form counts
// against answering.
var moneyFocus = true

// focusOf works out what question q asks about, given the speakers it
// names.
func (e *Engine) focusOf(q string, speakers []string) focus {
	f := focus{entity: map[string]bool{}, names: map[string]bool{}, orgNouns: map[string]bool{}, ownNouns: e.ownNouns(q, speakers), speakers: speakers}
	terms := contentTerms(q)
	for t := range e.nameTerms(terms, speakers) {
		f.entity[t] = true
	}
	for _, s := range speakers {
		sp, ok := e.quotes.Lookup(s)
		if !ok {
			continue
		}
		for _, r := range sp.Roles {
			ts := roleTerms(r)
			for _, t := range ts {
				f.entity[t] = true
			}
			f.roles = append(f.roles, ts)
		}
		for _, a := range sp.Aliases {
			for _, w := range strings.Fields(a) {
				for _, t := range retrieval.Terms(w) {
					f.entity[t] = true
					// "Industries" in "Stenholt Industries" is not a
					// name: "industrial sensors" are Corvane's.
					if !lexicon.OrgHeads.Has(strings.Trim(w, ".,")) {
						f.names[t] = true
					}
				}
			}
		}
		if sp.Kind == quotes.Organisation {
			// "the company" in a sentence about Corvane Systems.
			for _, w := range lexicon.OrgNouns.Words() {
				for _, t := range retrieval.Terms(w) {
					f.orgNouns[t] = true
				}
			}
		}
	}
	words := map[string]string{} // term → a question word that gives it
	for _, w := range fuzzy.Words(q) {
		if ts := retrieval.Terms(w); len(ts) == 1 {
			if _, ok := words[ts[0]]; !ok {
				words[ts[0]] = w
			}
		}
	}
	for _, t := range terms {
		if f.entity[t] && !f.names[t] && lexicon.IsRole(words[t]) {
			f.asked = append(f.asked, t)
		}
		if f.entity[t] || questionWords[t] {
			continue
		}
		if wh := whPhrase(q); (moneyWords[t] || tradeWords[t] && howMuchQ.MatchString(wh)) && amountQ.MatchString(wh) && !asksSaying(q) {
			f.money = true
			// A fine is also set as a share ("as much as a tenth of its
			// turnover").
			f.shareToo = f.shareToo || changeNouns[askedNoun(q)] || t == "fine"
			if e.vocab.hasStem(t) {
				f.moneyHeads = append(f.moneyHeads, t)
			}
			if !moneyFocus {
				continue
			}
		}
		ft := focusTerm{term: t, word: words[t], role: lexicon.IsRole(words[t]), exact: e.vocab.hasStem(t)}
		for _, a := range aliases[words[t]] {
			// "America" for an article that writes "U.S.".
			ft.alts = append(ft.alts, retrieval.Terms(a)...)
		}
		forms := lexicon.Forms(words[t])
		if len(forms) == 0 && !ft.exact {
			// "drives" has no irregular forms of its own; its base
			// "drive" has "driven" and "drove".
			// Only forms the article uses: the others would keep the
			// synonyms below from being looked up.
			for _, b := range lexicon.BaseForms(words[t]) {
				for _, f := range lexicon.Forms(b) {
					if rt := retrieval.Terms(f); len(rt) == 1 && e.vocab.hasStem(rt[0]) {
						forms = append(forms, f)
					}
				}
			}
		}
		for _, a := range forms {
			// "fell" for "fall", "took" for "take".
			ft.alts = append(ft.alts, retrieval.Terms(a)...)
		}
		for _, d := range lexicon.Derived(words[t]) {
			// "speakers" for "spoke", "signatures" for "signed" (same root).
			if rt := retrieval.Terms(d); len(rt) == 1 && rt[0] != t && e.vocab.hasStem(rt[0]) {
				ft.alts = append(ft.alts, rt[0])
			}
		}
		if !e.vocab.hasStem(t) && !slices.ContainsFunc(ft.alts, e.vocab.hasStem) {
			// No form the article uses ("testified" for "testify"):
			// its synonyms ("evidence").
			ft.alts = e.vocab.synonymsIn(words[t])
			ft.unseen = len(ft.alts) == 0 && !e.vocab.hasStemNear(t)
		}
		if para := e.vocab.paraphrasesIn(q, words[t]); len(para) > 0 {
			// "set up" for "founded", "owe" for "debts" (paraphrase.go).
			ft.alts = append(ft.alts, para...)
			ft.unseen = false
		}
		f.terms = append(f.terms, ft)
	}
	f.wants = e.askedOf(q, f)
	return f
}
