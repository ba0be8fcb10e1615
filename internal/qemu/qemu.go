// Package qemu runs Linux ELF programs under qemu user-mode emulation (qemu-mips, qemu-aarch64) and captures
// what they print and how they exit. It is the reference executor for differential tests of the opml VM: the
// same MIPS binary runs here and in the VM, and the two must agree.
//
// Runs are isolated from the caller's process: the guest sees exactly the environment it is given (empty by
// default), argv[0] is always ProgramName as in the VM's initial state, and every run has a deadline.
package qemu

import (
	"bytes"
	"context"
	"debug/elf"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// ProgramName is argv[0] of every guest, the same name the VM puts on its initial stack (docs/vm.md).
const ProgramName = "program"

// DefaultTimeout bounds a run whose context has no deadline.
const DefaultTimeout = 2 * time.Minute

// Result is the outcome of one run.
type Result struct {
	Stdout   []byte
	Stderr   []byte
	ExitCode int            // the guest's exit status; -1 if it was killed by a signal
	Signal   syscall.Signal // the signal that killed the guest, or 0
	Duration time.Duration  // wall-clock time of the qemu process
}

// emulators maps a GOARCH to its qemu user-mode binary and the ELF it accepts.
var emulators = map[string]struct {
	binary  string
	machine elf.Machine
	class   elf.Class
	order   string
}{
	"mips":  {"qemu-mips", elf.EM_MIPS, elf.ELFCLASS32, "BigEndian"},
	"arm64": {"qemu-aarch64", elf.EM_AARCH64, elf.ELFCLASS64, "LittleEndian"},
}

// missing is the error for an emulator that is not installed. Tests fail on it rather than skip, so a
// machine without qemu cannot silently pass the differential tests.
func missing(binary string, err error) error {
	return fmt.Errorf("qemu: %s not found (run scripts/install-deps, which installs qemu-user): %w", binary, err)
}

// Binary returns the path of the qemu user-mode emulator for goarch ("mips" or "arm64").
func Binary(goarch string) (string, error) {
	emu, ok := emulators[goarch]
	if !ok {
		return "", fmt.Errorf("qemu: no emulator known for GOARCH %q (want mips or arm64)", goarch)
	}
	p, err := exec.LookPath(emu.binary)
	if err != nil {
		return "", missing(emu.binary, err)
	}
	return p, nil
}

// checkELF rejects a program the emulator cannot run, so that the error names the real problem instead of
// looking like a guest that exited with status 1.
func checkELF(qemuBinary, elfPath string) error {
	f, err := elf.Open(elfPath)
	if err != nil {
		return fmt.Errorf("qemu: %s: %w", elfPath, err)
	}
	defer f.Close()
	if f.Type != elf.ET_EXEC && f.Type != elf.ET_DYN {
		return fmt.Errorf("qemu: %s is an ELF %v, not an executable", elfPath, f.Type)
	}
	base := filepath.Base(qemuBinary)
	for _, emu := range emulators {
		if base != emu.binary {
			continue
		}
		if f.Machine != emu.machine || f.Class != emu.class || f.ByteOrder.String() != emu.order {
			return fmt.Errorf("qemu: %s is a %v %v %v program; %s runs %v %v %v programs", elfPath,
				f.Class, f.ByteOrder, f.Machine, base, emu.class, emu.order, emu.machine)
		}
	}
	return nil
}

// Run executes elfPath under qemuBinary (a path, or a name looked up on PATH) with argv = ProgramName, args...
// and exactly the environment env ("NAME=value" entries, in this order; nil means empty). A guest that exits with a non-zero
// status or dies from a signal is a result, not an error; errors are reserved for runs that could not
// happen or did not finish: a missing emulator, a program the emulator cannot run, or the deadline of ctx
// (DefaultTimeout if ctx has none) passing, in which case the returned Result holds the output so far.
func Run(ctx context.Context, qemuBinary, elfPath string, args, env []string) (Result, error) {
	bin, err := exec.LookPath(qemuBinary)
	if err != nil {
		return Result{}, missing(qemuBinary, err)
	}
	if err := checkELF(bin, elfPath); err != nil {
		return Result{}, err
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultTimeout)
		defer cancel()
	}
	for _, kv := range env {
		if !strings.Contains(kv, "=") {
			return Result{}, fmt.Errorf("qemu: environment entry %q is not NAME=value", kv)
		}
	}

	// -0 sets the guest's argv[0]; without it qemu passes the host path of the ELF.
	cmd := exec.CommandContext(ctx, bin, append([]string{"-0", ProgramName, elfPath}, args...)...)
	// qemu-user rebuilds the guest's environment from its own in reverse order (its envlist pushes each entry
	// at the head), so hand it the entries reversed: the guest then sees env in the caller's order, as it
	// would in the VM. A non-nil empty slice, because exec would pass our own environment for nil.
	cmd.Env = make([]string, 0, len(env))
	for i := len(env) - 1; i >= 0; i-- {
		cmd.Env = append(cmd.Env, env[i])
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// After a kill, do not wait forever for pipes held open by anything the guest left behind.
	cmd.WaitDelay = 5 * time.Second

	start := time.Now()
	err = cmd.Run()
	res := Result{Stdout: stdout.Bytes(), Stderr: stderr.Bytes(), Duration: time.Since(start)}
	if ctxErr := ctx.Err(); ctxErr != nil {
		res.ExitCode = -1
		return res, fmt.Errorf("qemu: %s under %s did not finish: %w", elfPath, filepath.Base(bin), ctxErr)
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		res.ExitCode = 0
	case errors.As(err, &exitErr):
		res.ExitCode = exitErr.ExitCode()
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			res.Signal = ws.Signal()
		}
	default:
		return res, fmt.Errorf("qemu: running %s under %s: %w", elfPath, filepath.Base(bin), err)
	}
	return res, nil
}
