package contracts

import "fmt"

// The enums of the contracts, defined once for Go: each matches its Solidity declaration member for member
// (TestEnumsMatchSolidity reads the sources), so agents, the demo and the CLI compare against names, not numbers.

// RequestStatus is OracleEntries.Status: where a request of the oracle stands.
type RequestStatus uint8

const (
	StatusNone      RequestStatus = iota // no such request
	StatusRequested                      // waiting for a first entry
	StatusOpen                           // entries are being posted or disputed
	StatusFinalized                      // the result (an output, or a failed run) is final
	StatusNoResult                       // no live entry when entries closed: the fee went back
)

var requestStatusNames = []string{"None", "Requested", "Open", "Finalized", "NoResult"}

func (s RequestStatus) String() string {
	return enumName(requestStatusNames, uint8(s), "RequestStatus")
}

// Final reports whether the request's outcome can no longer change (IAIOracle.isFinalized).
func (s RequestStatus) Final() bool { return s == StatusFinalized || s == StatusNoResult }

// Phase is DisputeGame.Phase: who must move next in a game.
type Phase uint8

const (
	PhaseNone        Phase = iota // no such game
	PhaseDissect                  // the asserter posts checkpoints
	PhaseChoose                   // the challenger picks a part
	PhaseStep                     // a VM level is down to one step: the challenger (or anyone) proves it
	PhaseResolved                 // the game is over
	PhaseHandoff                  // a graph level is down to one node: the asserter hands off
	PhaseTileHandoff              // a tile level is down to one tile: the asserter hands off to its VM level
)

var phaseNames = []string{"None", "Dissect", "Choose", "Step", "Resolved", "Handoff", "TileHandoff"}

func (p Phase) String() string { return enumName(phaseNames, uint8(p), "Phase") }

// AsserterMoves reports whether the asserter is the party to move in phase p (DisputeGame._asserterMoves).
func (p Phase) AsserterMoves() bool {
	return p == PhaseDissect || p == PhaseHandoff || p == PhaseTileHandoff
}

// LevelKind is IDisputeGame.LevelKind: what the positions of a game's level are.
type LevelKind uint8

const (
	KindVM    LevelKind = iota // VM steps, values state hashes
	KindGraph                  // graph nodes, values graph state roots
	KindTile                   // the tiles of one node's output, values roots of its partly filled output region
)

var levelKindNames = []string{"VM", "Graph", "Tile"}

func (k LevelKind) String() string { return enumName(levelKindNames, uint8(k), "LevelKind") }

// CallbackError is AIOracleCallbackReceiver.AIOracleError: the code of an aiOracleCallbackError.
type CallbackError uint8

const (
	ErrInvalidInput     CallbackError = iota // opml's only code: the run failed, or no result (see the message)
	ErrInvalidBatchSize                      // ORA's; opml never sends it
)

var callbackErrorNames = []string{"InvalidInput", "InvalidBatchSize"}

func (e CallbackError) String() string {
	return enumName(callbackErrorNames, uint8(e), "CallbackError")
}

func enumName(names []string, v uint8, typ string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}
