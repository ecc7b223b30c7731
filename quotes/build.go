package quotes

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/fuzzy"
)

// builder holds the state of one Build.
type builder struct {
	a     *article.Article
	paras []*para
	rs    resolver
	// By sentence ID (read through peopleIn, orgIn and anyIn): the people
	// named in a sentence, its subject first; its first organisation; its
	// first referent of either kind. Slices, not maps: noteSubjects reads
	// all three for every sentence, and the maps' lookups were about 5 %
	// of the passes on a 4.5 MB article.
	sentPeople [][]*entity
	sentOrg    []*entity
	sentAny    []*entity
	sentSource map[int]string // an unnamed source that spoke in a sentence naming no one
	lastQuote  who
	recent     [2]who        // the last two different speakers, the latest first (noteSpeaker)
	main       [2]*entity    // the woman and the man referred to in the most sentences so far (countRefs)
	qaTaker    who           // whoever the article last said answers the questions
	answered   answered      // the bare answer paragraph attributed last
	group      group         // the plural source that spoke last
	turns      map[int]*turn // paragraph number → its turn, when the article prints an interview as a transcript
	spoke      []who         // speakers attributed in the current sentence
	quotes     []Quote
	quoteWho   []who // who said each of quotes
	statements []Statement
	bySentence map[int][]string
	unnamed    []unnamedSource      // sources described, not named, in order
	docs       []document           // documents given an author or owner, in order
	prevPara   *para                // the body paragraph attributed before the current one
	order      []named              // names outside quotations, in article order
	ageOf      map[string][]*entity // people by the age given after their name, built on first use
	kindOf     map[string]*entity   // a noun for an organisation → the one the article calls so in the sentence naming it, or ambiguous
	fullAges   map[*entity]int      // the age given after a person's full name, built on first use
	// workers bounds the cores the passes that read paragraphs at once
	// use; 0 means all, 1 reads them one after another (for the test that
	// both give the same index).
	workers int
}

// peopleIn returns the people sentence s names, its subject first
// (noteSubjects), or nil for a sentence the article does not have.
func (b *builder) peopleIn(s int) []*entity {
	if s < 0 || s >= len(b.sentPeople) {
		return nil
	}
	return b.sentPeople[s]
}

// orgIn returns the first organisation sentence s names, or nil.
func (b *builder) orgIn(s int) *entity {
	if s < 0 || s >= len(b.sentOrg) {
		return nil
	}
	return b.sentOrg[s]
}

// anyIn returns the first person or organisation sentence s is about, or
// nil.
func (b *builder) anyIn(s int) *entity {
	if s < 0 || s >= len(b.sentAny) {
		return nil
	}
	return b.sentAny[s]
}

func newBuilder(a *article.Article) *builder {
	// Most sentences name someone and have a speaker (on the 4.5 MB
	// benchmark article 81 % and 71 %): the notes by sentence are made at
	// the size they reach, not grown one doubling at a time.
	n := len(a.Sentences)
	b := &builder{
		a:          a,
		sentPeople: make([][]*entity, n),
		sentOrg:    make([]*entity, n),
		sentAny:    make([]*entity, n),
		sentSource: map[int]string{},
		bySentence: make(map[int][]string, n),
		rs:         newResolver(),
	}
	var body []int
	for i, ap := range a.Paragraphs {
		if ap.Kind == article.Body {
			body = append(body, i)
		}
	}
	b.paras = makeParas(a, body)
	for k := 1; k < len(b.paras); k++ {
		continues(b.paras[k-1], b.paras[k])
	}
	return b
}

// parasPerTask is how many paragraphs a worker of makeParas takes at a
// time: enough to keep the shared counter out of the way, few enough to
// share the work of a 25,000-paragraph article evenly.
const parasPerTask = 64

// makeParas makes the paragraphs of a whose indexes are body, in order, on
// every core: each paragraph is tokenised on its own (continues links them
// after). On a 4.5 MB article this is 40 % of Build's time.
func makeParas(a *article.Article, body []int) []*para {
	paras := make([]*para, len(body))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (len(body)+parasPerTask-1)/parasPerTask) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var ts tokenSpace
			for {
				lo := int(next.Add(parasPerTask)) - parasPerTask
				if lo >= len(body) {
					return
				}
				for k := lo; k < min(lo+parasPerTask, len(body)); k++ {
					paras[k] = newPara(a.Paragraphs[body[k]], a.Sentences, &ts)
				}
			}
		}()
	}
	wg.Wait()
	return paras
}

func (b *builder) run() {
	b.census()
	b.dropTitleRuns()
	b.findTranscript()
	n := 0
	for _, p := range b.paras {
		n += len(p.ments)
	}
	all := make([]mref, 0, n)
	for _, p := range b.paras {
		for i := range p.ments {
			all = append(all, mref{p, i})
		}
	}
	b.splitDescriptors()
	b.dropOpeners()
	learnTitles(all)
	b.rs.resolve(all)
	b.markWire()
	b.rs.plainCompanyNames()
	noteHeads(b.rs.orgs)
	b.registerUnnamed()
	b.collectRoles()
	b.familyNames()
	b.inferGenders()
	b.couples()
	b.noteReferences()
	b.resolveTurns()
	b.turnRoles()
	for _, p := range b.paras {
		b.attributeParagraph(p)
	}
	b.echoes()
	b.credits()
	b.relatives()
}

// censusOf records, in lower, the words of paras the article writes in
// lower case (folded), and in mid the capitalised words it writes inside a
// sentence, outside quotations.
func censusOf(paras []*para, lower, mid map[string]bool) {
	for _, p := range paras {
		for i := range p.toks {
			t := &p.toks[i]
			if !t.isWord() || t.quote >= 0 {
				continue
			}
			if isLower, ascii := lowerCase(t.text); isLower {
				noteLower(lower, t.text, ascii)
			} else if !sentenceInitial(p.toks, i) {
				mid[t.text] = true
			}
		}
	}
}

// noteLower records in lower that the article writes the word w, which is
// in lower case, in lower case. An ASCII word is its own fold, so the
// common case looks it up without folding a copy.
func noteLower(lower map[string]bool, w string, ascii bool) {
	if ascii {
		if !lower[w] {
			lower[w] = true
		}
		return
	}
	lower[fuzzy.Fold(w)] = true
}

// lowerCase reports whether s equals strings.ToLower(s), without making
// the lower-case copy, and whether s is all ASCII.
func lowerCase(s string) (lower, ascii bool) {
	ascii = true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false, false
			}
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r {
			return false, false // ToLower writes an invalid byte as U+FFFD
		}
		i += size
	}
	return true, ascii
}

// attributeParagraph attributes the quotations and finds the statements of
// a paragraph, sentence by sentence, so that pronouns see the sentences
// before them.
func (b *builder) attributeParagraph(p *para) {
	qs := b.quoteInfos(p)
	var paraLast who
	for _, sid := range p.sents {
		b.spoke = nil
		quoted := b.turns[p.n] != nil // a transcript's turn is speech, reporting nothing
		lo, hi := p.sentRange(sid)
		for _, t := range p.toks[lo:hi] {
			if t.quote >= 0 || t.kind == qopen || t.kind == qclose {
				quoted = true
			}
		}
		for ; len(qs) > 0 && qs[0].sent <= sid; qs = qs[1:] {
			q := qs[0]
			w := b.attribute(p, q, paraLast)
			if addressed(q.quote.Text, w.ent) {
				w = b.otherSpeaker(w, q.quote.Text, q.sent)
			}
			b.noteSpeaker(w)
			if t := b.turns[p.n]; t != nil && t.asks && !w.ok() {
				continue // words an interviewer puts in marks and gives no one: a term ("you talk about “the long winter”")
			}
			q.quote.Speaker = w.name()
			if w.ent != nil {
				w.ent.quotes++
			}
			b.lastQuote = w
			if k := statementIn(p, q.sent); k >= 0 && w.ok() {
				b.noteDocument(document{p.toks[k].text, w, int(p.toks[k].start)})
			}
			b.spoke = append(b.spoke, w)
			b.noteGroup(w.generic, q.sent)
			b.quotes = append(b.quotes, q.quote)
			b.tagSpan(p, q, w.name())
			b.quoteWho = append(b.quoteWho, w)
			if w.ok() {
				paraLast = w
			}
		}
		if !quoted {
			for _, s := range b.reported(p, sid) {
				s.Text = b.a.Sentences[sid].Text
				b.statements = append(b.statements, s)
				b.noteGroup(s.Speaker, sid)
				paraLast = who{generic: s.Speaker}
				if k := statementIn(p, sid); k >= 0 {
					b.noteDocument(document{p.toks[k].text, b.spokeAs(s.Speaker), int(p.toks[k].start)})
				}
				for _, w := range b.spoke {
					if w.name() == s.Speaker {
						paraLast = w
					}
				}
			}
		}
		for _, w := range b.spoke {
			if name := w.name(); name != "" && !slices.Contains(b.bySentence[sid], name) {
				b.bySentence[sid] = append(b.bySentence[sid], name)
			}
		}
		b.noteSubjects(p, sid, b.spoke)
		b.noteTaker(p, sid)
	}
	b.prevPara = p
}
