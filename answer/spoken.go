// Figures as people say them: "£6.8m" for "£6.8 million", "one in seven"
// for 14 percent, "seven pounds fifty" for £7.50, "fourfold" for "four
// times". A model answering in its own words writes figures these ways.

package answer

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	// abbreviatedScale is a scale written as a letter after an amount:
	// "£6.8m", "$2.3bn", "4bn". "m" only after a currency mark: "38m"
	// alone is metres.
	abbreviatedScale = regexp.MustCompile(`(?i)([$£€¥]\s?\d[\d,]*(?:\.\d+)?)(m)\b|(\d[\d,]*(?:\.\d+)?)\s?(bn|tn|million|billion|trillion)\b`)
	// spokenPrice is "seven pounds fifty", "two dollars 40": the amount
	// after the currency word is its hundredths.
	spokenPrice = regexp.MustCompile(`(?i)\b([\w,.]+(?:-\w+)?)\s+(pounds?|dollars?|euros?)\s+(\w+(?:-\w+)?)\b`)
	// bareMillions is an amount with "m" glued and no currency mark
	// ("310m krónur"), read as millions only beside a marked one
	// ("($44m)"); pence is an amount of pence or cents: "2p in the pound".
	bareMillions = regexp.MustCompile(`\b(\d[\d,]*(?:\.\d+)?)m\b`)
	pence        = regexp.MustCompile(`\b(\d+(?:\.\d+)?)p\b`)
	// ratioWords are "one in seven", "three out of four": a share.
	ratioWords = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:in|out\s+of)\s+(every\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|\d+)\b`)
	// foldWords are "fourfold", "three-fold": that many times.
	foldWords = regexp.MustCompile(`(?i)\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d+)-?fold\b`)
)

// scaleLetters are the scales abbreviatedScale reads.
// A scale written whole but glued to its amount ("€60million") is read too.
var scaleLetters = map[string]string{"m": "million", "bn": "billion", "tn": "trillion", "million": "million", "billion": "billion", "trillion": "trillion"}

// spokenForms rewrites the figures of a text that are said rather than
// written into the forms readFigures reads: "£6.8m" as "£6.8 million",
// "seven pounds fifty" as "7.5 pounds", "fourfold" as "four". It returns
// the shares ("one in seven" is 1/7) apart, with their text blanked: a
// share is a fraction, never its two numbers.
func spokenForms(text string) (string, []float64) {
	if !strings.ContainsAny(text, "0123456789") && !strings.Contains(strings.ToLower(text), "fold") &&
		!ratioWords.MatchString(text) && !spokenPrice.MatchString(text) {
		return text, nil
	}
	marked := false
	text = abbreviatedScale.ReplaceAllStringFunc(text, func(m string) string {
		sub := abbreviatedScale.FindStringSubmatch(m)
		if sub[1] != "" {
			marked = true
			return sub[1] + " " + scaleLetters[strings.ToLower(sub[2])]
		}
		return sub[3] + " " + scaleLetters[strings.ToLower(sub[4])]
	})
	if marked {
		text = bareMillions.ReplaceAllString(text, "$1 million")
	}
	text = penceSums(text)
	text = spokenPrice.ReplaceAllStringFunc(text, func(m string) string {
		sub := spokenPrice.FindStringSubmatch(m)
		whole, ok := countValue(sub[1])
		part, pok := countValue(sub[3])
		if !ok || !pok || part < 1 || part > 99 || part != float64(int(part)) {
			return m
		}
		return formatFigure(whole+part/100) + " " + sub[2]
	})
	text = foldWords.ReplaceAllString(text, "$1")
	var shares []float64
	for _, loc := range ratioWords.FindAllStringSubmatchIndex(text, -1) {
		n, _ := parseNumber(ratioNumber(text[loc[2]:loc[3]]))
		den := text[loc[6]:loc[7]]
		d, _ := parseNumber(ratioNumber(den))
		if n <= 0 || d <= n || isDigitByte(den[0]) && d > maxShareDigits || compoundEnds(text, loc) {
			continue
		}
		shares = append(shares, round(n/d))
	}
	if shares != nil {
		b := []byte(text)
		for _, loc := range ratioWords.FindAllStringSubmatchIndex(text, -1) {
			den := text[loc[6]:loc[7]]
			if d, _ := parseNumber(den); isDigitByte(den[0]) && d > maxShareDigits || compoundEnds(text, loc) {
				continue
			}
			for k := loc[0]; k < loc[1]; k++ {
				b[k] = ' '
			}
		}
		text = string(b)
	}
	return text, shares
}

// maxShareDigits is the largest denominator in digits a share is read
// with: "1 in 4" is a share, "11 out of 37 plants" two counts and "four in
// 2012" no ratio at all.
const maxShareDigits = 10

// compoundEnds reports whether a share's numbers are the ends of longer
// spelled numbers: "forty-one out of two hundred" is 41 of 200, not "one
// out of two" (the tens word glued before "one", "hundred" after "two").
func compoundEnds(text string, loc []int) bool {
	before := strings.Fields(text[:loc[0]])
	if strings.HasSuffix(text[:loc[0]], "-") || len(before) > 0 && tensWords[strings.ToLower(strings.Trim(before[len(before)-1], ",;:"))] {
		return true
	}
	after := text[loc[1]:]
	if strings.HasPrefix(after, "-") {
		return true
	}
	rest := strings.Fields(after)
	return len(rest) > 0 && scaleWords[strings.ToLower(strings.Trim(rest[0], ",.;:"))] > 0
}

// tensWords are the tens a unit word may follow in a spelled number.
var tensWords = map[string]bool{"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true}

// ratioNumber folds a ratio's number word; "one" is a number only here.
func ratioNumber(w string) string {
	w = strings.ToLower(w)
	if w == "one" {
		return "1"
	}
	return w
}

// formatFigure writes a value as digits ("7.5").
func formatFigure(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// saidFigure reports whether a word is a figure said another way ("6.8m",
// "fourfold"), for the figure words of a claim (figureterms.go).
func saidFigure(w string) bool {
	return abbreviatedNumber.MatchString(w) || foldWords.MatchString(w)
}

// abbreviatedNumber is a folded word with a scale letter: "6.8m", "2.3bn".
var abbreviatedNumber = regexp.MustCompile(`^\d[\d,]*(?:\.\d+)?(?:m|bn|tn)$`)

// penceSums rewrites an amount of pence glued to its "p" ("2p", "50p")
// as the amount: "two pence" is 2 too. A clock time ("4p.m.") is not one.
func penceSums(text string) string {
	if !strings.Contains(text, "p") {
		return text
	}
	locs := pence.FindAllStringSubmatchIndex(text, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		l := locs[k]
		if l[1] < len(text) && text[l[1]] == '.' && l[1]+1 < len(text) && (text[l[1]+1] == 'm' || text[l[1]+1] == 'M') {
			continue
		}
		text = text[:l[0]] + text[l[2]:l[3]] + " pence" + text[l[1]:]
	}
	return text
}
