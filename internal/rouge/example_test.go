package rouge_test

import (
	"fmt"

	"github.com/dateline-news/dateline/internal/rouge"
)

func ExampleCount() {
	a := rouge.NewAnalyzer()
	peer := a.Profile("The agreement was signed in Cairo .")
	ref := a.Profile("Agreements signed", "in Cairo on Monday .")
	fmt.Println(a.Terms("The agreement was signed in Cairo ."))
	c := rouge.Count(peer, ref)
	fmt.Printf("ROUGE-1 H=%d M=%d Pc=%d\n", c.Rouge1.Hit, c.Rouge1.Model, c.Rouge1.Peer)
	fmt.Printf("ROUGE-2 H=%d M=%d Pc=%d\n", c.Rouge2.Hit, c.Rouge2.Model, c.Rouge2.Peer)
	// Output:
	// [agreem sign cairo]
	// ROUGE-1 H=3 M=4 Pc=3
	// ROUGE-2 H=2 M=3 Pc=2
}
