package answer

import (
	"strings"
)

// A question that names a unit ("How heavy was the barge's cargo in
// kilograms?", "How many litres …?") asks for an amount of that kind: a
// figure in another dimension ("a 40-metre crane") is no answer, while
// the same dimension in another unit ("9.6 feet" for "in metres") is.

// unitDimensions maps unit words to their dimension.
var unitDimensions = map[string]string{}

func init() {
	for dim, words := range map[string]string{
		"mass":        `kilogram kilograms kg kilo kilos tonne tonnes ton tons gram grams milligram milligrams ounce ounces lb lbs`,
		"length":      `metre metres meter meters kilometre kilometres kilometer kilometers km mile miles foot feet ft inch inches centimetre centimetres centimeter centimeters cm millimetre millimetres millimeter millimeters mm yard yards`,
		"volume":      `litre litres liter liters gallon gallons gigalitre gigalitres megalitre megalitres millilitre millilitres`,
		"area":        `hectare hectares acre acres`,
		"temperature": `degree degrees celsius fahrenheit`,
		"power":       `watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts kw mw gw`,
	} {
		for _, w := range strings.Fields(words) {
			unitDimensions[w] = dim
		}
	}
}

// askedDimension returns the dimension of the first unit a question
// asks its answer in ("in kilograms", "how many litres"), or "". A unit
// word elsewhere is a thing ("Who must install a meter?").
func askedDimension(q string) string {
	ws := strings.Fields(strings.ToLower(q))
	for i, w := range ws {
		dim, ok := unitDimensions[strings.Trim(w, "?!.,;:()\"“”'’")]
		if ok && i > 0 && (ws[i-1] == "in" || ws[i-1] == "many") {
			return dim
		}
	}
	return ""
}

// unitKept reports whether a sentence states a figure in dimension dim
// (askedDimension's): a number with a unit of that dimension right after
// it ("12 metres", "a 40-tonne load", "twelve metres"). An empty dim (a
// question that names no unit) passes.
func unitKept(dim, s string) bool {
	if dim == "" {
		return true
	}
	words := wordRe.FindAllStringIndex(s, -1)
	for i, w := range words {
		word := strings.ToLower(s[w[0]:w[1]])
		// "40-tonne": the unit after a hyphen in one word.
		if k := strings.LastIndexByte(word, '-'); k > 0 && unitDimensions[word[k+1:]] == dim && numberRe.MatchString(word[:k]) {
			return true
		}
		if unitDimensions[strings.TrimRight(word, ".,")] != dim || i == 0 {
			continue
		}
		if prev := strings.ToLower(s[words[i-1][0]:words[i-1][1]]); numberRe.MatchString(prev) {
			return true
		}
	}
	return false
}
