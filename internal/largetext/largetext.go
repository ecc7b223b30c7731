// Package largetext builds the 4.5 MB article that the performance
// benchmarks index: the size issue 11 sets its targets for (indexed in
// 1.2 s and 200 MB). It is made from the repository's own articles, so
// the benchmarks need no file outside it.
package largetext

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Size is the length the text reaches, in bytes: the largest an article
// may have, less a margin.
const Size = 4_500_000

// Load returns the built-in article and the tuned harbor article, found
// under the repository root root, repeated in numbered parts until the
// text is Size bytes long, each line its own paragraph: about 24,900
// paragraphs and 38,300 sentences.
func Load(root string) ([]byte, error) {
	shipped, err := os.ReadFile(filepath.Join(root, "article.txt"))
	if err != nil {
		return nil, fmt.Errorf("large text: %w", err)
	}
	harbor, err := os.ReadFile(filepath.Join(root, "testdata", "eval", "tuned", "harbor.txt"))
	if err != nil {
		return nil, fmt.Errorf("large text: %w", err)
	}
	lines := strings.Split(strings.TrimSpace(string(shipped)), "\n")
	var b strings.Builder
	for part := 1; b.Len() < Size; part++ {
		fmt.Fprintf(&b, "Part %d: ", part)
		for _, line := range lines {
			b.WriteString(line + "\n\n")
		}
		b.WriteString(strings.TrimSpace(string(harbor)) + "\n\n")
	}
	return []byte(b.String()), nil
}
