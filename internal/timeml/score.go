package timeml

import "strings"

// Span is one time expression to compare: a gold TIMEX3 or a prediction.
// Start and End are byte offsets into the same text.
type Span struct {
	Start, End int
	Type       string
	Value      string
}

// Counts are the raw TempEval-3 Task A counts over one or more documents.
// They add up across documents; derive the measures with [Counts.Scores].
type Counts struct {
	Documents int `json:"documents"`
	// Gold and Predicted count expressions.
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	// StrictP / RelaxedP count predicted spans equal to / overlapping some
	// gold span; StrictR / RelaxedR count gold spans equal to / overlapped
	// by some predicted span.
	StrictP  int `json:"strict_matched_predicted"`
	StrictR  int `json:"strict_matched_gold"`
	RelaxedP int `json:"relaxed_matched_predicted"`
	RelaxedR int `json:"relaxed_matched_gold"`
	// ValueOK and TypeOK count relaxed-matched gold expressions whose
	// paired prediction has the same value / type.
	ValueOK int `json:"value_correct"`
	TypeOK  int `json:"type_correct"`
}

// Add returns the sum of c and o.
func (c Counts) Add(o Counts) Counts {
	return Counts{
		Documents: c.Documents + o.Documents,
		Gold:      c.Gold + o.Gold, Predicted: c.Predicted + o.Predicted,
		StrictP: c.StrictP + o.StrictP, StrictR: c.StrictR + o.StrictR,
		RelaxedP: c.RelaxedP + o.RelaxedP, RelaxedR: c.RelaxedR + o.RelaxedR,
		ValueOK: c.ValueOK + o.ValueOK, TypeOK: c.TypeOK + o.TypeOK,
	}
}

// PRF is precision, recall and F1 as fractions in [0, 1].
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// Attr is an attribute's accuracy over relaxed matches and its F1
// (relaxed extent F1 × accuracy, the task's ranking measure), as fractions
// in [0, 1]. SetF1 is the paper's set formula 2PR/(P+R) with P =
// correct/predicted and R = correct/gold; it equals F1 whenever as many
// predicted as gold expressions are relaxed-matched, and differs slightly
// when one prediction overlaps two gold expressions or the reverse.
type Attr struct {
	Accuracy float64 `json:"accuracy"`
	F1       float64 `json:"f1"`
	SetF1    float64 `json:"set_f1"`
}

// Scores are the TempEval-3 Task A measures, all fractions in [0, 1].
type Scores struct {
	Strict  PRF  `json:"strict"`
	Relaxed PRF  `json:"relaxed"`
	Value   Attr `json:"value"`
	Type    Attr `json:"type"`
}

// Scores derives the measures from the counts.
func (c Counts) Scores() Scores {
	strict := prf(c.StrictP, c.Predicted, c.StrictR, c.Gold)
	relaxed := prf(c.RelaxedP, c.Predicted, c.RelaxedR, c.Gold)
	va, ta := ratio(c.ValueOK, c.RelaxedR), ratio(c.TypeOK, c.RelaxedR)
	return Scores{
		Strict: strict, Relaxed: relaxed,
		Value: Attr{Accuracy: va, F1: relaxed.F1 * va, SetF1: prf(c.ValueOK, c.Predicted, c.ValueOK, c.Gold).F1},
		Type:  Attr{Accuracy: ta, F1: relaxed.F1 * ta, SetF1: prf(c.TypeOK, c.Predicted, c.TypeOK, c.Gold).F1},
	}
}

func prf(matchedPred, pred, matchedGold, gold int) PRF {
	p, r := ratio(matchedPred, pred), ratio(matchedGold, gold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: p, R: r, F1: f}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score compares the predicted spans of one document with its gold spans.
// text is the document text both index into; spans are trimmed of
// surrounding white space in it before comparison. Spans out of range are
// clamped.
func Score(text string, gold, pred []Span) Counts {
	g := trimAll(text, gold)
	p := trimAll(text, pred)
	c := Counts{Documents: 1, Gold: len(g), Predicted: len(p)}
	for _, s := range p {
		strict, relaxed := false, false
		for _, t := range g {
			if overlaps(s, t) {
				relaxed = true
				if s.Start == t.Start && s.End == t.End {
					strict = true
				}
			}
		}
		if strict {
			c.StrictP++
		}
		if relaxed {
			c.RelaxedP++
		}
	}
	for _, t := range g {
		best, bestOv, strict := -1, 0, false
		for i, s := range p {
			if !overlaps(s, t) {
				continue
			}
			if s.Start == t.Start && s.End == t.End {
				strict = true
			}
			ov := min(s.End, t.End) - max(s.Start, t.Start)
			if best < 0 || ov > bestOv {
				best, bestOv = i, ov
			}
		}
		if best < 0 {
			continue
		}
		c.RelaxedR++
		if strict {
			c.StrictR++
		}
		if p[best].Value == t.Value {
			c.ValueOK++
		}
		if p[best].Type == t.Type {
			c.TypeOK++
		}
	}
	return c
}

func overlaps(a, b Span) bool { return a.Start < b.End && b.Start < a.End }

func trimAll(text string, spans []Span) []Span {
	out := make([]Span, 0, len(spans))
	for _, s := range spans {
		s.Start = max(0, min(s.Start, len(text)))
		s.End = max(s.Start, min(s.End, len(text)))
		for s.Start < s.End && isSpace(text[s.Start]) {
			s.Start++
		}
		for s.End > s.Start && isSpace(text[s.End-1]) {
			s.End--
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}

func isSpace(b byte) bool { return strings.IndexByte(" \t\r\n\f\v", b) >= 0 }
