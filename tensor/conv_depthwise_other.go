//go:build !amd64

package tensor

// dwRowSets is empty: other GOARCHes run dwRowGo.
var dwRowSets = map[string]func(acc, w, src []float32, offs []int){}
