// A dApp asking opml's oracle from TypeScript with viem: it sends a picture of a digit to the example dApp
// contract DigitConsumer (deployed by `opml chain dev`), waits until the oracle calls the dApp back, and prints
// the digit with the transaction that delivered it. It uses only the published ABIs: the SDK's IAIOracle
// (contracts/sdk/abi) for the oracle, and DigitConsumer's own.
//
//   OPML_KEY=0x… npx tsx examples/dapp-ts/ask.ts --rpc http://127.0.0.1:8545 --consumer 0x… [--pixels FILE]
//
// --pixels is a 28×28 grayscale picture as 784 raw bytes, row by row (default: a drawn "1").
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  createPublicClient, createWalletClient, formatEther, http, parseEventLogs,
  type Abi, type Address, type Hex,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";

const here = dirname(fileURLToPath(import.meta.url));
const readAbi = (path: string): Abi => {
  const json = JSON.parse(readFileSync(join(here, "../..", path), "utf8"));
  return (Array.isArray(json) ? json : json.abi) as Abi;
};
const oracleAbi = readAbi("contracts/sdk/abi/IAIOracle.json");
const consumerAbi = readAbi("contracts/artifacts/DigitConsumer.json");

function fail(msg: string): never {
  console.error("ask.ts: " + msg);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    rpc: { type: "string", default: "http://127.0.0.1:8545" },
    consumer: { type: "string" },
    pixels: { type: "string" },
    timeout: { type: "string", default: "300" }, // seconds
  },
});
if (!args.consumer || !/^0x[0-9a-fA-F]{40}$/.test(args.consumer)) fail("--consumer ADDRESS is required (opml chain dev prints it)");
const key = process.env.OPML_KEY;
if (!key || !/^(0x)?[0-9a-fA-F]{64}$/.test(key)) fail("set OPML_KEY to the asking account's private key (opml chain dev prints funded ones)");

// The picture: a file of 784 bytes, or a vertical stroke (a "1").
let pixels: Uint8Array;
if (args.pixels) {
  pixels = new Uint8Array(readFileSync(args.pixels));
  if (pixels.length !== 784) fail(`${args.pixels}: ${pixels.length} bytes, want 784 (28×28 grayscale)`);
} else {
  pixels = new Uint8Array(784);
  for (let y = 4; y < 24; y++) for (let x = 13; x < 16; x++) pixels[y * 28 + x] = 255;
}

const account = privateKeyToAccount((key.startsWith("0x") ? key : "0x" + key) as Hex);
const transport = http(args.rpc);
const pub = createPublicClient({ transport });
const chainId = await pub.getChainId();
const chain = {
  id: chainId, name: "opml chain dev",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [args.rpc] } },
} as const;
const wallet = createWalletClient({ account, chain, transport });
const consumer = args.consumer as Address;

// The oracle the dApp asks, and the fee for its callback gas.
const oracle = (await pub.readContract({ address: consumer, abi: consumerAbi, functionName: "aiOracle" })) as Address;
const fee = (await pub.readContract({ address: consumer, abi: consumerAbi, functionName: "fee" })) as bigint;

const hash = await wallet.writeContract({
  address: consumer, abi: consumerAbi, functionName: "ask",
  args: [("0x" + Buffer.from(pixels).toString("hex")) as Hex], value: fee,
});
const receipt = await pub.waitForTransactionReceipt({ hash });
if (receipt.status !== "success") fail(`ask reverted (tx ${hash})`);
const asked = parseEventLogs({ abi: consumerAbi, logs: receipt.logs, eventName: "Asked" });
if (asked.length === 0) fail(`the ask emitted no Asked event (tx ${hash})`);
const requestId = (asked[0].args as { requestId: bigint }).requestId;
console.log(`request ${requestId} sent to oracle ${oracle} (tx ${hash}, fee ${formatEther(fee)} ETH)`);

// Wait until the oracle says the request is final, then read what the dApp received.
const deadline = Date.now() + Number(args.timeout) * 1000;
while (!(await pub.readContract({ address: oracle, abi: oracleAbi, functionName: "isFinalized", args: [requestId] }))) {
  if (Date.now() > deadline) fail(`request ${requestId}: not final within ${args.timeout} s`);
  await new Promise((r) => setTimeout(r, 500));
}
type Answer = { delivered: boolean; valid: boolean; failed: boolean; noResult: boolean; digit: number; output: Hex };
let answer = (await pub.readContract({ address: consumer, abi: consumerAbi, functionName: "answer", args: [requestId] })) as Answer;
while (!answer.delivered) {
  if (Date.now() > deadline) fail(`request ${requestId}: final but not delivered within ${args.timeout} s`);
  await new Promise((r) => setTimeout(r, 500));
  answer = (await pub.readContract({ address: consumer, abi: consumerAbi, functionName: "answer", args: [requestId] })) as Answer;
}
// The transaction that delivered it: the oracle's AICallbackResult event for this request (ORA's event).
const results = await pub.getContractEvents({
  address: oracle, abi: oracleAbi, eventName: "AICallbackResult", args: { requestId }, fromBlock: receipt.blockNumber,
});
const delivered = results.length > 0 ? results[results.length - 1].transactionHash : "none";
if (answer.failed) fail(`request ${requestId}: ${answer.noResult ? "no result (the fee can be reclaimed)" : "the model's run failed"}`);
if (!answer.valid) fail(`request ${requestId}: the oracle delivered ${answer.output}, which is not a digit`);
console.log(`request ${requestId}: digit ${answer.digit} (delivered by tx ${delivered})`);
