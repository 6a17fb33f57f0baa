package pipeline

import "slices"

func sortStrings(ss []string) { slices.Sort(ss) }
