package answer

import "testing"

// gateAnswers are model answers of the kinds the gate sees: correct and
// cited right, citing a neighbour (repaired by scanning the article),
// with an invented sentence and an invented quotation (removed), and in
// other citation styles.
var gateAnswers = []string{
	"Steve Witkoff said the talks will occur in Jeddah, Saudi Arabia on Sunday [2]. Trump said the call lasted almost two hours [3].",
	"Trump said the call lasted almost two hours [4]. Zelenskiy said Russia launched more than 40 drones late on Tuesday [1].",
	"The talks will occur in Jeddah on Sunday [2]. Putin promised to withdraw Russian troops from Kursk by May [2]. Witkoff said, “the talks in Jeddah will settle everything” [4].",
	"Russia controls about a fifth of Ukrainian territory (1). Witkoff spoke to Fox News 【4】, and the talks will occur in Jeddah [Source 2].",
}

// BenchmarkGate measures the citation gate on one answer of three to four
// sentences, rotating through the kinds above. The first call of an
// engine also builds the gate's per-sentence evidence; b.Loop runs long
// enough that the figure is the steady cost per answer.
func BenchmarkGate(b *testing.B) {
	e := shipped(b)
	sources := sourcesOf(e, 34, 4, 13, 5, 24, 10)
	e.gate(gateAnswers[0], sources) // build the evidence index once
	i := 0
	for b.Loop() {
		e.gate(gateAnswers[i%len(gateAnswers)], sources)
		i++
	}
}
