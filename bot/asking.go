package bot

import (
	"context"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"articlebot/answer"
)

// Causes of an answer ending early.
var (
	errStopped = errors.New("stopped by the asker")
	errTooSlow = errors.New("the answer took longer than its deadline")
)

// question is one question to answer, from /ask or a message.
type question struct {
	text    string
	asker   string // user id
	guild   string // the server asked in, "" in a DM: whose article answers
	convKey string // the thread or DM whose history applies, or ""
	// Where the question was asked: its channel, its message ("" for a
	// command), the bot answer it replies to (a reply chain outside
	// threads), and the rate-limit bucket of its handler.
	channelID, messageID, replyTo, bucket string
	// entry is where the question came in, and start when, for metrics.
	entry string
	start time.Time
	// header, when set, heads the answer: an /ask answer quotes its
	// question, which Discord shows nobody else.
	header string
	// done, when set, is called once the outcome is known and before the
	// asker is shown it, so they may ask again as soon as they read it.
	done func()
}

func (q question) finished() {
	if q.done != nil {
		q.done()
	}
}

// checkQuestion returns a sentence refusing a question, or "".
func (b *Bot) checkQuestion(text string) string {
	n := utf8.RuneCountInString(text)
	switch {
	case n == 0:
		return msgEmpty
	case n > b.cfg.MaxQuestion || n > answer.MaxQuestion:
		return fmt.Sprintf("Your question is %d characters long; I take at most %d. Please ask about one thing at a time.",
			n, min(b.cfg.MaxQuestion, answer.MaxQuestion))
	}
	return ""
}

// gate returns a sentence refusing a question in this place, or "".
func (b *Bot) gate(ctx context.Context, channelID string, dm bool, bucket string) string {
	switch {
	case b.draining.Load():
		return msgDraining
	case dm && !b.cfg.AllowDMs:
		return msgDMsOff
	case !dm && !b.allowed(ctx, channelID, bucket):
		return b.notAllowedText()
	}
	return ""
}

// answerQuestion writes the answer to q into sf: queue position if the
// model is busy, the model's text as it streams (with a Stop button), then
// the checked answer with its citations, split over several messages when
// long. onAnswer, when not nil, runs once the answer is known and before it
// is shown, so that whatever depends on it (the thread's history, the
// asker's turn) is ready by the time the asker can read it. It reports the
// result and whether the answer was shown.
func (b *Bot) answerQuestion(ctx context.Context, q question, sf surface, onAnswer func(answer.Result)) (res answer.Result, ok bool) {
	start := time.Now()
	if q.start.IsZero() {
		q.start = start
	}
	ctx, cancelTimeout := context.WithTimeoutCause(ctx, b.cfg.AnswerTimeout, errTooSlow)
	defer cancelTimeout()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r := b.running.add(q.asker, cancel)
	defer b.running.remove(r.key)

	ed := newEditor(sf, b.cfg.EditInterval, stopButton(r.key), b.log)
	defer ed.stop()
	// Finishing touches must outlive a stop or a shutdown of the answer.
	fctx, fcancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer fcancel()
	defer func() {
		if recovered(b.log, recover(), "answer", "user", q.asker) {
			ed.stop()
			q.finished()
			b.fail(fctx, sf, ed, msgFailed)
			ok = false
		}
	}()

	history := b.history(ctx, q)
	res, err := b.ask(ctx, q, history, ed)
	ed.stop()
	// The answer is over: a Stop click from now on, even one racing the
	// last edit that removes the button, is told so instead of being
	// acknowledged in silence.
	b.running.remove(r.key)
	if err != nil {
		q.finished()
		b.observeFailure(q, err, context.Cause(ctx))
		b.answerFailed(fctx, sf, ed, err, context.Cause(ctx), q)
		return res, false
	}
	if onAnswer != nil {
		onAnswer(res)
	}
	if res.Fault != nil {
		b.log.Warn("model failed; answered extractively", "user", q.asker, "err", res.Fault)
	}
	q.finished()
	parts, shown := b.show(fctx, sf, ed, res, q)
	b.observeAnswer(q, res, shown, start)
	if shown {
		b.log.Info("answered", "user", q.asker, "mode", res.Mode, "citations", len(res.Citations),
			"abstained", res.Abstained, "parts", parts, "edits", ed.editCount(), "took", time.Since(start).Round(time.Millisecond))
	}
	return res, shown
}

// show makes the checked answer the message's last edit, posts the rest of
// a long answer after it (or all of it anew once the message can no longer
// be edited), and sends the model notice privately when it can. It returns
// the number of parts and whether the answer was shown.
func (b *Bot) show(ctx context.Context, sf surface, ed *editor, res answer.Result, q question) (int, bool) {
	asker := q.asker
	private := sf.private()
	text := renderAnswer(res, !private)
	if q.header != "" {
		text = sanitize(q.header) + "\n" + text
	}
	parts := capParts(splitMessage(text, maxContent), moreLine(res))
	if len(parts) == 0 {
		parts = []string{"The article doesn't say."}
	}
	err := ed.final(ctx, parts[0])
	switch {
	case errors.Is(err, errExpired):
		if err := sf.repost(ctx, parts); err != nil {
			b.log.Error("could not post an answer after the interaction expired", "user", asker, "err", err)
			return len(parts), false
		}
	case err != nil:
		// The message still shows the unchecked draft: take it down, and
		// post the checked answer anew.
		b.log.Error("could not show an answer; posting it anew", "user", asker, "err", err)
		b.withdraw(ctx, sf, asker)
		if err := sf.repost(ctx, parts); err != nil {
			b.log.Error("could not post an answer anew", "user", asker, "err", err)
			return len(parts), false
		}
	default:
		for _, p := range parts[1:] {
			if err := sf.extra(ctx, p); err != nil {
				b.log.Error("could not post the rest of a long answer", "user", asker, "err", err)
				break
			}
		}
	}
	if res.Notice != "" && private {
		if err := sf.note(ctx, res.Notice); err != nil {
			b.log.Warn("could not send the model notice", "user", asker, "err", err)
		}
	}
	return len(parts), true
}

// ask waits for a model slot (in llm mode) and asks the engine.
func (b *Bot) ask(ctx context.Context, q question, history []answer.Turn, ed *editor) (answer.Result, error) {
	// The engine is taken once: an article loaded meanwhile answers the
	// next question, and this answer's citations stay with this article.
	eng, err := b.engineFor(ctx, q.guild)
	if err != nil {
		return answer.Result{}, err
	}
	if b.llm != nil {
		release, err := b.llm.acquire(ctx, func(ahead int) { ed.setStatus(queuedText(ahead)) })
		if err != nil {
			return answer.Result{}, err
		}
		defer release()
		if ctx.Err() != nil {
			return answer.Result{}, context.Cause(ctx)
		}
	}
	var onDelta func(string)
	if eng.Mode() == answer.LLM {
		onDelta = b.firstToken(q.start, ed.append) // an extractive answer comes whole: no streaming edit
	}
	return eng.Ask(ctx, answer.Request{Question: q.text, History: history}, onDelta)
}

func queuedText(ahead int) string {
	if ahead == 0 {
		return "⏳ Many questions at once: yours is next in the queue."
	}
	return fmt.Sprintf("⏳ Many questions at once: yours is in the queue, %d ahead of it.", ahead)
}

// answerFailed tells the asker why there is no answer, in a sentence; the
// error chain goes to the log.
func (b *Bot) answerFailed(ctx context.Context, sf surface, ed *editor, err, cause error, q question) {
	switch {
	case errors.Is(cause, errStopped):
		b.log.Info("answer stopped by the asker", "user", q.asker)
		b.finish(ctx, sf, ed, msgStopped)
	case errors.Is(cause, errShutdown):
		b.log.Info("answer cut off by shutdown", "user", q.asker)
		b.finish(ctx, sf, ed, msgCutOff)
	case errors.Is(cause, errTooSlow):
		b.log.Warn("answer timed out", "user", q.asker, "timeout", b.cfg.AnswerTimeout, "err", err)
		b.fail(ctx, sf, ed, msgTooSlow)
	case errors.Is(err, errArticleUnavailable):
		b.log.Error("server's article unavailable", "user", q.asker, "guild", q.guild, "err", err)
		b.fail(ctx, sf, ed, msgArticleUnavailable)
	case errors.Is(err, answer.ErrEmptyQuestion):
		b.fail(ctx, sf, ed, msgEmpty)
	case errors.Is(err, answer.ErrQuestionTooLong):
		b.fail(ctx, sf, ed, b.checkQuestion(q.text))
	default:
		b.log.Error("answer failed", "user", q.asker, "err", err)
		b.fail(ctx, sf, ed, msgFailed)
	}
}

// finish makes text the message's last edit, or posts it anew when the
// message can no longer be edited. A draft it cannot replace is taken down.
func (b *Bot) finish(ctx context.Context, sf surface, ed *editor, text string) {
	err := ed.final(ctx, text)
	if err != nil && !errors.Is(err, errExpired) {
		b.withdraw(ctx, sf, "")
	}
	if err != nil {
		err = sf.repost(ctx, []string{text})
	}
	if err != nil {
		b.log.Warn("could not tell the asker how their answer ended", "err", err)
	}
}

// withdraw takes down a message that still shows an unchecked draft.
func (b *Bot) withdraw(ctx context.Context, sf surface, asker string) {
	if err := sf.withdraw(ctx); err != nil && !errors.Is(err, errExpired) {
		b.log.Warn("could not take down an unchecked draft", "user", asker, "err", err)
	}
}

// fail tells the asker a sentence, privately when the surface allows.
func (b *Bot) fail(ctx context.Context, sf surface, ed *editor, text string) {
	if !sf.private() {
		b.finish(ctx, sf, ed, text)
		return
	}
	if err := sf.failPrivately(ctx, text); err != nil {
		b.log.Warn("could not tell the asker about an error", "err", err)
	}
}
