// Package bench owns the benchmark suites behind `opml bench`: each suite measures one part of the system on
// this machine, side by side in one run where a comparison is reported, and returns a table.
package bench

import (
	"fmt"
	"io"
	"strings"
)

// Table is a benchmark result: a title, column headers and rows of cells.
type Table struct {
	Title   string
	Columns []string
	Rows    [][]string
	Notes   []string
}

// AddRow appends a row of cells formatted with fmt.Sprint.
func (t *Table) AddRow(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = fmt.Sprint(c)
	}
	t.Rows = append(t.Rows, row)
}

// Write prints the table with aligned columns.
func (t *Table) Write(w io.Writer) {
	widths := make([]int, len(t.Columns))
	for i, c := range t.Columns {
		widths[i] = len(c)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			if i < len(widths) && len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	line := func(cells []string) {
		parts := make([]string, len(cells))
		for i, c := range cells {
			parts[i] = fmt.Sprintf("%-*s", widths[i], c)
		}
		fmt.Fprintln(w, strings.TrimRight(strings.Join(parts, "  "), " "))
	}
	fmt.Fprintf(w, "%s\n\n", t.Title)
	line(t.Columns)
	seps := make([]string, len(widths))
	for i, n := range widths {
		seps[i] = strings.Repeat("-", n)
	}
	line(seps)
	for _, r := range t.Rows {
		line(r)
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "\n%s", n)
	}
	if len(t.Notes) > 0 {
		fmt.Fprintln(w)
	}
}

// perSecond formats a rate with an SI suffix.
func perSecond(n float64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2f G/s", n/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f M/s", n/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f k/s", n/1e3)
	}
	return fmt.Sprintf("%.1f /s", n)
}
