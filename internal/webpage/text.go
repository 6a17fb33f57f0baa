package webpage

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/dateline-news/dateline/internal/htmltext"
)

// nodeText renders trafilatura's content tree n as text: one line per block
// element, white space within a line collapsed, soft hyphens removed.
func nodeText(n *html.Node) string { return htmltext.Node(n) }

// tidyLines cleans trafilatura's plain-text output the same way.
func tidyLines(s string) string { return htmltext.TidyJoined(s) }

// dropTitle removes a leading line that repeats the title: Article.Text is
// the body only.
func dropTitle(text, title string) string {
	title = strings.Join(strings.Fields(title), " ")
	if title == "" {
		return text
	}
	first, rest, _ := strings.Cut(text, "\n")
	if strings.EqualFold(first, title) {
		return rest
	}
	return text
}
