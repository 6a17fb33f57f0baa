//go:build race

package tlsbench

func init() { raceEnabled = true }
