package tlsbench

// raceEnabled is set by race_test.go when the race detector is on: the
// full T17 run is then too slow to be worth it and is skipped.
var raceEnabled bool
