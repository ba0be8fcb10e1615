// Command opml is the command-line interface of opml: it runs and proves programs in the fault-proof VM, and
// (as the project grows) trains and serves models and plays the dispute game. It is a thin layer over the
// libraries; every command's logic lives in a package.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

// command is one subcommand: a name path like "vm run", a one-line summary and a runner.
type command struct {
	name    string
	summary string
	run     func(args []string) error
}

var commands []command

func register(name, summary string, run func(args []string) error) {
	commands = append(commands, command{name, summary, run})
}

// exitError ends the program with a given code after printing its message (if any).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func main() {
	os.Exit(runMain(os.Args[1:]))
}

func runMain(args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "opml: internal error: %v\n", r)
			code = 2
		}
	}()
	cmd, rest := findCommand(args)
	if cmd == nil {
		usage(args)
		return 2
	}
	err := cmd.run(rest)
	var ee *exitError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintf(os.Stderr, "opml: %s\n", ee.msg)
		}
		return ee.code
	default:
		fmt.Fprintf(os.Stderr, "opml: %v\n", err)
		return 1
	}
}

// findCommand picks the longest registered name that prefixes args.
func findCommand(args []string) (*command, []string) {
	var best *command
	bestLen := 0
	for i := range commands {
		parts := strings.Fields(commands[i].name)
		if len(parts) > len(args) || len(parts) <= bestLen {
			continue
		}
		match := true
		for j, p := range parts {
			if args[j] != p {
				match = false
				break
			}
		}
		if match {
			best, bestLen = &commands[i], len(parts)
		}
	}
	if best == nil {
		return nil, nil
	}
	return best, args[bestLen:]
}

func usage(args []string) {
	if len(args) > 0 && args[0] != "help" && args[0] != "-h" && args[0] != "--help" {
		fmt.Fprintf(os.Stderr, "opml: unknown command %q\n\n", strings.Join(args, " "))
	}
	fmt.Fprintln(os.Stderr, "usage: opml <command> [flags] [args]\n\ncommands:")
	sorted := append([]command(nil), commands...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].name < sorted[j].name })
	for _, c := range sorted {
		fmt.Fprintf(os.Stderr, "  %-22s %s\n", c.name, c.summary)
	}
}

// newFlags returns a flag set whose errors are returned, not printed with os.Exit.
func newFlags(name, usageLine string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: opml %s\n", usageLine)
		fs.PrintDefaults()
	}
	return fs
}
