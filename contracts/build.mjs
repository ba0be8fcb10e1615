// build.mjs compiles every contracts/src/**/*.sol and contracts/sdk/src/*.sol with the pinned solc npm package
// (standard JSON, fixed settings) and writes contracts/artifacts/<Contract>.json = {contractName, abi, bytecode,
// deployedBytecode}, and the ABIs a dApp developer needs (the SDK's contracts and the oracle) as plain ABI arrays
// to contracts/sdk/abi/<Contract>.json.
// The output is deterministic: fixed compiler settings, no metadata hash in the bytecode (so comments do not
// change it), sorted keys and a trailing newline. Run it from anywhere: node contracts/build.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import solc from "solc";

const contractsDir = path.dirname(fileURLToPath(import.meta.url));
const srcDirs = [path.join(contractsDir, "src"), path.join(contractsDir, "sdk", "src")];
const artifactsDir = path.join(contractsDir, "artifacts");
const sdkAbiDir = path.join(contractsDir, "sdk", "abi");
// The contracts whose ABIs the SDK ships.
const sdkAbis = ["IAIOracle", "AIOracleCallbackReceiver", "AIOracle"];

// The settings every artifact is built with; changing any of them changes the bytecode.
const settings = {
  evmVersion: "cancun",
  optimizer: { enabled: true, runs: 1000 },
  // No CBOR metadata: the bytecode then depends only on the code, not on comments or file paths.
  metadata: { appendCBOR: false, bytecodeHash: "none" },
  outputSelection: {
    "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] },
  },
};

function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (entry.name.endsWith(".sol")) out.push(full);
  }
  return out;
}

// sortKeys returns a copy of v with object keys in lexical order, so the JSON does not depend on the order in
// which the compiler emitted them.
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === "object") {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

const sources = {};
for (const file of srcDirs.flatMap(listSources)) {
  // Source unit names are relative to contracts/, e.g. "src/MerkleLib.sol", so relative imports resolve.
  const unit = path.relative(contractsDir, file).split(path.sep).join("/");
  sources[unit] = { content: fs.readFileSync(file, "utf8") };
}
if (Object.keys(sources).length === 0) {
  console.error(`build.mjs: no .sol files under ${srcDirs.join(", ")}`);
  process.exit(1);
}

function findImports(unit) {
  const file = path.join(contractsDir, unit);
  if (!file.startsWith(contractsDir + path.sep) || !fs.existsSync(file)) return { error: `import not found: ${unit}` };
  return { contents: fs.readFileSync(file, "utf8") };
}

const input = { language: "Solidity", sources, settings };
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

let failed = false;
for (const err of output.errors ?? []) {
  const text = err.formattedMessage ?? err.message;
  if (err.severity === "error") {
    failed = true;
    console.error(text);
  } else {
    console.warn(text);
  }
}
if (failed) {
  console.error(`build.mjs: compilation failed (solc ${solc.version()})`);
  process.exit(1);
}

fs.mkdirSync(artifactsDir, { recursive: true });
const written = new Map();
for (const unit of Object.keys(output.contracts ?? {}).sort()) {
  for (const name of Object.keys(output.contracts[unit]).sort()) {
    if (written.has(name)) {
      console.error(`build.mjs: contract ${name} is defined in both ${written.get(name)} and ${unit}`);
      process.exit(1);
    }
    written.set(name, unit);
    const c = output.contracts[unit][name];
    const artifact = {
      contractName: name,
      abi: sortKeys(c.abi),
      bytecode: "0x" + c.evm.bytecode.object,
      deployedBytecode: "0x" + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(artifactsDir, `${name}.json`), JSON.stringify(artifact, null, 2) + "\n");
  }
}

fs.mkdirSync(sdkAbiDir, { recursive: true });
for (const name of sdkAbis) {
  const artifact = JSON.parse(fs.readFileSync(path.join(artifactsDir, `${name}.json`), "utf8"));
  fs.writeFileSync(path.join(sdkAbiDir, `${name}.json`), JSON.stringify(artifact.abi, null, 2) + "\n");
}
for (const f of fs.readdirSync(sdkAbiDir)) {
  if (f.endsWith(".json") && !sdkAbis.includes(f.slice(0, -5))) fs.rmSync(path.join(sdkAbiDir, f));
}

// Artifacts of contracts that no longer exist would otherwise linger and keep stale bindings alive.
for (const f of fs.readdirSync(artifactsDir)) {
  if (f.endsWith(".json") && !written.has(f.slice(0, -5))) fs.rmSync(path.join(artifactsDir, f));
}
console.log(`build.mjs: solc ${solc.version()}: ${[...written.keys()].join(", ")}`);
