// Command panics raises and recovers panics of every kind the Go runtime produces without a memory fault:
// explicit panics with various values, index and slice bounds errors, integer division by zero, failed type
// assertions, nil map writes, closing a closed channel, re-panics and panics inside goroutines. It also
// checks the division corner cases that do not panic (MinInt / -1).
package main

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

// try runs f and describes how it ended.
func try(name string, f func()) {
	msg := func() (msg string) {
		defer func() {
			r := recover()
			if r == nil {
				msg = "no panic"
				return
			}
			kind := "value"
			if _, ok := r.(runtime.Error); ok {
				kind = "runtime.Error"
			} else if _, ok := r.(error); ok {
				kind = "error"
			}
			msg = fmt.Sprintf("%s %T: %v", kind, r, r)
		}()
		f()
		return ""
	}()
	fmt.Printf("%-22s %s\n", name+":", msg)
}

var (
	sink    int
	zero    = 0
	zero64  int64
	zeroU32 uint32
	zeroU64 uint64
	idx     = 5
	neg     = -1
)

func main() {
	s := []int{1, 2, 3}
	arr := [4]byte{}
	var iface any = "a string"
	var nilMap map[string]int

	try("explicit string", func() { panic("boom") })
	try("explicit int", func() { panic(42) })
	try("explicit error", func() { panic(&myErr{7}) })
	try("wrapped error", func() { panic(fmt.Errorf("outer: %w", &myErr{8})) })
	try("index", func() { sink = s[idx] })
	try("index negative", func() { sink = s[len(s)+neg*10] })
	try("array index", func() { arr[idx%8] = 1 })
	try("slice bounds", func() { sink = len(s[1:idx]) })
	try("slice3 bounds", func() { sink = cap(s[0:2:idx]) })
	try("string index", func() { sink = int("abc"[idx]) })
	try("divide int", func() { sink = 10 / zero })
	try("modulo int", func() { sink = 10 % zero })
	try("divide int64", func() { sink = int(int64(1<<40) / zero64) })
	try("divide uint32", func() { sink = int(uint32(9) / zeroU32) })
	try("modulo uint64", func() { sink = int(uint64(1<<50) % zeroU64) })
	try("type assertion", func() { sink = iface.(int) })
	try("iface assertion", func() { _ = iface.(fmt.Stringer) })
	try("nil map write", func() { nilMap["x"] = 1 })
	try("close closed chan", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send on closed chan", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("negative make", func() { _ = make([]int, neg) })
	try("no panic", func() { sink = s[2] })
	try("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re: %v", r))
		}()
		panic("first")
	})
	try("panic in defer", func() {
		defer func() { panic("second") }()
		panic("first")
	})
	try("goexit-free nested", func() {
		func() {
			defer func() { recover() }()
			panic("inner, recovered")
		}()
		panic("outer")
	})

	// Deferred calls run in reverse order and can change named results.
	order := []string{}
	f := func() (n int) {
		for i := 0; i < 3; i++ {
			defer func(i int) { order = append(order, fmt.Sprint(i)); n = n*10 + i }(i)
		}
		return 5
	}
	fmt.Println("defer result:", f(), strings.Join(order, ","))

	// errors.As through a recovered runtime error.
	func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			var te *runtime.TypeAssertionError
			fmt.Println("errors.As TypeAssertionError:", errors.As(err, &te))
		}()
		_ = iface.([]int)
	}()

	// Panics inside goroutines, each recovered in its goroutine.
	var wg sync.WaitGroup
	msgs := make([]string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			defer func() { msgs[g] = fmt.Sprint(recover()) }()
			if g%2 == 0 {
				sink = s[g]
			}
			panic(g)
		}(g)
	}
	wg.Wait()
	for g, m := range msgs {
		fmt.Printf("goroutine %d: %s\n", g, m)
	}

	// Division corner cases that are defined and must not panic.
	minInt32, minusOne32 := int32(math.MinInt32), int32(-1)
	minInt64, minusOne64 := int64(math.MinInt64), int64(-1)
	fmt.Println("MinInt32 / -1:", minInt32/minusOne32, minInt32%minusOne32)
	fmt.Println("MinInt64 / -1:", minInt64/minusOne64, minInt64%minusOne64)
	a, b := int32(-7), int32(2)
	fmt.Println("truncating division:", a/b, a%b, -a/b, a/-b, int64(a)/int64(b), int64(a)%int64(-b))
	u, v := uint32(0xFFFFFFFF), uint32(3)
	fmt.Println("unsigned division:", u/v, u%v, uint64(u)*7/uint64(v), uint64(1<<63)/uint64(v))
}
