package quote

import (
	"testing"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/google/go-cmp/cmp"
)

func TestAnnotateKeepsAttributedSpeech(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the quotes' texts, in order
	}{
		{"direct quote without a speaker stays", "“The water is rising.” Residents packed their cars.", []string{"The water is rising."}},
		{"reported speech with a speaker stays", "Anna Smith said the dam would hold.", []string{"the dam would hold"}},
		{"an impression with no source is left out", "The new ferry seemed to please the island's older residents.", nil},
		{"the writer's own view is left out", "I think the new ferry will please the island's older residents.", nil},
		{"a quotation in the first person stays", "“I think the ferry will be late,” Anna Smith said.", []string{"I think the ferry will be late"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var x Extractor
			if len(x.Extract(tt.text)) == 0 {
				t.Fatalf("Extract(%q) finds nothing: the case tests nothing", tt.text)
			}
			a := &news.Article{ID: "a", Text: tt.text}
			x.Annotate(a)
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Annotate(%q) quotes (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
