package temporal

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/news"
)

// TestDevTag is a temporary development aid (removed before hand-off).
func TestDevTag(t *testing.T) {
	s := os.Getenv("DEV_SENT")
	if s == "" {
		t.Skip()
	}
	ref, _ := news.ParseDate(os.Getenv("DEV_REF"))
	tg := New(Options{})
	for _, line := range strings.Split(s, "|") {
		fmt.Println(line)
		for _, m := range tg.Tag(line, ref) {
			fmt.Printf("   %q %s %s %s/%s rel=%v\n", m.Text, m.Type, m.Value, m.Date, m.Granularity, m.Relative)
		}
	}
}
