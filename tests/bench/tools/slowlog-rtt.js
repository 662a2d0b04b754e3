// Classifies the client commands (round trips) Redis logged in its slowlog (threshold 0 = every command) by what
// they did, using the Lua scripts' SHA1s from src/Chatbot.Redis/Scripts. Commands run inside a script are logged too,
// with no client address: they are counted apart (they are not round trips).
//
//   redis-cli --json SLOWLOG GET -1 | node slowlog-rtt.js SCRIPTS_DIR
//
// Prints JSON: { "<group>": calls, ... , "_inner": commands run inside scripts, "_entries": n }.
// Groups: script name (plus ":inbox"/":outbox" for stream scripts), or the command name for plain commands.
"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

const scriptsDir = process.argv[2];
const bySha = new Map();
const byText = [];
for (const file of fs.readdirSync(scriptsDir).filter((f) => f.endsWith(".lua"))) {
  const text = fs.readFileSync(path.join(scriptsDir, file), "utf8").replace(/^\uFEFF/, "");
  const name = file.replace(/\.lua$/, "");
  bySha.set(crypto.createHash("sha1").update(text, "utf8").digest("hex"), name);
  byText.push([text.slice(0, 60), name]);
}

const entries = JSON.parse(fs.readFileSync(0, "utf8") || "[]");
const counts = {};
const add = (group) => (counts[group] = (counts[group] || 0) + 1);
let inner = 0;
for (const entry of entries) {
  const [, , , args, client] = entry;
  if (!client || client.startsWith("?")) { inner++; continue; }
  const command = String(args[0]).toLowerCase();
  if (command === "hello" || command === "slowlog" || command === "config" || command === "info") continue; // our own probes
  let name = null;
  if (command === "evalsha" || command === "evalsha_ro") name = bySha.get(String(args[1]).toLowerCase()) || "unknown-script";
  else if (command === "eval" || command === "eval_ro") {
    const found = byText.find(([prefix]) => String(args[1]).startsWith(prefix));
    name = found ? found[1] : "unknown-script";
  }
  if (name === null) {
    // A plain command: named with the shape of its first key, e.g. "hgetall chat:{out:*}:delivery".
    const key = args.length > 1 ? String(args[1]) : "";
    const shape = key.replace(/\{([a-z]+):[^}]*\}/g, "{$1:*}").replace(/\{p[\d.]+\}/g, "{p*}").replace(/:conv:[^:]+/g, ":conv:*");
    add(shape ? `${command} ${shape}` : command);
    continue;
  }
  if (name.startsWith("stream-")) {
    const key = String(args[3] || "");
    name += key.endsWith(":inbox") ? ":inbox" : key.endsWith(":outbox") ? ":outbox" : "";
  }
  add(name);
}
counts._inner = inner;
counts._entries = entries.length;
process.stdout.write(JSON.stringify(counts) + "\n");
