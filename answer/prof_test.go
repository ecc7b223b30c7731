package answer

import (
	"context"
	"os"
	"testing"

	"articlebot/article"
)

func TestProfBig(t *testing.T) {
	data, _ := os.ReadFile("/tmp/big1.txt")
	a, err := article.Parse("big", data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(context.Background(), a, Options{Logger: quiet}); err != nil {
		t.Fatal(err)
	}
}
