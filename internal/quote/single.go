package quote

import (
	"unicode"
	"unicode/utf8"
)

// Quotation with single marks. British and Irish outlets quote speech
// with single marks (‘We are ready,’ she said) and keep double marks for a
// quotation inside another; American ones do the reverse, and their
// single marks are nested quotations or apostrophes. A text whose single
// opening marks outnumber its double marks is read in the British style:
// its single marks that open or close a quotation become quotation
// tokens, as double marks are elsewhere.
//
// The same characters are apostrophes. A mark opens a quotation only at
// the start of a word (after a space, a line break, a bracket or a dash)
// before a letter — not "’90s", nor a clitic split off its word ("I 'm")
// — and closes one only when one is open,
// right after the quoted words and before a space, punctuation or the
// end of the line — not inside a word ("don’t") and not as a plural's
// possessive before a lower-case word ("the students’ union").

// singleMarks returns the byte offsets of the single marks of text that
// open (tOpenQ) or close (tCloseQ) a quotation, or nil when text does not
// quote in single marks.
func singleMarks(text string) map[int]tkind {
	// A byte scan: the marks are ASCII or a three-byte sequence starting
	// E2 80 (‘ ’ “ ”), and most texts have few.
	doubles, singles := 0, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"':
			doubles++
		case (c == '\'' || c == '`') && i+1 < len(text) && text[i+1] == c:
			doubles++ // '' and `` stand for double marks
			i++
		case c == '\'':
			if opensSingle(text, i, 1) {
				singles++
			}
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80:
			switch text[i+2] {
			case 0x9C, 0x9D: // “ ”
				doubles++
			case 0x98: // ‘
				if opensSingle(text, i, 3) {
					singles++
				}
			}
			i += 2
		}
	}
	if singles == 0 || doubles >= singles {
		return nil
	}
	marks := map[int]tkind{}
	open := -1
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			open = -1 // a quotation left open runs to its paragraph's end
		case r != '‘' && r != '’' && r != '\'':
		case r == '\'' && (i+1 < len(text) && text[i+1] == '\'' || i > 0 && text[i-1] == '\''):
			// part of a '' double mark
		case open < 0 && r != '’' && opensSingle(text, i, sz):
			marks[i] = tOpenQ
			open = i
		case open >= 0 && closesSingle(text, i, sz):
			marks[i] = tCloseQ
			open = -1
		}
		i += sz
	}
	return marks
}

// opensSingle reports whether the single mark of sz bytes at byte i of
// text can open a quotation: at the start of a word, before a letter.
func opensSingle(text string, i, sz int) bool {
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(p) && p != '(' && p != '[' && p != '—' && p != '–' && p != '-' && p != '“' && p != '"' {
			return false
		}
	}
	if i+sz >= len(text) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(text[i+sz:])
	if !unicode.IsLetter(n) {
		return false
	}
	// A clitic split off its word, as Penn Treebank text writes it ("I
	// 'm", "Egypt 's"), or an elision ("'em", "'til"), opens nothing.
	j := i + sz
	for j < len(text) && j < i+sz+5 && isLetterByte(text[j]) {
		j++
	}
	return !clitics[lowerASCII(text[i+sz:j])] || j < len(text) && isLetterByte(text[j])
}

// clitics are the words an apostrophe opens that are no quotation.
var clitics = map[string]bool{"s": true, "m": true, "re": true, "ve": true, "ll": true, "d": true, "t": true,
	"em": true, "til": true, "n": true, "cause": true, "tis": true}

// closesSingle reports whether the single mark of sz bytes at byte i of
// text can close a quotation: after the quoted words, before a space,
// punctuation or the end, and no plural's possessive.
func closesSingle(text string, i, sz int) bool {
	if i == 0 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(p) {
		return false
	}
	j := i + sz
	if j >= len(text) {
		return true
	}
	n, _ := utf8.DecodeRuneInString(text[j:])
	if unicode.IsLetter(n) || unicode.IsDigit(n) {
		return false // "don’t"
	}
	if unicode.IsSpace(n) && (p == 's' || p == 'S') {
		// "the students’ union": a possessive before a lower-case word.
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k < len(text) {
			w, _ := utf8.DecodeRuneInString(text[k:])
			if unicode.IsLower(w) {
				return false
			}
		}
	}
	return true
}
