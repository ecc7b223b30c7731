package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// readData parses a data.POS file: offset lex_filenum ss_type w_cnt
// (word lex_id){w_cnt} p_cnt (pointer offset pos source/target){p_cnt} …
func readData(path string) (map[string]synset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]synset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // the licence header
		}
		fields := strings.Fields(strings.SplitN(line, "|", 2)[0])
		if len(fields) < 6 {
			continue
		}
		var n int
		if _, err := fmt.Sscanf(fields[3], "%x", &n); err != nil {
			continue
		}
		var s synset
		i := 4
		for k := 0; k < n && i+1 < len(fields); k++ {
			w := usable(fields[i])
			if w != "" {
				s.words = append(s.words, w)
			} else if ph := phrase(fields[i]); ph != "" {
				s.phrases = append(s.phrases, ph)
			}
			s.lemmas = append(s.lemmas, w)
			i += 2
		}
		var p int
		if i < len(fields) {
			fmt.Sscanf(fields[i], "%d", &p)
			i++
		}
		for k := 0; k < p && i+3 < len(fields); k++ {
			switch fields[i] {
			case "&":
				s.similar = append(s.similar, fields[i+1])
			case "@":
				s.broader = append(s.broader, fields[i+1])
			case "!":
				var st int
				if _, err := fmt.Sscanf(fields[i+3], "%x", &st); err == nil {
					s.opposed = append(s.opposed, antonym{from: st >> 8, to: st & 0xff, offset: fields[i+1]})
				}
			case "+":
				var st int
				if _, err := fmt.Sscanf(fields[i+3], "%x", &st); err == nil {
					s.derived = append(s.derived, derivation{antonym{from: st >> 8, to: st & 0xff, offset: fields[i+1]}, fields[i+2]})
				}
			}
			i += 4
		}
		out[fields[0]] = s
	}
	return out, sc.Err()
}

// readExceptions reads an exception list: "inflected base …".
func readExceptions(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		a, b := usable(fs[0]), usable(fs[1])
		if a != "" && b != "" && a != b {
			out = append(out, a+" "+b)
		}
	}
	return out, sc.Err()
}
