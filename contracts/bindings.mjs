// bindings.mjs writes Go bindings (abigen --v2, package bindings) for every artifact in contracts/artifacts
// that has an ABI, one file per contract: contracts/bindings/<contract in lower case>.go. It runs go-ethereum's
// abigen at the version pinned in go.mod (go run), so the generated code matches the bind/v2 library we link.
// Bindings of contracts that no longer have an artifact are removed. Run it from anywhere after build.mjs.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const contractsDir = path.dirname(fileURLToPath(import.meta.url));
const artifactsDir = path.join(contractsDir, "artifacts");
const bindingsDir = path.join(contractsDir, "bindings");

// Abstract contracts that only hold the shared parts of a deployed one: their ABI is part of that contract's, and
// their bindings would declare the same Go types again.
const bases = new Set(["OracleEntries", "OracleLedger"]);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "opml-abigen-"));
const wanted = new Set(["doc.go"]);
try {
  fs.mkdirSync(bindingsDir, { recursive: true });
  for (const f of fs.readdirSync(artifactsDir).sort()) {
    if (!f.endsWith(".json")) continue;
    const artifact = JSON.parse(fs.readFileSync(path.join(artifactsDir, f), "utf8"));
    // Libraries with only internal functions have nothing to call from Go.
    if (artifact.abi.length === 0 || bases.has(artifact.contractName)) continue;
    const name = artifact.contractName;
    const abiFile = path.join(tmp, `${name}.abi`);
    const binFile = path.join(tmp, `${name}.bin`);
    fs.writeFileSync(abiFile, JSON.stringify(artifact.abi));
    fs.writeFileSync(binFile, artifact.bytecode.replace(/^0x/, ""));
    const out = `${name.toLowerCase()}.go`;
    wanted.add(out);
    execFileSync(
      "go",
      ["run", "github.com/ethereum/go-ethereum/cmd/abigen", "--v2", "--abi", abiFile, "--bin", binFile,
        "--pkg", "bindings", "--type", name, "--out", path.join(bindingsDir, out)],
      { cwd: contractsDir, stdio: "inherit" },
    );
    console.log(`bindings.mjs: ${out}`);
  }
  for (const f of fs.readdirSync(bindingsDir)) {
    if (f.endsWith(".go") && !wanted.has(f)) fs.rmSync(path.join(bindingsDir, f));
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
