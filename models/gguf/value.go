package gguf

import (
	"fmt"
	"math"
)

// ValueType is the type of a metadata value.
type ValueType uint32

// The metadata value types.
const (
	TypeUint8   ValueType = 0
	TypeInt8    ValueType = 1
	TypeUint16  ValueType = 2
	TypeInt16   ValueType = 3
	TypeUint32  ValueType = 4
	TypeInt32   ValueType = 5
	TypeFloat32 ValueType = 6
	TypeBool    ValueType = 7
	TypeString  ValueType = 8
	TypeArray   ValueType = 9
	TypeUint64  ValueType = 10
	TypeInt64   ValueType = 11
	TypeFloat64 ValueType = 12
)

var valueTypeNames = [...]string{"uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool", "string", "array", "uint64", "int64", "float64"}

func (t ValueType) String() string {
	if int(t) < len(valueTypeNames) {
		return valueTypeNames[t]
	}
	return fmt.Sprintf("value type %d", uint32(t))
}

// scalarSize is the encoded size of a fixed-size value type (0 for string
// and array).
func (t ValueType) scalarSize() int {
	switch t {
	case TypeUint8, TypeInt8, TypeBool:
		return 1
	case TypeUint16, TypeInt16:
		return 2
	case TypeUint32, TypeInt32, TypeFloat32:
		return 4
	case TypeUint64, TypeInt64, TypeFloat64:
		return 8
	}
	return 0
}

// Value is a metadata value. X holds it as the Go type of its ValueType:
// uint8, int8, uint16, int16, uint32, int32, float32, bool, string, uint64,
// int64, float64, or Array.
type Value struct {
	X any
}

// Array is an array value: its element type and the elements as a Go slice
// of that type ([]uint8 ... []float64, []string, []bool, or []Array for
// nested arrays).
type Array struct {
	Elem ValueType
	X    any
}

// Len returns the number of elements.
func (a Array) Len() int {
	switch x := a.X.(type) {
	case []uint8:
		return len(x)
	case []int8:
		return len(x)
	case []uint16:
		return len(x)
	case []int16:
		return len(x)
	case []uint32:
		return len(x)
	case []int32:
		return len(x)
	case []float32:
		return len(x)
	case []bool:
		return len(x)
	case []string:
		return len(x)
	case []uint64:
		return len(x)
	case []int64:
		return len(x)
	case []float64:
		return len(x)
	case []Array:
		return len(x)
	}
	return 0
}

// Type returns the value's type.
func (v Value) Type() ValueType {
	switch v.X.(type) {
	case uint8:
		return TypeUint8
	case int8:
		return TypeInt8
	case uint16:
		return TypeUint16
	case int16:
		return TypeInt16
	case uint32:
		return TypeUint32
	case int32:
		return TypeInt32
	case float32:
		return TypeFloat32
	case bool:
		return TypeBool
	case string:
		return TypeString
	case uint64:
		return TypeUint64
	case int64:
		return TypeInt64
	case float64:
		return TypeFloat64
	case Array:
		return TypeArray
	}
	return ValueType(math.MaxUint32)
}

// Int returns an integer value of any integer type as an int64 (false for
// other types and for uint64 values above MaxInt64).
func (v Value) Int() (int64, bool) {
	switch x := v.X.(type) {
	case uint8:
		return int64(x), true
	case int8:
		return int64(x), true
	case uint16:
		return int64(x), true
	case int16:
		return int64(x), true
	case uint32:
		return int64(x), true
	case int32:
		return int64(x), true
	case uint64:
		if x > math.MaxInt64 {
			return 0, false
		}
		return int64(x), true
	case int64:
		return x, true
	}
	return 0, false
}

// Float returns a float32 or float64 value.
func (v Value) Float() (float64, bool) {
	switch x := v.X.(type) {
	case float32:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// String returns a string value.
func (v Value) String() (string, bool) {
	s, ok := v.X.(string)
	return s, ok
}

// Bool returns a bool value.
func (v Value) Bool() (bool, bool) {
	b, ok := v.X.(bool)
	return b, ok
}

// Array returns an array value.
func (v Value) Array() (Array, bool) {
	a, ok := v.X.(Array)
	return a, ok
}

// KV is one metadata entry.
type KV struct {
	Key   string
	Value Value
}

// Metadata is a file's metadata in file order.
type Metadata []KV

// Get returns the value of key.
func (m Metadata) Get(key string) (Value, bool) {
	for _, kv := range m {
		if kv.Key == key {
			return kv.Value, true
		}
	}
	return Value{}, false
}

// Int returns the integer value of key; a missing key is ok=false with a
// nil error, a value of another type an error wrapping ErrFormat.
func (m Metadata) Int(key string) (int64, bool, error) {
	v, ok := m.Get(key)
	if !ok {
		return 0, false, nil
	}
	i, ok := v.Int()
	if !ok {
		return 0, false, fmt.Errorf("%w: %s is a %v, want an integer", ErrFormat, key, v.Type())
	}
	return i, true, nil
}

// Float returns the float value of key (see Int).
func (m Metadata) Float(key string) (float64, bool, error) {
	v, ok := m.Get(key)
	if !ok {
		return 0, false, nil
	}
	f, ok := v.Float()
	if !ok {
		return 0, false, fmt.Errorf("%w: %s is a %v, want a float", ErrFormat, key, v.Type())
	}
	return f, true, nil
}

// String returns the string value of key (see Int).
func (m Metadata) String(key string) (string, bool, error) {
	v, ok := m.Get(key)
	if !ok {
		return "", false, nil
	}
	s, ok := v.String()
	if !ok {
		return "", false, fmt.Errorf("%w: %s is a %v, want a string", ErrFormat, key, v.Type())
	}
	return s, true, nil
}

// Bool returns the bool value of key (see Int).
func (m Metadata) Bool(key string) (bool, bool, error) {
	v, ok := m.Get(key)
	if !ok {
		return false, false, nil
	}
	b, ok := v.Bool()
	if !ok {
		return false, false, fmt.Errorf("%w: %s is a %v, want a bool", ErrFormat, key, v.Type())
	}
	return b, true, nil
}

// ArrayOf returns the array value of key as a []T (see Int); an array of
// another element type is an error.
func ArrayOf[T any](m Metadata, key string) ([]T, bool, error) {
	v, ok := m.Get(key)
	if !ok {
		return nil, false, nil
	}
	a, ok := v.Array()
	if !ok {
		return nil, false, fmt.Errorf("%w: %s is a %v, want an array", ErrFormat, key, v.Type())
	}
	x, ok := a.X.([]T)
	if !ok {
		var zero T
		return nil, false, fmt.Errorf("%w: %s is an array of %v, want %T", ErrFormat, key, a.Elem, zero)
	}
	return x, true, nil
}

// Entry returns the metadata entry key = x (x of one of Value's Go types).
func Entry(key string, x any) KV { return KV{Key: key, Value: Value{X: x}} }
