package answer

import "regexp"

// answerWord is the "Yes" or "No" that opens an answer to a yes-or-no
// question, set off by a comma, a colon, a semicolon or a dash: "Yes, the
// council approved it", "No; it opened in 2019". It answers the question
// and states nothing the article must hold: counted as a claim word it
// lowered the coverage of every such sentence, and a "No" negated claims
// that state a fact plainly.
var answerWord = regexp.MustCompile(`^\s*(?:Yes|No)\s*[,;:—–-]\s*`)

// withoutAnswerWord returns a claim without its opening answerWord.
func withoutAnswerWord(text string) string {
	if m := answerWord.FindStringIndex(text); m != nil {
		return text[m[1]:]
	}
	return text
}
