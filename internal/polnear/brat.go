package polnear

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Fragment is one contiguous piece of a text-bound annotation, in the
// offsets of the file it was read from (brat: Unicode code points).
type Fragment struct {
	Start, End int
}

// TextBound is a brat "T" annotation: a typed, possibly discontinuous span.
type TextBound struct {
	ID    string
	Type  string
	Frags []Fragment
	// Text is the annotated text as written in the file (informative only;
	// discontinuous fragments are joined by a space, and it may span
	// several lines).
	Text string
}

// Arg is one "Role:ID" argument of an event.
type Arg struct {
	Role string
	ID   string
}

// Event is a brat "E" annotation: a typed trigger with role arguments.
type Event struct {
	ID      string
	Type    string
	Trigger string
	Args    []Arg
}

// Arg returns the ID of the first argument with the given role and whether
// there is one.
func (e Event) Arg(role string) (string, bool) {
	for _, a := range e.Args {
		if a.Role == role {
			return a.ID, true
		}
	}
	return "", false
}

// Standoff is the content of one brat .ann file.
type Standoff struct {
	// Spans holds the text-bound annotations by ID.
	Spans map[string]*TextBound
	// Events are the event annotations in file order.
	Events []Event
}

// maxOffset bounds offsets so that corrupt files cannot make callers
// allocate absurd amounts.
const maxOffset = 1 << 30

// ParseStandoff reads a brat standoff file. Lines other than T and E
// annotations (relations, attributes, notes, comments) are skipped. A line
// that does not start with an annotation ID is the continuation of the
// previous text-bound's text (brat writes discontinuous spans that cross a
// line break that way). The first malformed T or E line stops the parse
// with an error naming its line. Fragments are returned sorted by offset.
func ParseStandoff(r io.Reader) (*Standoff, error) {
	s := &Standoff{Spans: map[string]*TextBound{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var last *TextBound
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		id, rest, ok := strings.Cut(line, "\t")
		if !ok || !isAnnID(id) {
			if last != nil {
				last.Text += "\n" + line
				continue
			}
			if strings.TrimSpace(line) == "" {
				continue
			}
			return nil, fmt.Errorf("line %d: not a brat annotation: %.40q", n, line)
		}
		last = nil
		switch id[0] {
		case 'T':
			tb, err := parseTextBound(id, rest)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			if _, dup := s.Spans[id]; dup {
				return nil, fmt.Errorf("line %d: duplicate annotation id %s", n, id)
			}
			s.Spans[id] = tb
			last = tb
		case 'E':
			ev, err := parseEvent(id, rest)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			s.Events = append(s.Events, ev)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

// isAnnID reports whether id looks like a brat annotation ID: one of the
// letters brat uses followed by digits ("T12", "E3", "#1", "*").
func isAnnID(id string) bool {
	if id == "" || !strings.ContainsRune("TERAMN#*", rune(id[0])) {
		return false
	}
	for _, c := range id[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return id == "*" || len(id) > 1
}

func parseTextBound(id, rest string) (*TextBound, error) {
	head, text, _ := strings.Cut(rest, "\t")
	typ, offs, ok := strings.Cut(head, " ")
	if !ok || typ == "" {
		return nil, fmt.Errorf("text-bound %s: missing type or offsets", id)
	}
	tb := &TextBound{ID: id, Type: typ, Text: text}
	for f := range strings.SplitSeq(offs, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(f), " ")
		if !ok {
			return nil, fmt.Errorf("text-bound %s: bad fragment %q", id, f)
		}
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || start < 0 || end < start || end > maxOffset {
			return nil, fmt.Errorf("text-bound %s: bad offsets %q", id, f)
		}
		tb.Frags = append(tb.Frags, Fragment{start, end})
	}
	sort.Slice(tb.Frags, func(i, j int) bool { return tb.Frags[i].Start < tb.Frags[j].Start })
	return tb, nil
}

func parseEvent(id, rest string) (Event, error) {
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return Event{}, fmt.Errorf("event %s: empty", id)
	}
	ev := Event{ID: id}
	for i, f := range fields {
		role, ref, ok := strings.Cut(f, ":")
		if !ok || role == "" || ref == "" {
			return Event{}, fmt.Errorf("event %s: bad argument %q", id, f)
		}
		if i == 0 {
			ev.Type, ev.Trigger = role, ref
			continue
		}
		ev.Args = append(ev.Args, Arg{Role: role, ID: ref})
	}
	return ev, nil
}
