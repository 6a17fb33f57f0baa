package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ptb undoes the Penn Treebank escapes of pre-tokenized corpora.
var ptb = strings.NewReplacer(
	"-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}",
	"``", "\"", "''", "\"",
)

// maxBoilerLine is the longest line that may be dropped as boilerplate: a
// real paragraph that happens to start with "Follow the ..." is kept.
const maxBoilerLine = 300

// clean removes boilerplate from text: lines that are only a credit, byline,
// copyright, "Read more" or sharing prompt, and a dateline prefix such as
// "LONDON (Reuters) -" on the first line. It returns the remaining text and
// the news agency credited, if any.
func clean(text string, tr *trace) (body, wire string) {
	if strings.Contains(text, "-LRB-") || strings.Contains(text, "``") || strings.Contains(text, "''") {
		text = ptb.Replace(text)
	}
	t := loadTables()
	var b strings.Builder
	changed := false
	firstLine := true
	rest := text
	for rest != "" {
		line := rest
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			line, rest = rest[:nl], rest[nl+1:]
		} else {
			rest = ""
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			if b.Len() > 0 || changed {
				b.WriteByte('\n')
			}
			continue
		}
		if drop, w := t.boilerLine(trimmed); drop {
			if w != "" && wire == "" {
				wire = w
			}
			tr.add("dropped boilerplate line %q", clip(trimmed))
			changed = true
			continue
		}
		if firstLine {
			firstLine = false
			if cut, w := t.dateline(trimmed); cut > 0 {
				if w != "" && wire == "" {
					wire = w
				}
				tr.add("stripped dateline %q", strings.TrimSpace(trimmed[:cut]))
				trimmed = trimmed[cut:]
				changed = true
			}
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(trimmed)
	}
	if !changed {
		return text, wire
	}
	return b.String(), wire
}

func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	i := 60
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// boilerLine reports whether line (trimmed) is boilerplate, and the agency
// it credits.
func (t *tables) boilerLine(line string) (bool, string) {
	if len(line) > maxBoilerLine {
		return false, ""
	}
	l := strings.TrimLeft(line, "*•·>|#-–— \t")
	for _, p := range t.boiler {
		if hasPrefixFold(l, p) {
			return true, t.wireIn(line)
		}
	}
	if hasSuffixFold(strings.TrimRight(l, ". "), "contributed to this report") {
		return true, t.wireIn(line)
	}
	// Credit and byline lines: "By Jane Roe, Associated Press", "Reuters",
	// "(AP)", "Associated Press writer". They are short.
	if len(line) > 120 || strings.Count(line, " ") > 12 {
		return false, ""
	}
	words := lowerWords(line, 14)
	if len(words) == 0 || len(words) > 12 {
		return false, ""
	}
	w := t.wireIn(line)
	if words[0] == "by" && len(words) <= 8 && isByline(line) {
		return true, w
	}
	if w == "" {
		return false, ""
	}
	// Only the agency's name and credit words.
	name := t.wireNameIn(words)
	for _, x := range words {
		if !creditWords[x] && !name[x] {
			return false, ""
		}
	}
	return true, w
}

// isByline reports whether line, which starts with "By", names people or an
// agency: every later word is capitalised apart from "and" and "in"
// ("By Jane Roe and John Doe in Paris"), and it does not end a sentence.
func isByline(line string) bool {
	if strings.HasSuffix(line, ".") {
		return false
	}
	fields := strings.Fields(line)
	for _, f := range fields[1:] {
		f = strings.TrimLeft(f, "(\"'")
		if f == "" || f == "and" || f == "in" || f == "&" {
			continue
		}
		if r := firstRune(f); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

var creditWords = map[string]bool{
	"by": true, "the": true, "writer": true, "writers": true, "staff": true,
	"correspondent": true, "reporter": true, "reporters": true, "news": true,
	"agency": true, "contributed": true, "to": true, "this": true, "report": true,
	"source": true, "and": true, "via": true, "with": true, "wires": true, "wire": true,
}

// lowerWords returns up to max lowercased words of s (letters, digits and
// inner dots or hyphens), or nil if s has more.
func lowerWords(s string, max int) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !isWordRune(r) && r != '.' && r != '-'
	}) {
		f = strings.Trim(f, ".-")
		if f == "" {
			continue
		}
		if len(out) == max {
			return nil
		}
		out = append(out, strings.ToLower(f))
	}
	return out
}

// wireIn returns the agency whose name appears in s as whole words.
func (t *tables) wireIn(s string) string {
	words := lowerWords(s, 64)
	if words == nil {
		return ""
	}
	for _, wn := range t.wireNames {
		if containsSeq(words, wn.words) {
			return wn.agent
		}
	}
	return ""
}

// wireNameIn returns the set of words of the longest agency name found in
// words.
func (t *tables) wireNameIn(words []string) map[string]bool {
	for _, wn := range t.wireNames {
		if containsSeq(words, wn.words) {
			m := map[string]bool{}
			for _, w := range wn.words {
				m[w] = true
			}
			return m
		}
	}
	return nil
}

func containsSeq(words, seq []string) bool {
	for i := 0; i+len(seq) <= len(words); i++ {
		ok := true
		for j := range seq {
			if words[i+j] != seq[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// dateline returns the length of a dateline prefix of the first line
// ("LONDON (Reuters) - ", "WASHINGTON, May 3 (AP) — ", "PARIS — "), 0 if
// there is none, and the agency it credits.
func (t *tables) dateline(line string) (int, string) {
	// "... (Agency) -": a credit in parentheses near the start, then a dash
	// or colon.
	limit := min(len(line), 100)
	if open := strings.IndexByte(line[:limit], '('); open >= 0 {
		if cls := strings.IndexByte(line[open:limit], ')'); cls > 0 {
			inner := strings.ToLower(strings.TrimSpace(line[open+1 : open+cls]))
			if agent := t.wireExact(inner); agent != "" {
				if n := dashAfter(line, open+cls+1); n > 0 {
					return n, agent
				}
			}
		}
	}
	// "PLACE — ": an all-capitals place name, then a dash.
	i := 0
	letters := 0
	for i < len(line) && i < 40 {
		r, w := utf8.DecodeRuneInString(line[i:])
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return 0, ""
			}
			letters++
		} else if r != ' ' && r != ',' && r != '.' && r != '\'' {
			break
		}
		i += w
	}
	if letters >= 3 {
		if n := dashAfter(line, i); n > 0 && n > i {
			return n, ""
		}
	}
	return 0, ""
}

// wireExact returns the agency named exactly by s.
func (t *tables) wireExact(s string) string {
	for _, wn := range t.wireNames {
		if s == wn.name {
			return wn.agent
		}
	}
	return ""
}

// dashAfter returns the index after "  -  " (spaces, then one or more
// dashes or a colon, then spaces) at i, or 0.
func dashAfter(s string, i int) int {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) {
		r, w := utf8.DecodeRuneInString(s[k:])
		if r != '-' && r != '–' && r != '—' && r != ':' {
			break
		}
		k += w
	}
	if k == j {
		return 0
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case;
// prefix is lowercase.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// hasSuffixFold reports whether s ends with suffix, ignoring ASCII case;
// suffix is lowercase.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && hasPrefixFold(s[len(s)-len(suffix):], suffix)
}
