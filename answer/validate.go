package answer

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxQuestion is the longest question the engine accepts, in characters.
const MaxQuestion = 1000

// Errors for questions the engine will not take.
var (
	ErrEmptyQuestion   = errors.New("the question is empty: ask something about the article")
	ErrQuestionTooLong = fmt.Errorf("the question is longer than %d characters: ask about one thing at a time", MaxQuestion)
)

// checkQuestion validates a question as a person typed it.
func checkQuestion(q string) (string, error) {
	q = strings.TrimSpace(q)
	if q == "" {
		return "", ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > MaxQuestion {
		return "", ErrQuestionTooLong
	}
	return q, nil
}
