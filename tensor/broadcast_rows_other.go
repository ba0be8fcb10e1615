//go:build !amd64

package tensor

// rowSets is empty: other GOARCHes run the Go row loops.
var rowSets = map[string]map[BinaryOp][2]func(d, x, y *float32, n int){}
