package tlseval_test

import (
	"fmt"
	"strings"

	"github.com/dateline-news/dateline/internal/tlseval"
)

func ExampleReference_ScoreAll() {
	ref, _, err := tlseval.ReadText("ref.txt", strings.NewReader(`2011-01-25
Protesters gather in Cairo 's Tahrir Square .
--------------------------------
2011-02-11
Mubarak resigns ; the army takes power .
--------------------------------
`))
	if err != nil {
		panic(err)
	}
	pred, _, err := tlseval.ReadText("pred.txt", strings.NewReader(`2011-01-25
Thousands gather in Tahrir Square .
--------------------------------
2011-02-12
Mubarak resigns .
--------------------------------
`))
	if err != nil {
		panic(err)
	}
	res := tlseval.PrepareReference(ref).ScoreAll(pred)
	// Counted terms: ref [protest gather cairo tahrir squar], [mubarak
	// resign armi take power]; pred [thousand gather tahrir squar],
	// [mubarak resign]. Each date aligns with its namesake or its
	// neighbour one day off (weight 1/2), so P = (3 + 2/2)/(4+2) and
	// R = (3 + 2/2)/(5+5).
	m1 := res.AlignPlusM1
	fmt.Printf("AR-1 P %.3f R %.3f F %.3f\n", m1.Rouge1.Precision, m1.Rouge1.Recall, m1.Rouge1.F)
	fmt.Printf("date F1 %.3f\n", res.Dates.F)
	// Output:
	// AR-1 P 0.667 R 0.400 F 0.500
	// date F1 0.500
}

func ExampleMacroAverage() {
	results := []tlseval.Result{
		{Dates: tlseval.PRF{Precision: 1, Recall: 0.2}},
		{Dates: tlseval.PRF{Precision: 0.2, Recall: 1}},
	}
	avg := tlseval.MacroAverage(results)
	// F is computed from the mean P and mean R, not averaged.
	fmt.Printf("P %.2f R %.2f F %.2f\n", avg.Dates.Precision, avg.Dates.Recall, avg.Dates.F)
	// Output: P 0.60 R 0.60 F 0.60
}
