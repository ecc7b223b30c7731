package answer

import (
	"sync"

	"articlebot/article"
)

// sentenceReads are a sentence's readings that the checks of a window
// compare with the claim's: read once per article, not once for every
// window of every claim that holds the sentence (leadParagraph judges
// every window of the article).
type sentenceReads struct {
	ranks      []int           // see rank_stated.go
	magnitudes [][2]float64    // see magnitude.go
	votes      []int           // see vote_side.go
	ratios     []float64       // as a passage gives them (see multiplier.go)
	ranked     map[string]bool // superlatives with a rank (see ranked_superlative.go)
	bare       map[string]bool // superlatives without one
	// phrasal and weakPhrasal are what its phrasal verbs mean (see
	// phrasal_window.go).
	phrasal, weakPhrasal []string
}

// readSentences reads every sentence of an article.
func readSentences(a *article.Article) []sentenceReads {
	out := make([]sentenceReads, len(a.Sentences))
	for i, s := range a.Sentences {
		r := &out[i]
		r.ranks, r.magnitudes, r.votes = ranks(s.Text), magnitudes(s.Text), voteTakes(s.Text)
		r.ratios = ratios(s.Text, true)
		r.ranked, r.bare = superlatives(s.Text)
		r.phrasal, r.weakPhrasal = phrasalTerms(s.Text)
	}
	return out
}

// spelledKeep bounds spelledFigures' memory of texts: a claim's figures
// are read by a dozen readers (ranks, ratios, frequencies, figureDirs …),
// each of which spells the claim's number words out again, and so are the
// sentences of every window the gate judges. 4096 texts are several
// articles' sentences and many answers' claims, about a megabyte at most.
const spelledKeep = 4096

// spelled is spelledFigures' memory; gates of several answers read it at
// once.
var spelled struct {
	sync.Mutex
	of map[string]string
}

// spelledFigures is spellFigures (numwords.go), remembered by text: a pure
// function, so the memory changes no result. When full, it starts again.
func spelledFigures(text string) string {
	spelled.Lock()
	v, ok := spelled.of[text]
	spelled.Unlock()
	if ok {
		return v
	}
	v = spellFigures(text)
	spelled.Lock()
	if spelled.of == nil || len(spelled.of) >= spelledKeep {
		spelled.of = make(map[string]string, 64)
	}
	spelled.of[text] = v
	spelled.Unlock()
	return v
}
