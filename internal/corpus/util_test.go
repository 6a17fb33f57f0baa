package corpus

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/news"
)

func TestJoinSentences(t *testing.T) {
	sent := func(i, start, end int, text string) news.Sentence {
		return news.Sentence{Index: i, Start: start, End: end, Text: text}
	}
	tests := []struct {
		name      string
		lines     string   // input of joinLines
		parts     []string // input of joinSentences
		wantText  string
		wantSents []news.Sentence
	}{
		{
			name:      "trimmed, blank dropped",
			lines:     "\ufeff  One .  \r\n\r\n\tTwo .\n",
			parts:     []string{"  One .  ", "", " \t", "\tTwo ."},
			wantText:  "One .\nTwo .",
			wantSents: []news.Sentence{sent(0, 0, 5, "One ."), sent(1, 6, 11, "Two .")},
		},
		{
			name:      "no final newline",
			lines:     "a\nb",
			parts:     []string{"a", "b"},
			wantText:  "a\nb",
			wantSents: []news.Sentence{sent(0, 0, 1, "a"), sent(1, 2, 3, "b")},
		},
		{
			name:      "nothing",
			lines:     " \n\n",
			parts:     []string{" ", ""},
			wantText:  "",
			wantSents: []news.Sentence{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinLines([]byte(tt.lines))
			if text != tt.wantText {
				t.Errorf("joinLines text = %q, want %q", text, tt.wantText)
			}
			if diff := cmp.Diff(tt.wantSents, sents); diff != "" {
				t.Errorf("joinLines sentences (-want +got):\n%s", diff)
			}
			text, sents = joinSentences(tt.parts)
			if text != tt.wantText {
				t.Errorf("joinSentences text = %q, want %q", text, tt.wantText)
			}
			if diff := cmp.Diff(tt.wantSents, sents); diff != "" {
				t.Errorf("joinSentences sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func BenchmarkJoinLines(b *testing.B) {
	doc := []byte(strings.Repeat("The council said on Tuesday that 12 homes were damaged by the quake . \n", 60))
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		joinLines(doc)
	}
}

func BenchmarkJoinSentences(b *testing.B) {
	parts := strings.Split(strings.Repeat("The council said on Tuesday that 12 homes were damaged by the quake . \n", 60), "\n")
	for b.Loop() {
		joinSentences(parts)
	}
}
