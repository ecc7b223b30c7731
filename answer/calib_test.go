package answer

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"articlebot/article"
)

func TestCalib(t *testing.T) {
	if os.Getenv("CALIB") == "" {
		t.Skip()
	}
	for _, stem := range []string{"shipped", "harbor"} {
		path := "../testdata/eval/tuned/" + stem + ".txt"
		if stem == "shipped" {
			path = "../article.txt"
		}
		data, _ := os.ReadFile(path)
		a, _ := article.Parse(stem, data)
		e, _ := New(context.Background(), a, Options{Logger: quiet})
		f, _ := os.Open("../testdata/eval/tuned/" + stem + ".questions.jsonl")
		sc := bufio.NewScanner(f)
		var ok, n, wrongAcc, wrongN int
		for sc.Scan() {
			var q struct {
				Paraphrase []struct {
					Text      string
					Paragraph int
				}
			}
			json.Unmarshal(sc.Bytes(), &q)
			for _, p := range q.Paraphrase {
				c := e.claimInfo(p.Text)
				pp, _ := a.Paragraph(p.Paragraph)
				j := e.best(c, pp.Sentences)
				n++
				fmt.Printf("COV %.2f\n", j.coverage)
				if j.supports() {
					ok++
				} else {
					fmt.Printf("MISS ¶%d cov %.2f fig %v names %v pol %v: %s\n", p.Paragraph, j.coverage, j.figures, j.names, j.polarity, p.Text)
				}
				for _, nb := range []int{p.Paragraph - 1, p.Paragraph + 1} {
					np, ok2 := a.Paragraph(nb)
					if !ok2 || np.Kind != article.Body {
						continue
					}
					wrongN++
					jn := e.best(c, np.Sentences)
					if jn.supports() {
						wrongAcc++
						fmt.Printf("WRONG-ACCEPT ¶%d (true ¶%d) cov %.2f: %s\n", nb, p.Paragraph, jn.coverage, p.Text)
					}
				}
			}
		}
		f.Close()
		f, _ = os.Open("../testdata/eval/tuned/" + stem + ".claims.jsonl")
		sc = bufio.NewScanner(f)
		var inv, invAcc int
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			var cl struct {
				Text string
				Kind string
			}
			json.Unmarshal([]byte(line), &cl)
			if cl.Kind == "quote" {
				continue
			}
			inv++
			c := e.claimInfo(cl.Text)
			for _, p := range a.Body() {
				if j := e.best(c, p.Sentences); j.supports() {
					invAcc++
					fmt.Printf("INVENTED-ACCEPT ¶%d cov %.2f: %s\n", p.N, j.coverage, cl.Text)
					break
				}
			}
		}
		fmt.Printf("%s: correct kept %d/%d, wrong neighbour accepted %d/%d, invented accepted %d/%d\n", stem, ok, n, wrongAcc, wrongN, invAcc, inv)
	}
}
