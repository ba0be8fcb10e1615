package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
)

func init() {
	register("version", "print opml's version, commit and Go version", runVersion)
}

// writeHelp prints the commands under prefix (all of them for nil).
func writeHelp(w io.Writer, prefix []string) {
	if len(prefix) == 0 {
		fmt.Fprintln(w, "opml — optimistic machine learning on Ethereum: an AI oracle whose answers anyone can dispute")
		fmt.Fprintln(w, "\nusage: opml <command> [flags] [arguments]")
	} else {
		g := strings.Join(prefix, " ")
		if s := groups[g]; s != "" {
			fmt.Fprintf(w, "opml %s — %s\n", g, s)
		}
		fmt.Fprintf(w, "\nusage: opml %s <command> [flags] [arguments]\n", g)
	}
	fmt.Fprintln(w, "\ncommands:")
	list := groupCommands(prefix)
	width := 0
	for _, c := range list {
		width = max(width, len(c.name)-len(strings.Join(prefix, " ")))
	}
	for _, c := range list {
		name := strings.TrimSpace(strings.TrimPrefix(c.name, strings.Join(prefix, " ")))
		fmt.Fprintf(w, "  %-*s  %s\n", width, name, c.summary)
	}
	if len(prefix) == 0 {
		fmt.Fprintln(w, "\nopml help COMMAND (or opml COMMAND --help) shows a command's flags; opml GROUP lists a group's commands.")
		fmt.Fprintln(w, "Every command also takes the common flags --config FILE, --log-level and --log-format (opml help version).")
	} else {
		fmt.Fprintf(w, "\nopml help %s COMMAND shows a command's flags.\n", strings.Join(prefix, " "))
	}
}

// writeCommandHelp prints a command's summary, usage line and flags (fs is the flag set its runner made; nil if
// it made none).
func writeCommandHelp(w io.Writer, cmd *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "opml %s — %s\n", cmd.name, cmd.summary)
	meta := flagMeta[fs]
	if meta == nil {
		fmt.Fprintf(w, "\nusage: opml %s\n", cmd.name)
		return
	}
	fmt.Fprintf(w, "\nusage: opml %s\n", meta.usage)
	if meta.about != "" {
		fmt.Fprintf(w, "\n%s\n", meta.about)
	}
	var own, common []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if commonFlagNames[f.Name] {
			common = append(common, f)
		} else {
			own = append(own, f)
		}
	})
	if len(own) > 0 {
		fmt.Fprintln(w, "\nflags:")
		writeFlags(w, own)
	}
	if len(common) > 0 {
		fmt.Fprintln(w, "\ncommon flags:")
		writeFlags(w, common)
	}
}

// writeFlags prints flags as `--name VALUE  usage (default d)`, the usage on its own line when the name is long.
func writeFlags(w io.Writer, flags []*flag.Flag) {
	sort.Slice(flags, func(i, j int) bool { return flags[i].Name < flags[j].Name })
	type row struct{ left, usage string }
	var rows []row
	width := 0
	for _, f := range flags {
		arg, usage := flag.UnquoteUsage(f)
		// The flag package names unnamed values by their Go type; say what to write instead.
		switch arg {
		case "int", "uint":
			arg = "N"
		case "duration":
			arg = "DURATION"
		case "float":
			arg = "NUMBER"
		case "string", "value":
			arg = "VALUE"
		}
		left := "--" + f.Name
		if arg != "" {
			left += " " + arg
		}
		if !isZeroDefault(f) {
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		rows = append(rows, row{left, usage})
		if len(left) <= 24 {
			width = max(width, len(left))
		}
	}
	for _, r := range rows {
		if len(r.left) > width {
			fmt.Fprintf(w, "  %s\n  %-*s  %s\n", r.left, width, "", r.usage)
		} else {
			fmt.Fprintf(w, "  %-*s  %s\n", width, r.left, r.usage)
		}
	}
}

// isZeroDefault reports whether a flag's default is its type's zero value (not worth printing).
func isZeroDefault(f *flag.Flag) bool {
	switch f.DefValue {
	case "", "0", "false", "0s", "[]", "map[]":
		return true
	}
	return false
}

// buildVersion describes this binary from its build info: the module version (a tag with `go install …@vX`,
// "(devel)" in a clone) and the VCS commit `go build` stamps in a clone.
func buildVersion() (version, commit, when string, modified bool) {
	version, commit = "(unknown)", ""
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return
	}
	version = bi.Main.Version
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	return
}

func runVersion(args []string) error {
	fs := newFlags("version", "version [--json]")
	asJSON := fs.Bool("json", false, "print a JSON object")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	if err := chk.err(); err != nil {
		return err
	}
	version, commit, when, modified := buildVersion()
	if *asJSON {
		return writeJSON(map[string]any{"version": version, "commit": commit, "commit_time": when, "modified": modified,
			"go": runtime.Version(), "os": runtime.GOOS, "arch": runtime.GOARCH})
	}
	fmt.Fprintf(stdout, "opml %s\n", version)
	if commit != "" {
		dirty := ""
		if modified {
			dirty = " (with uncommitted changes)"
		}
		fmt.Fprintf(stdout, "commit %s%s %s\n", commit, dirty, when)
	}
	fmt.Fprintf(stdout, "%s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}
