// Command opml is the command-line interface of opml: it runs and proves programs in the fault-proof VM, trains,
// imports and runs models, serves the development chain and the oracle's agents, and plays the dispute game. It
// is a thin layer over the libraries; every command's logic lives in a package.
//
// The conventions are go-ethereum's and Foundry's: `opml help CMD`, `opml CMD --help` and a group alone (`opml
// chain`) print help on stdout and exit 0; flags go before or after arguments; every flag is checked before any
// work and every problem is reported at once, one line each, with exit status 2; other failures exit 1.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
)

// command is one subcommand: a name path like "vm run", a one-line summary and a runner.
type command struct {
	name    string
	summary string
	run     func(args []string) error
}

var commands []command

// register adds a command. Its runner parses its flags with newFlags and parse (so --help, flags after
// arguments, --config and the common flags work), checks them, and only then does its work:
//
//	func runX(args []string) error {
//		fs := newFlags("x", "x [--n N] FILE")
//		n := fs.Int("n", 1, "how many")
//		chk, err := parse(fs, args)
//		if err != nil {
//			return err // --help
//		}
//		chk.nArgs(fs, 1, "one file")
//		chk.check(*n >= 1, "--n %d: want at least 1", *n)
//		if err := chk.err(); err != nil {
//			return err // every problem, one line each, exit 2
//		}
//		… the work; its errors exit 1 …
//	}
func register(name, summary string, run func(args []string) error) {
	commands = append(commands, command{name, summary, run})
}

// groups are the summaries of command groups (the first word of commands like "chain dev").
var groups = map[string]string{
	"account": "keys in an encrypted keystore (go-ethereum's format)",
	"bench":   "benchmark suites, printed as tables",
	"chain":   "the development chain",
	"llama":   "LLaMA models: synthesize and describe (generate runs them)",
	"mnist":   "the MNIST digit models",
	"model":   "opml model files: import, inspect, and their oracle ids",
	"vm":      "the fault-proof MIPS VM: run, prove and verify steps",
}

// exitError ends the program with a given code after printing its message (if any).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// stdout and stderr are where the CLI writes; tests of the framework replace them.
var stdout, stderr io.Writer = os.Stdout, os.Stderr

func main() {
	// Every transaction and call the CLI makes names a contract's revert reason (FeeTooLow(sent, minimum), …).
	chain.SetRevertDecoder(contracts.RevertReason)
	os.Exit(runMain(os.Args[1:]))
}

func runMain(args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			// A bug, not bad input: say so in one line rather than with a trace.
			fmt.Fprintf(stderr, "opml: unexpected failure (a bug in opml, please report it): %v\n", r)
			code = 70
		}
	}()
	if len(args) == 0 {
		writeHelp(stdout, nil)
		return 0
	}
	switch args[0] {
	case "-h", "-help", "--help":
		writeHelp(stdout, nil)
		return 0
	case "-version", "--version":
		args = []string{"version"}
	case "help":
		return runHelp(args[1:])
	}
	cmd, rest := findCommand(args)
	if cmd == nil {
		return unknownCommand(args)
	}
	return finish(cmd, cmd.run(rest))
}

// finish turns a command's error into output and an exit code.
func finish(cmd *command, err error) int {
	var ee *exitError
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp) || errors.As(err, &ee) && ee.msg == flag.ErrHelp.Error():
		writeCommandHelp(stdout, cmd, lastFlags)
		return 0
	case errors.As(err, &ue):
		for _, p := range ue.problems {
			fmt.Fprintf(stderr, "opml: %s\n", p)
		}
		return 2
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintf(stderr, "opml: %s\n", oneLine(ee.msg))
		}
		return ee.code
	case lastFlags != nil && flagsFailed[lastFlags]:
		// A command that called fs.Parse itself: the flag package's error.
		fmt.Fprintf(stderr, "opml: %s (opml %s --help shows its flags)\n", dashes(oneLine(err.Error())), cmd.name)
		return 2
	default:
		fmt.Fprintf(stderr, "opml: %s\n", oneLine(err.Error()))
		return 1
	}
}

// dashes writes the flag package's "-name" as "--name".
func dashes(s string) string {
	return regexp.MustCompile(`(^|[ :])-([a-z])`).ReplaceAllString(s, "$1--$2")
}

// oneLine joins a multi-line message (errors.Join) with "; ".
func oneLine(s string) string {
	return strings.Join(strings.Split(strings.TrimSpace(s), "\n"), "; ")
}

// findCommand picks the longest registered name that prefixes args.
func findCommand(args []string) (*command, []string) {
	var best *command
	bestLen := 0
	for i := range commands {
		parts := strings.Fields(commands[i].name)
		if len(parts) > bestLen && slices.Equal(parts, args[:min(len(parts), len(args))]) {
			best, bestLen = &commands[i], len(parts)
		}
	}
	if best == nil {
		return nil, nil
	}
	return best, args[bestLen:]
}

// groupCommands lists the commands whose names start with the words of prefix, sorted.
func groupCommands(prefix []string) []command {
	var out []command
	for _, c := range commands {
		parts := strings.Fields(c.name)
		if len(parts) > len(prefix) && slices.Equal(parts[:len(prefix)], prefix) {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// groupPrefix returns the leading words of args that name a group of commands (and how many there are), or 0.
func groupPrefix(args []string) int {
	n := 0
	for i := 1; i <= len(args); i++ {
		if strings.HasPrefix(args[i-1], "-") || len(groupCommands(args[:i])) == 0 {
			break
		}
		n = i
	}
	return n
}

func isHelpFlag(s string) bool { return s == "-h" || s == "-help" || s == "--help" }

// unknownCommand answers args that name no command: a group alone (or with --help) gets its help on stdout,
// anything else an error naming what was not understood.
func unknownCommand(args []string) int {
	n := groupPrefix(args)
	if n > 0 && (n == len(args) || (n == len(args)-1 && isHelpFlag(args[n]))) {
		writeHelp(stdout, args[:n])
		return 0
	}
	what := strings.Join(args[:min(len(args), n+1)], " ")
	list := "opml help"
	if n > 0 {
		list = "opml " + strings.Join(args[:n], " ")
	}
	fmt.Fprintf(stderr, "opml: unknown command %q (%s lists the commands)\n", what, list)
	return 2
}

// runHelp answers `opml help [CMD...]`.
func runHelp(args []string) int {
	if len(args) == 0 {
		writeHelp(stdout, nil)
		return 0
	}
	if cmd, rest := findCommand(args); cmd != nil && len(rest) == 0 {
		return finish(cmd, cmd.run([]string{"--help"}))
	}
	if n := groupPrefix(args); n == len(args) {
		writeHelp(stdout, args)
		return 0
	}
	fmt.Fprintf(stderr, "opml: help: no command %q (opml help lists the commands)\n", strings.Join(args, " "))
	return 2
}
