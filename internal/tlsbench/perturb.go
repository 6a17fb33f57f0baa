package tlsbench

import "hash/fnv"

// dropped reports whether the article with the given ID is dropped by the
// perturbation of seed at rate (a fraction in [0, 1]): a hash of the seed
// and the ID, read as a number in [0, 1), falls below rate. The same seed
// drops the same articles on every run.
func dropped(seed uint64, id string, rate float64) bool {
	h := fnv.New64a()
	var b [8]byte
	for i := range b {
		b[i] = byte(seed >> (8 * i))
	}
	h.Write(b[:])
	h.Write([]byte(id))
	return float64(h.Sum64()>>11)/(1<<53) < rate
}
