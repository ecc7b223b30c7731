package quotes

// Court and local reports write a person's age in brackets and address
// between the name and what the person is: "Hollis Varden (61), of Quay
// Terrace, Port Asker, the owner of the boatyard,".

// pastAddress returns where the description after a name ending at i
// starts once an age in brackets and an address set off by commas ("(61)",
// ", of Quay Terrace, Port Asker") are skipped: the comma that opens the
// description, or i itself when there is neither.
func pastAddress(toks []token, i int) int {
	j := i
	if j+2 < len(toks) && toks[j].is("(") && isNumber(toks[j+1].text) && toks[j+2].is(")") {
		j += 3
	}
	age := j
	if j+2 < len(toks) && toks[j].is(",") && isNumber(toks[j+1].text) && toks[j+2].is(",") {
		age = j + 2 // "Arno Pask, 70, of Brindle,"
	}
	if a := addressEnd(toks, age); a > age {
		return a
	}
	return j
}

// addressEnd returns where an address that opens at the comma at c ends —
// ", of" or ", from" and then names in capitals, parts split by commas —
// at the comma after it that opens a description; else c. Only capitals
// may follow "of" (lower case starts a description: ", of all people,").
func addressEnd(toks []token, c int) int {
	if c+2 >= len(toks) || !toks[c].is(",") || !toks[c+1].is("of") && !toks[c+1].is("from") || !toks[c+2].capital() {
		return c
	}
	sent := toks[c].sent
	k := c + 2
	for k < len(toks) && toks[k].sent == sent && toks[k].quote < 0 {
		switch {
		case toks[k].capital():
			k++
			continue
		case toks[k].is(",") && k+1 < len(toks) && toks[k+1].capital() && !startsDescription(toks, k+1):
			k++
			continue
		}
		break
	}
	if k < len(toks) && toks[k].is(",") && k+1 < len(toks) && toks[k+1].sent == sent {
		return k
	}
	return c
}

// startsDescription reports whether the capitalised token k opens a
// description rather than a place: "The", "A", a possessive name.
func startsDescription(toks []token, k int) bool {
	w := toks[k].lower()
	return w == "the" || w == "a" || w == "an" || toks[k].poss
}

// inAddress reports whether the name whose run starts at token lo is part
// of an address after a person's name (see pastAddress): a place, which
// takes none of the descriptions around it and is no person itself.
func inAddress(toks []token, lo int) bool {
	k := lo - 1
	for k > 0 && (toks[k].is(",") || toks[k].capital()) && toks[k].sent == toks[lo].sent {
		k--
	}
	if k < 2 || !(toks[k].is("of") || toks[k].is("from")) || !toks[k-1].is(",") {
		return false
	}
	// What the comma follows: an age or a name.
	before := toks[k-2]
	return before.is(")") || isNumber(before.text) || before.capital() && before.sent == toks[lo].sent
}
