package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/demo"
	"github.com/opml-dev/opml/internal/progress"
)

// GameOptions choose the dispute benchmark's modes.
type GameOptions struct {
	Phases  []int         // 1 and/or 2
	Ks      []int         // checkpoints per move
	Cheat   agent.Cheat   // what the submitter lies about
	Image   int           // the MNIST test image asked about
	Timeout time.Duration // per demo run
	// Progress shows which mode runs (nil: nothing).
	Progress *progress.Reporter
}

// Game runs `opml demo` once per mode on the embedded chain, one after the other in one process, and tabulates
// the dispute: rounds, the steps of the disputed VM run, gas of the whole dispute and of its largest move, and
// the wall time of the whole demo (deployment, registration, inference, the game, finalization).
func Game(ctx context.Context, o GameOptions) (*Table, error) {
	t := &Table{
		Title:   fmt.Sprintf("MNIST int8 dispute, submitter cheat %s, honest validator, embedded chain", o.Cheat),
		Columns: []string{"mode", "k", "rounds", "VM steps", "game txs", "dispute gas", "gas/move (mean)", "dispute", "dissect (max)", "choose (max)", "handoff", "proveStep", "winner", "demo wall time"},
		Notes:   []string{"VM steps: the honest run of the disputed VM level (the whole inference single-phase, one node two-phase).", "Gas columns are per transaction (the largest of its kind); dispute opens the game between two entries.", "Targets: ≤ 30 s single-phase, ≤ 15 s two-phase."},
	}
	defer o.Progress.Done()
	run := 0
	for _, phases := range o.Phases {
		for _, k := range o.Ks {
			run++
			o.Progress.Status("bench game: demo %d/%d (%d-phase, k=%d)", run, len(o.Phases)*len(o.Ks), phases, k)
			opts := demo.DefaultOptions()
			opts.Phases, opts.K, opts.Cheat, opts.Image = phases, k, o.Cheat, o.Image
			if o.Timeout > 0 {
				opts.Timeout = o.Timeout
			}
			s, err := demo.Run(ctx, opts)
			if err != nil {
				return nil, fmt.Errorf("bench game: %d-phase, k=%d: %w", phases, k, err)
			}
			mean := uint64(0)
			if s.Moves > 0 {
				mean = s.DisputeGas / uint64(s.Moves)
			}
			mode := "single-phase"
			if phases == 2 {
				mode = "two-phase"
			}
			gas := func(kind string) string {
				if m := s.MoveGas[kind]; m != nil {
					return fmt.Sprint(m.Max)
				}
				return "-"
			}
			t.AddRow(mode, k, s.Rounds, s.VMSteps, s.Moves, s.DisputeGas, mean, gas("dispute"), gas("dissect"), gas("choose"),
				gas("handoff"), gas("proveStep"), s.Winner, fmt.Sprintf("%.1f s", s.WallSeconds))
		}
	}
	return t, nil
}
