// Command jsonreflect walks values with reflect (fields, tags, methods, MakeFunc, Set) and round-trips a
// nested structure through encoding/json, checking that decoding gives back an equal value.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	for i, n := range []string{"red", "green", "blue"} {
		if string(b) == n {
			*c = Color(i)
			return nil
		}
	}
	return fmt.Errorf("bad color %q", b)
}

type Base struct {
	ID      uint64 `json:"id"`
	Created int64  `json:"created,omitempty"`
}

type Item struct {
	Name   string            `json:"name"`
	Price  float64           `json:"price"`
	Tags   []string          `json:"tags,omitempty"`
	Attrs  map[string]string `json:"attrs,omitempty"`
	Color  Color             `json:"color"`
	Parent *Item             `json:"parent,omitempty"`
	Raw    json.RawMessage   `json:"raw,omitempty"`
	secret int
}

type Order struct {
	Base
	Items    []Item             `json:"items"`
	Totals   map[string]float64 `json:"totals"`
	Flags    [3]bool            `json:"flags"`
	Note     *string            `json:"note"`
	Quantity int8               `json:"qty"`
	Big      uint64             `json:"big,string"`
	Any      any                `json:"any"`
}

func (o Order) Count() int { return len(o.Items) }
func (o *Order) Rename(p string) int {
	o.Items[0].Name = p + o.Items[0].Name
	return len(o.Items[0].Name)
}

func sample() Order {
	parent := &Item{Name: "crate", Price: 1.25, Color: 2}
	items := make([]Item, 0, 12)
	for i := 0; i < 12; i++ {
		items = append(items, Item{
			Name:   fmt.Sprintf("item-%02d \"quoted\" <tag> é", i),
			Price:  float64(float64(i)*3.3) + 0.1, // explicit conversion: no fused multiply-add on any arch
			Tags:   []string{"t" + strings.Repeat("x", i%4), "u"},
			Attrs:  map[string]string{"k" + fmt.Sprint(i%3): "v", "z": fmt.Sprint(i)},
			Color:  Color(i % 3),
			Parent: parent,
			secret: i,
		})
	}
	items[3].Raw = json.RawMessage(`{"nested":[1,2,{"deep":null}]}`)
	return Order{
		Base:     Base{ID: 1 << 40, Created: -5},
		Items:    items,
		Totals:   map[string]float64{"net": 123.456, "tax": 1e-7, "gross": 1e21, "neg": -0.5},
		Flags:    [3]bool{true, false, true},
		Quantity: -12,
		Big:      18446744073709551615,
		Any:      []any{1.5, "s", nil, map[string]any{"b": true}},
	}
}

// describe lists a struct type's fields recursively with kinds and tags.
func describe(t reflect.Type, indent string, out *strings.Builder) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Fprintf(out, "%s%s %s kind=%s exported=%v tag=%q offsetOK=%v\n", indent, f.Name, f.Type, f.Type.Kind(),
			f.IsExported(), f.Tag.Get("json"), f.Offset < t.Size())
		if f.Type.Kind() == reflect.Struct && f.Anonymous {
			describe(f.Type, indent+"  ", out)
		}
	}
}

func main() {
	o := sample()
	var sb strings.Builder
	describe(reflect.TypeOf(o), "", &sb)
	fmt.Print(sb.String())

	// Methods through reflection.
	v := reflect.ValueOf(&o)
	names := []string{}
	for i := 0; i < v.NumMethod(); i++ {
		names = append(names, v.Type().Method(i).Name)
	}
	sort.Strings(names)
	fmt.Println("methods:", names)
	fmt.Println("Count via reflect:", v.MethodByName("Count").Call(nil)[0].Int())
	fmt.Println("Rename via reflect:", v.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf(">")})[0].Int())

	// Set fields, build values, MakeFunc.
	elem := v.Elem()
	elem.FieldByName("Quantity").SetInt(99)
	elem.FieldByName("Items").Index(1).FieldByName("Price").SetFloat(2.5)
	ns := reflect.New(reflect.TypeOf("")).Elem()
	ns.SetString("a note")
	note := ns.Interface().(string)
	o.Note = &note
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var swapInts func(int, int) (int, int)
	reflect.ValueOf(&swapInts).Elem().Set(reflect.MakeFunc(reflect.TypeOf(swapInts), swap))
	a, b := swapInts(1, 2)
	fmt.Println("MakeFunc swap:", a, b)
	m := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	for i, k := range []string{"c", "a", "b"} {
		m.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(i))
	}
	keys := m.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	fmt.Println("MakeMap keys:", keys, m.Len())
	sl := reflect.MakeSlice(reflect.TypeOf([]uint16{}), 3, 10)
	sl = reflect.Append(sl, reflect.ValueOf(uint16(65535)))
	fmt.Println("MakeSlice:", sl.Interface(), sl.Cap() >= 4)
	fmt.Println("DeepEqual self:", reflect.DeepEqual(o, o), "Zero:", reflect.Zero(reflect.TypeOf(o.Base)).Interface())

	// JSON round trip.
	data, err := json.Marshal(o)
	if err != nil {
		panic(err)
	}
	fmt.Println("json length:", len(data))
	fmt.Println("json head:", string(data[:160]))
	var back Order
	if err := json.Unmarshal(data, &back); err != nil {
		panic(err)
	}
	// Unexported fields do not survive; clear them before comparing.
	for i := range o.Items {
		o.Items[i].secret = 0
	}
	// Any decodes to generic types: compare it separately through its JSON form.
	anyOrig, _ := json.Marshal(o.Any)
	anyBack, _ := json.Marshal(back.Any)
	o.Any, back.Any = nil, nil
	fmt.Println("round trip equal:", reflect.DeepEqual(o, back), bytes.Equal(anyOrig, anyBack))
	again, _ := json.Marshal(back)
	var crc uint32
	for _, c := range again {
		crc = crc*33 + uint32(c)
	}
	fmt.Printf("re-marshal length %d hash %#08x\n", len(again), crc)

	var generic map[string]any
	if err := json.Unmarshal(data, &generic); err != nil {
		panic(err)
	}
	gk := make([]string, 0, len(generic))
	for k := range generic {
		gk = append(gk, k)
	}
	sort.Strings(gk)
	for _, k := range gk {
		fmt.Printf("generic %s: %T\n", k, generic[k])
	}
	indented, _ := json.MarshalIndent(map[string]any{"z": 1, "a": []int{1, 2}, "m": map[string]float64{"pi": 3.14159}}, "", "  ")
	fmt.Println(string(indented))

	// Decoder with errors: clear messages, no panics.
	for _, bad := range []string{`{"id": "x"}`, `{"items": [1]}`, `[1,2`, `{"big": "12a"}`} {
		var t Order
		err := json.Unmarshal([]byte(bad), &t)
		fmt.Println("bad input:", err)
	}
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} {"a":3}`))
	total := 0
	for dec.More() {
		var x struct{ A int }
		if err := dec.Decode(&x); err != nil {
			panic(err)
		}
		total += x.A
	}
	fmt.Println("stream total:", total)
}
