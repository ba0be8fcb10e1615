// Runs ONNX models with onnxruntime-node (CPU) for package ortref.
// Usage: node ort.mjs ROOT JOB.json — ROOT holds node_modules; JOB.json is
// {"cases": [{"model", "inputs": [{"name", "type", "dims", "file"}],
// "outputs": [names], "threads", "repeat", "out"}]}. For each case the
// outputs are written as raw little-endian files OUT/<i>.bin and the
// result, with their types, dims and the run times in ms, as OUT/result.json.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [root, jobFile] = process.argv.slice(2);
const require = createRequire(join(root, 'package.json'));
const ort = require('onnxruntime-node');
const job = JSON.parse(readFileSync(jobFile, 'utf8'));

const arrays = {
  float32: (b) => new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4),
  int32: (b) => new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4),
  int64: (b) => new BigInt64Array(b.buffer, b.byteOffset, b.byteLength / 8),
  bool: (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
};

for (const c of job.cases) {
  const result = { outputs: [], times: [] };
  try {
    const session = await ort.InferenceSession.create(c.model, {
      intraOpNumThreads: c.threads, interOpNumThreads: 1, executionMode: 'sequential',
      graphOptimizationLevel: c.optimize ? 'all' : 'basic',
    });
    const feeds = {};
    for (const i of c.inputs) {
      const raw = readFileSync(i.file);
      const b = Buffer.from(raw); // aligned copy
      const aligned = new Uint8Array(new ArrayBuffer(b.length));
      aligned.set(b);
      feeds[i.name] = new ort.Tensor(i.type, arrays[i.type](aligned), i.dims);
    }
    let out;
    for (let r = 0; r < Math.max(1, c.repeat); r++) {
      const t0 = process.hrtime.bigint();
      out = await session.run(feeds);
      result.times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    c.outputs.forEach((name, k) => {
      const t = out[name];
      const d = t.data;
      writeFileSync(join(c.out, `${k}.bin`), Buffer.from(d.buffer, d.byteOffset, d.byteLength));
      result.outputs.push({ name, type: t.type, dims: t.dims.map(Number) });
    });
  } catch (e) {
    result.error = String(e && e.message ? e.message : e);
  }
  writeFileSync(join(c.out, 'result.json'), JSON.stringify(result));
}
