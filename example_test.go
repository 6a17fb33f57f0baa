package dateline_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/dateline-news/dateline"
)

// Build a timeline of the sample story shipped with the repository and
// print it as text.
func Example() {
	ctx := context.Background()
	var arts []*dateline.Article
	for a, err := range dateline.Read(ctx, "internal/demo/corpus") {
		if err != nil {
			log.Print(err) // a document that cannot be used: named, then skipped
			continue
		}
		arts = append(arts, a)
	}
	tl, err := dateline.Build(ctx, arts, dateline.Options{Query: "Lowen dam", Dates: 3})
	if err != nil {
		log.Fatal(err)
	}
	if err := dateline.Render(os.Stdout, tl, "text"); err != nil {
		log.Fatal(err)
	}
	// Output:
	// Timeline: Lowen dam
	//
	// 2025-03-03  (3 mentions in 3 articles, 0 published that day)
	//   - "The cracks are serious, but the dam itself is holding," said Mara Quillon, the authority's chief engineer.
	//     [Varsland Press Agency, 2025-03-04; 2 sources; dated by publication the next day]
	//
	// 2025-03-09  (5 mentions in 5 articles, 1 published that day)
	//   - The Estmere Water Authority opened all four spillway gates of the Lowen Dam as Storm Orla pushed the reservoir close to its limit, officials said.
	//     [Varsland Press Agency, 2025-03-10; dated by mention 'Sunday']
	//
	// 2025-03-11  (3 mentions in 3 articles, 2 published that day)
	//   - The main wall of the dam was still standing, the Estmere Water Authority said.
	//     [Varsland Press Agency, 2025-03-11; 2 sources; dated by publication]
}

// Walk a timeline's entries: each date, why it was chosen, and its
// sentences with their sources.
func ExampleBuild() {
	ctx := context.Background()
	var arts []*dateline.Article
	for a, err := range dateline.Read(ctx, "internal/demo/corpus") {
		if err == nil {
			arts = append(arts, a)
		}
	}
	tl, err := dateline.Build(ctx, arts, dateline.Options{
		Query: "Lowen dam",
		Dates: 2,
		From:  dateline.NewDate(2025, 3, 10),
		To:    dateline.NewDate(2025, 3, 20),
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range tl.Dates {
		fmt.Printf("%s: %d articles mention it\n", e.Date, e.Evidence.Articles)
		for _, it := range e.Summary {
			fmt.Printf("  %s (%s, %s)\n", it.Text, it.Source, it.Published)
		}
	}
	// Output:
	// 2025-03-11: 3 articles mention it
	//   The main wall of the dam was still standing, the Estmere Water Authority said. (Varsland Press Agency, 2025-03-11)
	// 2025-03-19: 2 articles mention it
	//   Residents of the Sable valley welcomed the independent inquiry into the Lowen Dam announced yesterday by Infrastructure Minister Jonah Ferrant. (The Sable Valley Courier, 2025-03-20)
}
