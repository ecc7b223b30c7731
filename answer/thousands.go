package answer

import (
	"regexp"
	"strings"
	"unicode"
)

// spacedThousands is a figure whose thousands are set off by spaces ("1 500
// meals", "R20 000", "1 250 000 people"), as many countries write them.
var spacedThousands = regexp.MustCompile(`\d{1,3}(?:[ \x{00a0}\x{202f}\x{2009}]\d{3})+`)

// joinThousands writes a figure's spaced thousands with commas ("1 500" is
// "1,500", so that "R20 000" is a sum as "R20,000" is). A group of more or
// fewer than three digits ("+91 20 2565"), or a figure glued to other
// digits or a decimal point, is no such figure.
func joinThousands(text string) string {
	if !spacedDigits(text) {
		return text
	}
	var b strings.Builder
	at := 0
	for _, m := range spacedThousands.FindAllStringIndex(text, -1) {
		if m[0] > 0 && strings.ContainsRune("0123456789.,", rune(text[m[0]-1])) || m[1] < len(text) && isDigitByte(text[m[1]]) {
			continue
		}
		b.WriteString(text[at:m[0]])
		b.WriteString(strings.Join(strings.FieldsFunc(text[m[0]:m[1]], func(r rune) bool { return !unicode.IsDigit(r) }), ","))
		at = m[1]
	}
	if at == 0 {
		return text
	}
	b.WriteString(text[at:])
	return b.String()
}

// spacedDigits reports whether a text has a digit, a space and a digit in
// a row: the cheap test before spacedThousands.
func spacedDigits(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if text[i] == ' ' && isDigitByte(text[i-1]) && isDigitByte(text[i+1]) {
			return true
		}
	}
	return strings.ContainsAny(text, "\u00a0\u202f\u2009")
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
