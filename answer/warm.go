package answer

import (
	"articlebot/lexicon"
	"articlebot/lexicon/wordvec"
)

// Warm unpacks the word tables the engine reads while it indexes an
// article (given names, nouns) and when it answers (WordNet, word vectors)
// and returns when they are ready. A command runs it in the background
// while it reads the article, which leaves a core idle part of the time:
// unpacked during the indexing instead, the tables held up the workers
// that first asked for them, and took a core from the quotation passes.
func Warm() {
	lexicon.WarmNames()
	lexicon.Warm()
	wordvec.Warm()
}
