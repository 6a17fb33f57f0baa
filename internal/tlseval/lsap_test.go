package tlseval

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLinearSumAssignment(t *testing.T) {
	tests := []struct {
		name             string
		cost             [][]float64
		wantRows, wantCl []int
	}{
		{
			name:     "constant square matrix gives the identity (scipy #11602)",
			cost:     [][]float64{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}},
			wantRows: []int{0, 1, 2}, wantCl: []int{0, 1, 2},
		},
		{
			name:     "wide matrix",
			cost:     [][]float64{{4, 1, 3}, {2, 0, 5}},
			wantRows: []int{0, 1}, wantCl: []int{1, 0},
		},
		{
			name:     "tall matrix is solved transposed, pairs by row",
			cost:     [][]float64{{4, 2}, {1, 0}, {3, 5}},
			wantRows: []int{0, 1}, wantCl: []int{1, 0},
		},
		{
			name:     "constant wide matrix",
			cost:     [][]float64{{0, 0, 0}, {0, 0, 0}},
			wantRows: []int{0, 1}, wantCl: []int{0, 1},
		},
		{
			name:     "constant tall matrix",
			cost:     [][]float64{{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}},
			wantRows: []int{0, 1}, wantCl: []int{0, 1},
		},
		{name: "no columns", cost: [][]float64{{}, {}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			flat, nr, nc := flatten(tt.cost)
			rows, cols := linearSumAssignment(flat, nr, nc)
			if diff := cmp.Diff(tt.wantRows, rows); diff != "" {
				t.Errorf("rows mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantCl, cols); diff != "" {
				t.Errorf("cols mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func flatten(m [][]float64) ([]float64, int, int) {
	nr, nc := len(m), 0
	if nr > 0 {
		nc = len(m[0])
	}
	var flat []float64
	for _, row := range m {
		flat = append(flat, row...)
	}
	return flat, nr, nc
}

// TestLinearSumAssignmentOptimal compares the total cost with brute force
// on small random matrices, including many ties.
func TestLinearSumAssignmentOptimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		nr, nc := 1+rng.IntN(5), 1+rng.IntN(5)
		cost := make([]float64, nr*nc)
		for i := range cost {
			cost[i] = float64(rng.IntN(4)) / 4
		}
		rows, cols := linearSumAssignment(cost, nr, nc)
		if len(rows) != min(nr, nc) {
			t.Fatalf("trial %d: %d pairs for %dx%d", trial, len(rows), nr, nc)
		}
		got := 0.0
		usedR, usedC := map[int]bool{}, map[int]bool{}
		for k := range rows {
			if usedR[rows[k]] || usedC[cols[k]] || (k > 0 && rows[k] <= rows[k-1]) {
				t.Fatalf("trial %d: not a matching with ascending rows: %v %v", trial, rows, cols)
			}
			usedR[rows[k]], usedC[cols[k]] = true, true
			got += cost[rows[k]*nc+cols[k]]
		}
		if want := bruteForce(cost, nr, nc); got != want {
			t.Fatalf("trial %d: cost %v, optimum %v (matrix %v, %dx%d)", trial, got, want, cost, nr, nc)
		}
	}
}

func bruteForce(cost []float64, nr, nc int) float64 {
	best := -1.0
	used := make([]bool, max(nr, nc))
	var rec func(i int, sum float64)
	if nr <= nc {
		rec = func(i int, sum float64) {
			if i == nr {
				if best < 0 || sum < best {
					best = sum
				}
				return
			}
			for j := range nc {
				if !used[j] {
					used[j] = true
					rec(i+1, sum+cost[i*nc+j])
					used[j] = false
				}
			}
		}
	} else {
		rec = func(j int, sum float64) {
			if j == nc {
				if best < 0 || sum < best {
					best = sum
				}
				return
			}
			for i := range nr {
				if !used[i] {
					used[i] = true
					rec(j+1, sum+cost[i*nc+j])
					used[i] = false
				}
			}
		}
	}
	rec(0, 0)
	return best
}
