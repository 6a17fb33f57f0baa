package dedup

import "testing"

func TestOriginMatchesSignature(t *testing.T) {
	h := MustNew(ArticleOptions())
	texts := []struct{ text, source string }{
		{"LONDON (Reuters) - Oil prices rose on Tuesday after the storm shut rigs in the Gulf.", "Daily Planet"},
		{"Oil prices rose on Tuesday after the storm shut rigs in the Gulf.", "Reuters"},
		{"Oil prices rose on Tuesday after the storm shut rigs in the Gulf.", "Daily Planet"},
		{"", "Gazette"},
	}
	for _, tt := range texts {
		wire, body := Origin(tt.text, tt.source)
		sig := h.Sign(tt.text)
		if want := Credit(tt.text, tt.source); wire != want {
			t.Errorf("Origin(%q, %q) wire = %q, want Credit's %q", tt.text, tt.source, wire, want)
		}
		if body != sig.Body {
			t.Errorf("Origin(%q) body = %x, want the signature's %x", tt.text, body, sig.Body)
		}
	}
}

func TestOriginIndependent(t *testing.T) {
	docs := []struct{ text, source string }{
		{"WASHINGTON (AP) - The Senate passed the spending bill late on Friday after a long debate.", "Herald"},
		{"WASHINGTON (AP) - The Senate passed the spending bill late on Friday after a long debate.", "Courier"},
		{"The Senate passed the spending bill late on Friday after a long debate.", "Associated Press"},
		{"Senators approved the budget on Friday night; the vote ended a week of talks.", "Gazette"},
	}
	var wires []string
	var bodies []uint64
	for _, d := range docs {
		w, b := Origin(d.text, d.source)
		wires, bodies = append(wires, w), append(bodies, b)
	}
	if got := Independent(wires, bodies); got != 2 {
		t.Errorf("Independent = %d (wires %q), want 2: the AP copies once, the Gazette's own story", got, wires)
	}
	if got := Independent(wires[:2], bodies[:2]); got != 1 {
		t.Errorf("Independent of two identical AP reprints = %d, want 1", got)
	}
}
