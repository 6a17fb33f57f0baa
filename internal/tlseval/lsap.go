package tlseval

import (
	"math"
	"slices"
)

// linearSumAssignment solves the rectangular linear sum assignment problem
// for the nr×nc cost matrix (row-major) and returns the matched pairs as
// row and column indices, rows ascending; min(nr, nc) pairs are matched.
//
// It follows scipy 1.10's linear_sum_assignment step for step, so that
// among assignments of equal total cost it picks the same one: the
// shortest augmenting path method of Crouse (2016), rows added in order,
// the unvisited columns scanned in the order scipy keeps them (initially
// last to first, a taken column replaced by the last one), on ties a
// column that is still free preferred, and a matrix with more rows than
// columns solved transposed, then its pairs sorted by row.
func linearSumAssignment(cost []float64, nr, nc int) (rows, cols []int) {
	if nr == 0 || nc == 0 {
		return nil, nil
	}
	transpose := nc < nr
	if transpose {
		t := make([]float64, len(cost))
		for i := range nr {
			for j := range nc {
				t[j*nr+i] = cost[i*nc+j]
			}
		}
		cost, nr, nc = t, nc, nr
	}

	s := lsapState{
		cost:      cost,
		nc:        nc,
		u:         make([]float64, nr),
		v:         make([]float64, nc),
		spc:       make([]float64, nc),
		path:      make([]int, nc),
		col4row:   make([]int, nr),
		row4col:   make([]int, nc),
		sr:        make([]bool, nr),
		sc:        make([]bool, nc),
		unvisited: make([]int, nc),
	}
	for i := range s.path {
		s.path[i] = -1
		s.row4col[i] = -1
	}
	for i := range s.col4row {
		s.col4row[i] = -1
	}
	for cur := range nr {
		sink, minVal := s.augmentingPath(cur)
		if sink < 0 {
			return nil, nil // infeasible: only with infinite costs, which never occur here
		}
		// Update the dual variables.
		s.u[cur] += minVal
		for i := range nr {
			if s.sr[i] && i != cur {
				s.u[i] += minVal - s.spc[s.col4row[i]]
			}
		}
		for j := range nc {
			if s.sc[j] {
				s.v[j] -= minVal - s.spc[j]
			}
		}
		// Augment the previous solution along the path.
		for j := sink; ; {
			i := s.path[j]
			s.row4col[j] = i
			s.col4row[i], j = j, s.col4row[i]
			if i == cur {
				break
			}
		}
	}

	if !transpose {
		rows = make([]int, nr)
		for i := range rows {
			rows[i] = i
		}
		return rows, s.col4row
	}
	// Solved transposed: col4row maps each original column to its
	// original row. Report the pairs by original row, ascending.
	order := make([]int, nr)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return s.col4row[a] - s.col4row[b] })
	rows = make([]int, nr)
	cols = make([]int, nr)
	for k, c := range order {
		rows[k] = s.col4row[c]
		cols[k] = c
	}
	return rows, cols
}

// lsapState is the working state of the shortest augmenting path solver
// (names as in Crouse's pseudocode: u, v are the dual variables, spc the
// shortest path costs, sr and sc the rows and columns visited).
type lsapState struct {
	cost      []float64
	nc        int
	u, v      []float64
	spc       []float64
	path      []int
	col4row   []int
	row4col   []int
	sr, sc    []bool
	unvisited []int
}

// augmentingPath finds the shortest augmenting path from free row i and
// returns its sink column and length (-1 when there is none).
func (s *lsapState) augmentingPath(i int) (sink int, minVal float64) {
	nc := s.nc
	remaining := s.unvisited[:nc]
	for k := range remaining {
		remaining[k] = nc - k - 1
	}
	clear(s.sr)
	clear(s.sc)
	for j := range s.spc {
		s.spc[j] = math.Inf(1)
	}
	sink = -1
	for sink == -1 {
		index := -1
		lowest := math.Inf(1)
		s.sr[i] = true
		for k, j := range remaining {
			r := minVal + s.cost[i*nc+j] - s.u[i] - s.v[j]
			if r < s.spc[j] {
				s.path[j] = i
				s.spc[j] = r
			}
			if s.spc[j] < lowest || (s.spc[j] == lowest && s.row4col[j] == -1) {
				lowest = s.spc[j]
				index = k
			}
		}
		minVal = lowest
		if math.IsInf(minVal, 1) {
			return -1, 0
		}
		j := remaining[index]
		if s.row4col[j] == -1 {
			sink = j
		} else {
			i = s.row4col[j]
		}
		s.sc[j] = true
		last := len(remaining) - 1
		remaining[index] = remaining[last]
		remaining = remaining[:last]
	}
	return sink, minVal
}
