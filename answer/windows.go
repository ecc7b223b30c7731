package answer

import "math"

// windows returns the windows of sentences a passage offers a claim: each
// sentence alone, each pair of neighbours, since one fact is often told
// over two sentences, and each three in a row ("Speaking to supporters,
// she promised … 'Harwick did not vote for a party,' she said. 'It voted
// for a bus …'"), in the order they start.
func windows(ids []int) [][]int {
	var out [][]int
	for i := range ids {
		for n := 1; n <= maxWindow && i+n <= len(ids); n++ {
			out = append(out, ids[i:i+n:i+n])
		}
	}
	return out
}

// maxWindow is the most sentences a window holds: three, for a fact told
// over a speaker's sentence and two quoted ones. Against two, it changed
// nothing on the tuned sets (172 own-words sentences, 313 wrong
// neighbours, 89 claims; calibrated there) and let 1 more of the unseen
// set's 58 own-words sentences through (reported, not tuned on).
const maxWindow = 3

// best returns the best judgement of a claim over the windows of sentences.
func (e *Engine) best(c *claimInfo, ids []int) judgement {
	var b judgement
	bestScore := math.Inf(-1)
	for _, w := range windows(ids) {
		j := e.judgeWindow(c, w)
		if s := j.score(); s > bestScore {
			b, bestScore = j, s
		}
	}
	return b
}

// sourceSentences returns the IDs of the sentences inside a source's span.
func (e *Engine) sourceSentences(s Source) []int {
	var out []int
	for _, sent := range e.art.SentencesOf(s.Paragraph) {
		if s.end == 0 || (sent.Start >= s.start && sent.End <= s.end) {
			out = append(out, sent.ID)
		}
	}
	return out
}
