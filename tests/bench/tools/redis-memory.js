// Redis bytes per idle conversation: every key is listed (SCAN), grouped by its shape (ids replaced by *), and the
// MEMORY USAGE of a sample of each group is averaged. A conversation is a ":conv:<id>:state" key.
//
//   node redis-memory.js REDIS_PORT [SAMPLE_PER_GROUP]
//
// Prints JSON: { conversations, groups: [{ shape, keys, sampled, meanBytes, totalBytes, perConversation }], ... }.
"use strict";
const { execFileSync } = require("child_process");

const port = String(process.argv[2]);
const samplePerGroup = Number(process.argv[3] || 400);
const cli = (args, input) =>
  execFileSync("redis-cli", ["-h", "127.0.0.1", "-p", port, ...args], { input, maxBuffer: 1 << 30, encoding: "utf8" });

const keys = cli(["--scan"]).split("\n").filter(Boolean);
const shapeOf = (key) =>
  key
    .replace(/\{p[\d.]+\}/g, "{p*}")
    .replace(/\{(out|sid|svc):[^}]*\}/g, "{$1:*}")
    .replace(/:conv:[^:]+/g, ":conv:*")
    .replace(/:(seen|processed):[^:]+/g, ":$1:*")
    .replace(/:(lease):([a-z]+):\d+/g, ":$1:$2:*");

const groups = new Map();
for (const key of keys) {
  const shape = shapeOf(key);
  if (!groups.has(shape)) groups.set(shape, []);
  groups.get(shape).push(key);
}

const result = [];
for (const [shape, members] of groups) {
  // An even spread over the group, not just its first keys.
  const step = Math.max(1, Math.floor(members.length / samplePerGroup));
  const sample = members.filter((_, i) => i % step === 0).slice(0, samplePerGroup);
  const input = sample.map((k) => `MEMORY USAGE ${k} SAMPLES 0`).join("\n") + "\n";
  const sizes = cli([], input).split("\n").filter(Boolean).map(Number).filter((n) => Number.isFinite(n));
  const mean = sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length);
  result.push({ shape, keys: members.length, sampled: sizes.length, meanBytes: Math.round(mean), totalBytes: Math.round(mean * members.length) });
}

const conversations = (groups.get([...groups.keys()].find((s) => /:conv:\*:state$/.test(s))) || []).length;
for (const g of result) g.perConversation = conversations ? Math.round(g.totalBytes / conversations) : 0;
result.sort((a, b) => b.totalBytes - a.totalBytes);
process.stdout.write(JSON.stringify({ conversations, keys: keys.length, groups: result }) + "\n");
