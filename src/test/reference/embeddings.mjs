// Computes the reference embeddings in src/test/resources/embed/reference-embeddings.json with an
// implementation independent of PriorArt's Java embedder: the tokenizer of transformers.js (a
// JavaScript re-implementation of HuggingFace tokenizers, run in a child process because it loads
// its own ONNX Runtime), onnxruntime-node 1.29 (the ONNX Runtime version the Java side uses: int8
// kernels differ between versions by a few 1e-3) with the default graph optimizations, and pooling
// and normalization written here.
//
//   mkdir /tmp/tok && cd /tmp/tok && npm init -y && npm install --ignore-scripts @huggingface/transformers@3
//   mkdir /tmp/ort && cd /tmp/ort && npm init -y && npm install --ignore-scripts onnxruntime-node@1.29.0
//   TOKENIZERS=/tmp/tok/node_modules ORT=/tmp/ort/node_modules \
//     node src/test/reference/embeddings.mjs models > src/test/resources/embed/reference-embeddings.json
import { createRequire } from 'module';
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--tokenize') {
  // child: node embeddings.mjs --tokenize TOKENIZER_JSON TEXT  ->  token ids as JSON
  const { PreTrainedTokenizer } = await import(path.join(process.env.TOKENIZERS, '@huggingface/transformers/dist/transformers.node.mjs'));
  const tokenizerJson = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  tokenizerJson.truncation = null; // the files carry their own truncation/padding; the texts are short
  tokenizerJson.padding = null;
  console.log(JSON.stringify(new PreTrainedTokenizer(tokenizerJson, {}).encode(process.argv[4])));
  process.exit(0);
}

const require = createRequire(path.join(process.env.ORT, 'x.js'));
const ort = require('onnxruntime-node');
const modelsDir = process.argv[2] || 'models';
const manifest = JSON.parse(fs.readFileSync(path.join(modelsDir, 'models.json'), 'utf8'));

const texts = {
  en: [
    'A lithium ion secondary battery with a silicon anode and a graphite cathode.',
    'Represent this sentence for searching relevant passages: stretchable battery',
    'A modular hook assembly that includes an adjustable shank mounted weight and retainers that accept artificial attractors, rattles, weights, lights, cyalume sticks or other accessories.',
  ],
  zh: ['一种太阳能电池板的清洁装置，包括刷子和导轨。', '釣り針の軸に取り付けられるおもり'],
};

const out = {};
for (const m of manifest.models) {
  const tokenizerFile = path.join(modelsDir, m.name, m.tokenizer);
  const session = await ort.InferenceSession.create(path.join(modelsDir, m.name, m.onnx), { intraOpNumThreads: 1 });
  out[m.name] = [];
  for (const text of (m.languages.includes('en') ? texts.en : texts.zh)) {
    const ids = JSON.parse(execFileSync('node', [self, '--tokenize', tokenizerFile, text], { env: process.env }).toString());
    const n = ids.length;
    const feeds = {
      input_ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, n]),
      attention_mask: new ort.Tensor('int64', BigInt64Array.from(ids.map(() => 1n)), [1, n]),
    };
    if (session.inputNames.includes('token_type_ids')) {
      feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(n), [1, n]);
    }
    const hidden = (await session.run(feeds))[session.outputNames[0]];
    const dim = hidden.dims[2];
    let v = new Array(dim).fill(0);
    if (m.pooling === 'cls') {
      for (let d = 0; d < dim; d++) v[d] = hidden.data[d];
    } else {
      for (let t = 0; t < n; t++) for (let d = 0; d < dim; d++) v[d] += hidden.data[t * dim + d] / n;
    }
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    out[m.name].push({ text, tokens: n, vector: v.map((x) => Number((x / norm).toFixed(6))) });
  }
}
console.log(JSON.stringify(out));
