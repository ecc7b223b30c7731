package main

import (
	"errors"
	"fmt"
	"io/fs"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/eval"
	"articlebot/termtext"
	"articlebot/webarticle"
)

// describe turns an error into one line a person can act on, and the exit
// status that goes with it. The full chain stays in the error for logs.
func describe(err error) (string, int) {
	var ue usageError
	var ae argError
	var fe *eval.FormatError
	var we *webarticle.Error
	switch {
	case errors.As(err, &we):
		return webMessage(we), exitBadInput
	case errors.As(err, &fe):
		return fmt.Sprintf("%v: each line must be a JSON object, see `articlebot eval --help`", err), exitBadInput
	case errors.As(err, &ue):
		return ue.msg, exitBadInput
	case errors.As(err, &ae):
		return ae.msg, exitBadInput
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("%v: check the file path", err), exitBadInput
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("%v: the file is not readable by this user", err), exitBadInput
	case errors.Is(err, article.ErrEmpty):
		return fmt.Sprintf("%v: give --article a file with the article's text in it", err), exitBadInput
	case errors.Is(err, article.ErrBinary), errors.Is(err, article.ErrNotUTF8):
		return fmt.Sprintf("%v: --article takes a plain-text file in UTF-8 (save the article as .txt)", err), exitBadInput
	case errors.Is(err, article.ErrTooLarge):
		return fmt.Sprintf("%v: --article takes one news article, not a whole archive", err), exitBadInput
	case errors.Is(err, article.ErrNotFile):
		return fmt.Sprintf("%v: give --article the path of a text file (or - to read standard input)", err), exitBadInput
	case errors.Is(err, article.ErrNoBody):
		return fmt.Sprintf("%v: the file holds only headings or site boilerplate", err), exitBadInput
	case errors.Is(err, answer.ErrEmptyQuestion), errors.Is(err, answer.ErrQuestionTooLong):
		return err.Error(), exitBadInput
	}
	return err.Error(), exitError
}

// webMessage is the one line for a page that could not be read, with what
// to do about it.
func webMessage(e *webarticle.Error) string {
	msg := termtext.Clean(e.Error())
	switch {
	case errors.Is(e, webarticle.ErrNotFound), errors.Is(e, webarticle.ErrBadURL):
		return msg + ": check the address"
	case errors.Is(e, webarticle.ErrUnreachable), errors.Is(e, webarticle.ErrTimeout), errors.Is(e, webarticle.ErrHTTPStatus):
		return msg + ": try again later, or save the page and give --article the file"
	case errors.Is(e, webarticle.ErrNotPage):
		return msg + ": --article takes a news article's web page, HTML file or text file"
	case errors.Is(e, webarticle.ErrNoStory):
		return msg + ": give --article the address of the article itself"
	}
	return msg
}
