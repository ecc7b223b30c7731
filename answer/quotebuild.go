package answer

import (
	"log/slog"

	"articlebot/article"
	"articlebot/quotes"
)

// attributeQuotes runs the quotation index's attribution passes; a
// variable so a test can make them fail.
var attributeQuotes = (*quotes.Tokenised).Build

// buildQuotes returns the quotation index of a tokenised article. A fault
// in the attribution passes (a bug an unforeseen article reaches; the
// passes run in their own goroutine, where a panic would end the whole
// process: every server's bot, not just this article) is logged, and the
// engine answers from the text without quotations or speakers instead of
// crashing.
func buildQuotes(t *quotes.Tokenised, log *slog.Logger) (ix *quotes.Index) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("finding the article's quotations failed; answering without them (please report this article)", "fault", r)
			ix = quotes.Build(&article.Article{})
		}
	}()
	return attributeQuotes(t)
}
