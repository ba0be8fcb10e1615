package contracts_test

import (
	"math/big"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
)

// The end of a ledger fuzz run: the honest party's play, the settlement and the checks (FuzzOracleLedger).

// honestActs makes every move the honest party has in its games, at once: true values, the part game.PickPart
// picks by the truth, and the step proof at the bottom (which decides the game for the truth, whoever proves).
func (r *ledgerRun) honestActs() {
	h := r.accounts["honest"]
	for i := 0; i < len(r.games); i++ {
		g := r.pickGame(i)
		for moves := 0; moves < 4; moves++ {
			info, lvl := r.gameInfo(g)
			if info.Asserter != h && info.Challenger != h {
				break
			}
			phase := contracts.Phase(info.Phase)
			mover, _ := (&contracts.GameInfo{GameOutput: info, Phase: phase}).Mover()
			if phase == contracts.PhaseStep {
				r.prove(g, lvl)
				break
			}
			if mover != h || phase == contracts.PhaseResolved {
				break
			}
			switch phase {
			case contracts.PhaseDissect:
				positions, _ := r.g.UnpackPositions(r.view(r.t, r.g.PackPositions(g.id)))
				values := make([][32]byte, len(positions))
				for i, p := range positions {
					values[i], _ = g.req.truth.value(p)
				}
				if _, ok := r.tx("honest", r.game, nil, r.g.PackDissect(g.id, values)); !ok {
					r.t.Fatalf("the honest dissection of game %v was refused: %v", g.id, r.lastErr)
				}
			case contracts.PhaseChoose:
				cps, _ := r.g.UnpackCheckpoints(r.view(r.t, r.g.PackCheckpoints(g.id)))
				part, err := game.PickPart(lvl.Lo, lvl.Hi, game.Split(lvl.Lo, lvl.Hi, 1), cps, g.req.truth.value)
				if err != nil {
					r.t.Fatalf("the honest party cannot pick in game %v: %v", g.id, err)
				}
				if _, ok := r.tx("honest", r.game, nil, r.g.PackChoose(g.id, big.NewInt(int64(part)))); !ok {
					r.t.Fatalf("the honest choice in game %v was refused: %v", g.id, r.lastErr)
				}
			}
		}
	}
}

// finalize finalizes q with the claim of its first live entry, if any.
func (r *ledgerRun) finalize(q *ledgerRequest) {
	es, err := r.ao.UnpackGetEntries(r.oview(r.ao.PackGetEntries(q.id)))
	if err != nil {
		r.t.Fatal(err)
	}
	claim, output := [32]byte{}, []byte{}
	for _, e := range es {
		if e.Live {
			claim = e.Claim
			for _, p := range q.plans {
				if p.claim.Claim == claim {
					output = p.output
				}
			}
			break
		}
	}
	r.tx("bystander", r.oracle, nil, r.ao.PackFinalize(q.id, claim, output))
}

// checkBooks checks the oracle's invariant.
func (r *ledgerRun) checkBooks() {
	locked, _ := r.ao.UnpackLocked(r.oview(r.ao.PackLocked()))
	owedTotal, _ := r.ao.UnpackOwedTotal(r.oview(r.ao.PackOwedTotal()))
	burned, _ := r.ao.UnpackBurned(r.oview(r.ao.PackBurned()))
	bal := r.cfg.State.GetBalance(r.oracle).ToBig()
	if bal.Cmp(sum(locked, owedTotal, burned)) != 0 {
		r.t.Fatalf("oracle balance %v != locked %v + owed %v + burned %v", bal, locked, owedTotal, burned)
	}
	owed := new(big.Int)
	for _, a := range r.accounts {
		o, _ := r.ao.UnpackOwed(r.oview(r.ao.PackOwed(a)))
		owed.Add(owed, o)
	}
	if owed.Cmp(owedTotal) != 0 {
		r.t.Fatalf("owedTotal %v, the accounts are owed %v", owedTotal, owed)
	}
}

// settle lets the run end: time passes, the honest party plays and the liars stall, games time out, the
// remaining disagreements are disputed, every request is finalized, every bond released and everything
// withdrawn. Then the honest account has lost nothing and the oracle holds only what was burned.
func (r *ledgerRun) settle() {
	for round := 0; round < 200; round++ {
		r.cfg.Time += 400
		r.honestActs()
		for i := 0; i < len(r.games); i++ {
			r.tx("bystander", r.game, nil, r.g.PackTimeout(r.pickGame(i).id))
		}
		done := true
		for _, q := range r.requests {
			req, _ := r.ao.UnpackGetRequest(r.oview(r.ao.PackGetRequest(q.id)))
			if contracts.RequestStatus(req.Status).Final() {
				continue
			}
			done = false
			r.start(q)
			// Pair live entries that disagree, then try to finalize.
			es, _ := r.ao.UnpackGetEntries(r.oview(r.ao.PackGetEntries(q.id)))
			for a := range es {
				for b := a + 1; b < len(es); b++ {
					if es[a].Live && es[b].Live && es[a].Claim != es[b].Claim {
						if ret, ok := r.tx("bystander", r.oracle, nil, r.ao.PackDispute(q.id, uint32(a), uint32(b))); ok {
							id, _ := r.ao.UnpackDispute(ret)
							r.games[id.String()] = &ledgerGame{id: id, req: q}
						}
					}
				}
			}
			r.finalize(q)
		}
		r.honestActs() // in the games just opened, before time passes
		r.checkBooks()
		if done && r.openGames() == 0 {
			break
		}
	}
	for _, q := range r.requests {
		req, _ := r.ao.UnpackGetRequest(r.oview(r.ao.PackGetRequest(q.id)))
		if !contracts.RequestStatus(req.Status).Final() {
			r.t.Fatalf("request %v is %v after settling", q.id, contracts.RequestStatus(req.Status))
		}
		for i := uint32(0); i < req.EntryCount; i++ {
			r.tx("bystander", r.oracle, nil, r.ao.PackReleaseBond(q.id, i))
		}
	}
	for name := range r.accounts {
		r.tx(name, r.oracle, nil, r.ao.PackWithdraw())
	}
	r.checkBooks()
	burned, _ := r.ao.UnpackBurned(r.oview(r.ao.PackBurned()))
	if bal := r.cfg.State.GetBalance(r.oracle).ToBig(); bal.Cmp(burned) != 0 {
		r.t.Fatalf("after settling the oracle holds %v, burned %v", bal, burned)
	}
	net := new(big.Int).Sub(r.cfg.State.GetBalance(r.accounts["honest"]).ToBig(), r.funding)
	if net.Sign() < 0 {
		r.t.Fatalf("the honest account lost %v wei", neg(net))
	}
	entries := 0
	for _, q := range r.requests {
		req, _ := r.ao.UnpackGetRequest(r.oview(r.ao.PackGetRequest(q.id)))
		entries += int(req.EntryCount)
	}
	r.t.Logf("%d requests, %d entries, %d games; burned %v wei, the honest account gained %v", len(r.requests), entries,
		len(r.games), burned, net)
	total := new(big.Int).Set(burned)
	for _, a := range r.accounts {
		total.Add(total, new(big.Int).Sub(r.cfg.State.GetBalance(a).ToBig(), r.funding))
	}
	if total.Sign() != 0 {
		r.t.Fatalf("the accounts' gains and the burned ether add up to %v, not 0", total)
	}
}

func (r *ledgerRun) openGames() int {
	n := 0
	for i := 0; i < len(r.games); i++ {
		info, _ := r.gameInfo(r.pickGame(i))
		if contracts.Phase(info.Phase) != contracts.PhaseResolved {
			n++
		}
	}
	return n
}
