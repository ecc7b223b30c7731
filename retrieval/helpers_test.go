package retrieval

import (
	"testing"

	"articlebot/article"
)

func loadArticle(tb testing.TB) *article.Article {
	tb.Helper()
	a, err := article.Load("../article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
