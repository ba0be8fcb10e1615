// Package contracts owns the opml Solidity contracts (src/), their compiled artifacts (artifacts/) and the Go
// bindings generated from them (package bindings). Regenerate both with `go generate ./contracts`; the
// compiler (solc) is pinned in package.json and installed by scripts/install-deps.
package contracts

//go:generate node build.mjs
//go:generate node bindings.mjs
