// Renders the benchmark's figures (the key=value file tests/bench/run writes) as the markdown results table.
//   node report.js FIGURES_FILE
"use strict";
const fs = require("fs");

const f = {};
for (const line of fs.readFileSync(process.argv[2], "utf8").split("\n")) {
  const i = line.indexOf("=");
  if (i > 0) f[line.slice(0, i)] = line.slice(i + 1);
}
const bench = (line) => {
  const o = {};
  for (const m of String(line || "").matchAll(/(\w+)=(\S+)/g)) o[m[1]] = Number(m[2]);
  return o;
};
const n = (x, d = 0) => (Number.isFinite(x) ? x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }) : "n/a");
const ms = (us) => (Number.isFinite(us) ? (us / 1000).toFixed(us < 10000 ? 2 : 1) + " ms" : "n/a");
const verdict = (ok) => (ok ? "met" : "**missed**");

// 1. End to end.
const sat = bench(f.sat_line);
const satSeconds = sat.duration_us / 1e6;
const acceptedRate = Number(f.sat_accepted) / satSeconds;
const satStart = Number(f.sat_start), satEnd = Number(f.sat_end), satLast = Number(f.sat_last);
const drained = f.sat_drained === "1";
const e2eTurns = Number(f.sat_turns) / ((satLast - satStart) / 1000);
const drainMs = satLast - satEnd;
const timeline = String(f.sat_timeline || "").split(",").filter(Boolean).map((p) => p.split(" ").map(Number));
const rateIn = (from, to) => {
  const secs = timeline.filter(([s]) => s * 1000 >= from && (s + 1) * 1000 <= to);
  return secs.length ? secs.reduce((a, [, c]) => a + c, 0) / secs.length : NaN;
};
const sinkDuringLoad = rateIn(satStart, satEnd);
const sinkDuringDrain = rateIn(satEnd, satLast);
const perTurn = Number(f.warm_messages) / Number(f.warm_turns);
const confirm = bench(f.confirm_line);
const confirmRate = confirm.requests / (confirm.duration_us / 1e6);

// 2. Latency.
const lat = bench(f.lat_line);
const latRate = lat.requests / (lat.duration_us / 1e6);
const ceilLat = bench(f.ceiling_lat_line);

// 3. Round trips.
const idle = JSON.parse(f.rtt_idle_json || "{}");
const load = JSON.parse(f.rtt_load_json || "{}");
const idleMs = Number(f.idle_ms), rttMs = Number(f.rtt_ms), turns = Number(f.rtt_turns);
// Background work that also runs with no traffic: polling the streams, leases, heartbeats, the client's pings.
const polling = (g) => /^stream-read|^lease-|^instance-|^(ping|echo|cluster|subscribe|client|info|role|time)( |$)/.test(g);
const attributed = {};
for (const [g, c] of Object.entries(load)) {
  if (g.startsWith("_")) continue;
  const idleExpected = polling(g) ? ((idle[g] || 0) / idleMs) * rttMs : 0;
  attributed[g] = { raw: c, idleExpected, net: Math.max(0, c - idleExpected) };
}
const ACCEPT = /^inbox-accept$/;
const TURN = /^(turn-.*|stream-[a-z]+:inbox)$/;
const SEND = /^(delivery-.*|send-rate-.*|stream-[a-z]+:outbox|[a-z]+ .*:(delivery|delivery-id))$/;
const sum = (pred) => Object.entries(attributed).filter(([g]) => pred(g)).reduce((a, [, v]) => a + v.net, 0);
const acceptRt = sum((g) => ACCEPT.test(g)) / turns;
const turnRt = sum((g) => TURN.test(g)) / turns;
const sendRt = sum((g) => SEND.test(g)) / turns;
const otherRt = sum((g) => !ACCEPT.test(g) && !TURN.test(g) && !SEND.test(g)) / turns;
const idleTotal = Object.entries(idle).filter(([g]) => !g.startsWith("_")).reduce((a, [, c]) => a + c, 0);
const idlePerSecond = idleTotal / (idleMs / 1000);
const idleInnerPerSecond = (idle._inner || 0) / (idleMs / 1000);
const commandsPerTurn = (Number(f.rtt_redis_commands) - ((idleTotal + (idle._inner || 0)) / idleMs) * rttMs) / turns;
const botTurnRt = acceptRt + turnRt; // what the citizen's message costs until the replies are queued
const totalRt = acceptRt + turnRt + sendRt + otherRt;

// 4. Memory.
const mem = JSON.parse(f.memory_json || "{}");
const conversations = mem.conversations || 0;
const perConv = (mem.groups || []).filter((g) => !/:(inbox|outbox)$|:lease:/.test(g.shape));
const bytesPerConv = perConv.reduce((a, g) => a + g.totalBytes, 0) / Math.max(1, conversations);
const bytesAfterMarkers = perConv.filter((g) => !/:(seen|processed):/.test(g.shape)).reduce((a, g) => a + g.totalBytes, 0) / Math.max(1, conversations);
const usedDelta = (Number(f.used_memory_end) - Number(f.used_memory_start)) / Math.max(1, conversations);

// 5, 6.
const hwmMiB = Number(f.service_vmhwm_kib) / 1024;
const ceil = bench(f.ceiling_sat_line);
const ceilRate = ceil.requests / (ceil.duration_us / 1e6);

const out = [];
const w = (s = "") => out.push(s);
w(`# Benchmark ${f.date}`);
w();
w(`Machine: ${f.nproc} cores (${f.cpu}), ${f.mem_gib} GiB; .NET SDK ${f.dotnet_version}; redis-server ${f.redis_version}, ${f.persistence}.`);
w(`Everything on this machine over loopback: wrk (${f.threads} threads), the service (Release, Production, ${f.partitions} partitions, default worker settings, send rate unthrottled; HttpClient log level: ${f.httpclient_log}; code ${f.git}), Redis, the Twilio sink, the ceiling.`);
w(`CPU during the measurements: ${f.cpu_busy_pct} % of the machine busy, of which ${f.cpu_foreign_pct} points by processes other than the benchmark's (load average ${f.loadavg}).`);
w(`Each request is a different citizen's first "halo" (pre-signed); the bot answers each with ${n(perTurn, 2)} messages.`);
w();
w("| # | figure | result | target | |");
w("| --- | --- | --- | --- | --- |");
w(`| 1 | end-to-end rate (webhook → both replies POSTed to Twilio), saturated | **${n(e2eTurns)} messages/s** (${n(e2eTurns * perTurn)} replies/s)${drained ? "" : " (did not drain!)"} | ≥ 5,000/s | ${verdict(drained && e2eTurns >= 5000)} |`);
w(`| 1a | webhooks accepted while saturated (${f.connections} connections, ${n(satSeconds, 0)} s) | ${n(acceptedRate)} /s (${n(Number(f.sat_turns))} answered, ${n(sat.status)} non-2xx, ${n(sat.timeout)} timeouts) | | |`);
w(`| 1b | replies reaching the sink during the load / during the drain | ${n(sinkDuringLoad)} /s / ${n(sinkDuringDrain)} /s | | |`);
w(`| 1c | drain: last reply after wrk stopped | ${n(drainMs / 1000, 1)} s | | |`);
if (f.confirm_rate) w(`| 1d | paced at 90 % of (1) for 15 s: sent / last reply after wrk stopped | ${n(confirmRate)} /s / ${n(Number(f.confirm_drain_ms) / 1000, 1)} s | no backlog | ${verdict(Number(f.confirm_drain_ms) < 2000)} |`);
w(`| 2 | webhook ack latency at ${n(latRate)} /s: p50 / p99 (p99.9, max) | **${ms(lat.lat_p50_us)} / ${ms(lat.lat_p99_us)}** (${ms(lat.lat_p999_us)}, ${ms(lat.lat_max_us)}) | p99 ≤ 10 ms | ${verdict(lat.lat_p99_us <= 10000)} |`);
w(`| 2a | replies still arriving after the paced run stopped | ${n(Number(f.lat_drain_ms) / 1000, 1)} s | | |`);
if (f.confirm_rate) w(`| 2b | webhook ack latency at ${n(confirmRate)} /s (the paced run of 1d): p50 / p99 (p99.9) | ${ms(confirm.lat_p50_us)} / ${ms(confirm.lat_p99_us)} (${ms(confirm.lat_p999_us)}) | | |`);
w(`| 3 | Redis round trips per bot turn: accept + turn + send (2 replies) | **${n(totalRt, 1)}** = ${n(acceptRt, 2)} + ${n(turnRt, 2)} + ${n(sendRt, 2)}${otherRt >= 0.05 ? ` + ${n(otherRt, 2)} other` : ""} | ≤ 3 | ${verdict(totalRt <= 3)} |`);
w(`| 3a | … of which until the replies are queued (accept + turn) | ${n(botTurnRt, 2)} | | |`);
w(`| 3b | Redis commands executed per turn, inside scripts included | ${n(commandsPerTurn, 1)} | | |`);
w(`| 3c | idle polling (no traffic) | ${n(idlePerSecond, 0)} round trips/s (${n(idleInnerPerSecond, 0)} commands/s) | | |`);
w(`| 4 | Redis bytes per idle conversation (MEMORY USAGE of its keys) | **${n(bytesPerConv)} B**; ${n(bytesAfterMarkers)} B once the 7-day message markers expire | ≤ 1 KB | ${verdict(bytesPerConv <= 1024)} |`);
w(`| 4a | used_memory growth / conversations | ${n(usedDelta)} B (${n(conversations)} conversations, ${n(Number(f.redis_keys))} keys) | | |`);
w(`| 5 | service peak memory (VmHWM) | ${n(hwmMiB)} MiB | | |`);
const satTurns = Number(f.sat_turns);
w(`| 5a | CPU per answered message during (1): service / Redis / Twilio sink | ${n((1e6 * Number(f.svc_cpu_s)) / satTurns)} µs / ${n((1e6 * Number(f.redis_cpu_s)) / satTurns)} µs / ${n((1e6 * Number(f.sink_cpu_s)) / satTurns)} µs | | |`);
w(`| 6 | ceiling (bare endpoint, same wrk settings): rate; p50 / p99 at ${n(ceilLat.requests / (ceilLat.duration_us / 1e6))} /s | ${n(ceilRate)} /s; ${ms(ceilLat.lat_p50_us)} / ${ms(ceilLat.lat_p99_us)} | | |`);
w(`| 6a | ratio to the ceiling: webhooks accepted / end to end | ${n((100 * acceptedRate) / ceilRate, 1)} % / ${n((100 * e2eTurns) / ceilRate, 1)} % | | |`);
w();
w("Round trips in the accounting run (" + n(turns) + " turns at 500/s; polling less what the idle window predicts for the same time):");
w();
w("| script or command | calls | idle share | net | per turn |");
w("| --- | --- | --- | --- | --- |");
for (const [g, v] of Object.entries(attributed).sort((a, b) => b[1].net - a[1].net))
  w(`| ${g} | ${n(v.raw)} | ${n(v.idleExpected)} | ${n(v.net)} | ${n(v.net / turns, 2)} |`);
w();
w("Redis keys per conversation (shape, keys, mean MEMORY USAGE, bytes per conversation):");
w();
w("| key shape | keys | mean bytes | per conversation |");
w("| --- | --- | --- | --- |");
for (const g of mem.groups || []) w(`| \`${g.shape}\` | ${n(g.keys)} | ${n(g.meanBytes)} | ${n(g.perConversation)} |`);
w();
w(`Counts: ${n(Number(f.total_messages))} replies at the sink for ${n(Number(f.total_recipients))} citizens (${n(Number(f.total_over))} citizens got more than two); service alive at the end: ${f.service_alive}; service log: ${f.service_log_lines} lines, ${f.service_log_warnings} with warn/fail/error.`);
w();
if (f.state_sample) {
  w(`A conversation's state after "halo" (${n(Buffer.byteLength(f.state_sample))} bytes of JSON):`);
  w();
  w("```json");
  w(f.state_sample);
  w("```");
  w();
}
w("wrk lines:");
w();
w("```");
for (const k of ["sat_line", "confirm_line", "lat_line", "ceiling_sat_line", "ceiling_lat_line"]) if (f[k]) w(`${k.replace(/_line$/, "").padEnd(12)} ${f[k].replace(/^BENCH /, "")}`);
w("```");
process.stdout.write(out.join("\n") + "\n");
