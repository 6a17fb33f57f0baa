package temporal

import (
	"fmt"
	"math/rand"
	"os"
	"testing"
)

func TestDevT17(t *testing.T) {
	if os.Getenv("DEV_T17") == "" {
		t.Skip()
	}
	sents := loadT17(t)
	tg := New(Options{})
	r := rand.New(rand.NewSource(1))
	n := 0
	for n < 150 {
		s := sents[r.Intn(len(sents))]
		ms := tg.Tag(s.text, s.ref)
		if len(ms) == 0 {
			continue
		}
		n++
		fmt.Printf("[%s] %s\n", s.ref, s.text)
		for _, m := range ms {
			fmt.Printf("      %q %s %s\n", m.Text, m.Type, m.Value)
		}
	}
}
