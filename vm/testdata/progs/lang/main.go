// Command lang covers language features whose code generation is easy to get subtly wrong in an emulator:
// deep recursion that forces goroutine stacks to grow and move, closures, interfaces and type switches,
// generics, method values, struct and array copies, labelled loops, goto, variadic calls, strings as runes,
// and iterators over functions.
package main

import (
	"fmt"
	"iter"
	"strings"
)

type shape interface {
	area() float64
	name() string
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }
type square struct{ rect }

func (r rect) area() float64    { return r.w * r.h }
func (r rect) name() string     { return "rect" }
func (c *circle) area() float64 { return float64(3*c.r) * c.r }
func (c *circle) name() string  { return "circle" }
func (s square) name() string   { return "square" }

// depth recurses n levels with a frame large enough to make the runtime copy the stack many times.
func depth(n int, pad [16]uint32) uint32 {
	if n == 0 {
		return pad[3]
	}
	pad[n%16] += uint32(n)
	return depth(n-1, pad)*31 + pad[(n*7)%16]
}

func ackermann(m, n uint32) uint32 {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

type number interface {
	~int | ~int32 | ~uint64 | ~float64
}

func sumOf[T number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type stack[T any] struct{ items []T }

func (s *stack[T]) push(v T) { s.items = append(s.items, v) }
func (s *stack[T]) pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func mapKeys[K comparable, V any](pairs []K, f func(K) V) map[K]V {
	m := make(map[K]V, len(pairs))
	for _, k := range pairs {
		m[k] = f(k)
	}
	return m
}

func fib() iter.Seq[uint64] {
	return func(yield func(uint64) bool) {
		a, b := uint64(0), uint64(1)
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case shape:
		return "shape " + x.name()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type big struct {
	arr [64]uint16
	s   string
	m   map[int]int
}

func main() {
	var pad [16]uint32
	fmt.Println("deep recursion:", depth(50000, pad))
	done := make(chan uint32)
	go func() { done <- depth(30000, pad) }() // stack growth on a goroutine stack too
	fmt.Println("deep recursion in goroutine:", <-done)
	fmt.Println("ackermann(2, 300), (3, 5):", ackermann(2, 300), ackermann(3, 5))

	shapes := []shape{rect{2, 3}, &circle{1.5}, square{rect{4, 4}}, rect{0.5, 0.25}}
	total := 0.0
	for _, s := range shapes {
		total += s.area()
		fmt.Printf("%s %.4f | ", s.name(), s.area())
	}
	fmt.Println("total", total)
	for _, v := range []any{nil, 7, "str", []int{1, 2}, fmt.Errorf("e"), shapes[1], 3.5, struct{}{}} {
		fmt.Println("classify:", classify(v))
	}

	// Closures capturing loop variables (per-iteration since Go 1.22) and shared state.
	var fs []func() int
	counter := 0
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { counter += i; return i * i })
	}
	out := []int{}
	for _, f := range fs {
		out = append(out, f())
	}
	fmt.Println("closures:", out, counter)
	areaOf := shapes[0].area // method value
	nameOf := (*circle).name // method expression
	fmt.Println("method values:", areaOf(), nameOf(&circle{}))

	fmt.Println("generics:", sumOf(1, 2, 3), sumOf[float64](0.5, 0.25), sumOf(uint64(1)<<63, 1<<62), sumOf[int32]())
	var st stack[string]
	for _, w := range strings.Fields("one two three four") {
		st.push(w)
	}
	var popped []string
	for v, ok := st.pop(); ok; v, ok = st.pop() {
		popped = append(popped, v)
	}
	fmt.Println("generic stack:", popped)
	lens := mapKeys([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println("generic map:", lens["a"], lens["bb"], lens["ccc"], len(lens))

	var fibs []uint64
	for f := range fib() {
		if f > 1e15 {
			break
		}
		fibs = append(fibs, f)
	}
	fmt.Println("iterator:", len(fibs), fibs[len(fibs)-1])
	for i := range 3 {
		fmt.Print("range-int ", i, " ")
	}
	fmt.Println()

	// Value semantics: arrays and structs copy, maps and slices share.
	var b1 big
	b1.arr[10] = 7
	b1.s = "orig"
	b1.m = map[int]int{1: 1}
	b2 := b1
	b2.arr[10] = 8
	b2.s = "copy"
	b2.m[1] = 2
	fmt.Println("copies:", b1.arr[10], b2.arr[10], b1.s, b2.s, b1.m[1], b1.arr == b2.arr, b1.arr == [64]uint16{10: 7})
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 99) // overwrites arr[3]
	sl2 := append(sl[:1:1], 100)
	fmt.Println("slices alias:", arr, sl, sl2, len(sl), cap(sl))

	// Labelled loops and goto.
	found := 0
outer:
	for i := 0; i < 50; i++ {
		for j := 0; j < 50; j++ {
			if i*j > 300 {
				continue outer
			}
			if i+j == 77 {
				break outer
			}
			found += i ^ j
		}
	}
	n := 0
loop:
	if n < 10 {
		n += 3
		goto loop
	}
	fmt.Println("labels:", found, n)

	// Strings: byte and rune iteration, conversions.
	s := "aé日😀"
	var runes, bytesSeen []int
	for i, r := range s {
		runes = append(runes, int(r))
		bytesSeen = append(bytesSeen, i)
	}
	fmt.Println("runes:", runes, bytesSeen, len(s), []byte(s)[1], string(rune(233)), strings.Compare("a", "b"))
	var sw []string
	for i := 0; i < 12; i++ {
		switch {
		case i%15 == 0:
			sw = append(sw, "fizzbuzz")
		case i%3 == 0:
			sw = append(sw, "fizz")
			fallthrough
		case i%5 == 0:
			sw = append(sw, "buzz?")
		default:
			sw = append(sw, fmt.Sprint(i))
		}
	}
	fmt.Println("switch:", strings.Join(sw, " "))
	variadic := func(prefix string, xs ...int) string { return fmt.Sprint(prefix, len(xs), xs) }
	fmt.Println(variadic("v"), variadic("v", 1), variadic("v", []int{1, 2, 3}...))
}
