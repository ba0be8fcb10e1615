// llamacpp.mjs runs llama.cpp (the prebuilt CPU build of the npm package node-llama-cpp) on a GGUF model for
// opml's tests and benchmarks. It reads one JSON request on stdin and writes one JSON response on stdout:
//
//   request:  {"model": PATH, "threads": N, "contextSize": N,
//              "ops": [{"op": "tokenize", "text": S} | {"op": "generate", "tokens": [ids], "n": N}]}
//   response: {"loadSeconds": s (loading the model and creating the context), "maxRSSBytes": n, "system": "...",
//              "results": [{"tokens": [ids]} | {"generated": [ids], "promptSeconds": s, "genSeconds": s}]}
//
// tokenize is llama_tokenize without special tokens (no BOS; the space prefix is added). generate evaluates the
// prompt tokens as given (all but the last in one batch, timed as the prompt) and then greedily generates n tokens
// (temperature 0, no penalties), stopping early at an end-of-generation token; genSeconds covers the n decode
// steps. Each generate runs on a fresh sequence. Errors go to stderr with exit status 1.
//
// The package is imported from the path in $NODE_LLAMA_CPP (its dist/index.js), so this script can run from
// anywhere (the Go side writes it to a temporary file).
const { getLlama, LlamaLogLevel } = await import(process.env.NODE_LLAMA_CPP);

async function readStdin() {
	const chunks = [];
	for await (const c of process.stdin) chunks.push(c);
	return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function main() {
	const req = await readStdin();
	const threads = req.threads || 2;
	const llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error, maxThreads: threads });
	const t0 = performance.now();
	const model = await llama.loadModel({ modelPath: req.model, gpuLayers: 0 });
	const context = await model.createContext({
		contextSize: req.contextSize || 512,
		threads: { ideal: threads, min: threads },
		sequences: 1,
	});
	const loadSeconds = (performance.now() - t0) / 1000;
	const results = [];
	for (const op of req.ops) {
		if (op.op === "tokenize") {
			results.push({ tokens: Array.from(model.tokenize(op.text ?? "")) });
		} else if (op.op === "generate") {
			const seq = context.getSequence();
			const prompt = op.tokens;
			let promptSeconds = 0;
			if (prompt.length > 1) {
				const p0 = performance.now();
				await seq.evaluateWithoutGeneratingNewTokens(prompt.slice(0, -1));
				promptSeconds = (performance.now() - p0) / 1000;
			}
			const generated = [];
			const g0 = performance.now();
			if (op.n > 0) {
				for await (const tok of seq.evaluate(prompt.slice(-1), { temperature: 0, yieldEogToken: true })) {
					generated.push(tok);
					if (generated.length >= op.n || model.isEogToken(tok)) break;
				}
			}
			const genSeconds = (performance.now() - g0) / 1000;
			results.push({ generated, promptSeconds, genSeconds });
			seq.dispose();
		} else {
			throw new Error(`unknown op ${JSON.stringify(op.op)}`);
		}
	}
	await context.dispose();
	await model.dispose();
	const out = {
		loadSeconds,
		maxRSSBytes: process.resourceUsage().maxRSS * 1024,
		system: llama.systemInfo,
		results,
	};
	process.stdout.write(JSON.stringify(out) + "\n");
	await llama.dispose();
}

main().catch((e) => {
	process.stderr.write(`llamacpp.mjs: ${e && e.stack ? e.stack : e}\n`);
	process.exit(1);
});
