// sdkcompile.mjs compiles a dApp project the way Foundry or Hardhat would resolve its imports, with the pinned
// solc from npm, for TestSDKInstalls:
//   node sdkcompile.mjs PROJECT SRCDIR
// Imports resolve through PROJECT/remappings.txt (Foundry: longest prefix first), then relative to PROJECT, then
// under PROJECT/node_modules (Hardhat). Prints {"errors": [...], "contracts": {Name: {"abi": [...], "bytecode":
// hex}}} for every contract in the project's sources and the files they import.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// solc from the opml checkout's node_modules, not the project's: the project installs only the SDK.
const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "package.json"));
const solc = require("solc");

const [project, srcDir] = process.argv.slice(2);
const remapFile = path.join(project, "remappings.txt");
const remappings = fs.existsSync(remapFile)
  ? fs.readFileSync(remapFile, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
    .map((l) => { const i = l.indexOf("="); return { from: l.slice(0, i), to: l.slice(i + 1) }; })
    .sort((a, b) => b.from.length - a.from.length)
  : [];

function resolve(unit) {
  for (const r of remappings) {
    if (unit.startsWith(r.from)) return [path.join(project, r.to + unit.slice(r.from.length))];
  }
  return [path.join(project, unit), path.join(project, "node_modules", unit)];
}

function findImports(unit) {
  for (const file of resolve(unit)) {
    if (fs.existsSync(file)) return { contents: fs.readFileSync(file, "utf8") };
  }
  return { error: `import not found: ${unit} (tried ${resolve(unit).join(", ")})` };
}

const sources = {};
for (const name of fs.readdirSync(path.join(project, srcDir)).filter((n) => n.endsWith(".sol"))) {
  sources[`${srcDir}/${name}`] = { content: fs.readFileSync(path.join(project, srcDir, name), "utf8") };
}
const input = {
  language: "Solidity",
  sources,
  settings: { evmVersion: "cancun", outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } } },
};
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const contracts = {};
for (const file of Object.values(output.contracts ?? {})) {
  for (const [name, c] of Object.entries(file)) contracts[name] = { abi: c.abi, bytecode: c.evm.bytecode.object };
}
const errors = (output.errors ?? []).filter((e) => e.severity === "error").map((e) => e.formattedMessage ?? e.message);
console.log(JSON.stringify({ errors, contracts }));
