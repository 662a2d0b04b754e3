// Writes pre-signed Twilio WhatsApp webhook requests for the benchmark, one citizen per request (distinct From,
// WaId and MessageSid), signed with Twilio's own npm package (tests/tools/node_modules/twilio).
//
//   node gen-bodies.js OUT_DIR AUTH_TOKEN ACCOUNT_SID SIGNED_URL TO THREADS RUN_ID phase:firstCitizen:count ...
//
// For each phase and each wrk thread t it writes OUT_DIR/<phase>.<t>.req, one request a line:
// "<X-Twilio-Signature> <application/x-www-form-urlencoded body>". Citizens are dealt round-robin to the threads,
// so no two threads (and no two phases with disjoint ranges) ever send the same citizen or MessageSid.
"use strict";
const fs = require("fs");
const path = require("path");
const { getExpectedTwilioSignature } = require(path.join(__dirname, "../../tools/node_modules/twilio/lib/webhooks/webhooks"));

const [outDir, authToken, accountSid, signedUrl, to, threadsText, runId, ...phases] = process.argv.slice(2);
if (!phases.length) {
  console.error("usage: node gen-bodies.js OUT_DIR AUTH_TOKEN ACCOUNT_SID SIGNED_URL TO THREADS RUN_ID phase:first:count ...");
  process.exit(2);
}
const threads = Number(threadsText);
if (!/^[0-9a-f]{8}$/.test(runId)) throw new Error("RUN_ID must be 8 lowercase hex digits");
fs.mkdirSync(outDir, { recursive: true });

for (const spec of phases) {
  const [phase, firstText, countText] = spec.split(":");
  const first = Number(firstText);
  const count = Number(countText);
  const files = Array.from({ length: threads }, (_, t) => fs.openSync(path.join(outDir, `${phase}.${t}.req`), "w"));
  const buffers = Array.from({ length: threads }, () => []);
  for (let i = 0; i < count; i++) {
    const citizen = first + i;
    // +62 811 NNNN NNNN: a Telkomsel-style mobile number, 13 digits in E.164.
    const digits = "62811" + String(citizen).padStart(8, "0");
    const sid = "SM" + runId + citizen.toString(16).padStart(24, "0");
    const params = {
      SmsMessageSid: sid,
      NumMedia: "0",
      ProfileName: "Warga " + citizen,
      MessageType: "text",
      SmsSid: sid,
      WaId: digits,
      SmsStatus: "received",
      Body: "halo",
      To: to,
      NumSegments: "1",
      ReferralNumMedia: "0",
      MessageSid: sid,
      AccountSid: accountSid,
      From: "whatsapp:+" + digits,
      ApiVersion: "2010-04-01",
    };
    const signature = getExpectedTwilioSignature(authToken, signedUrl, params);
    const body = new URLSearchParams(params).toString();
    const t = i % threads;
    buffers[t].push(signature + " " + body + "\n");
    if (buffers[t].length >= 4096) { fs.writeSync(files[t], buffers[t].join("")); buffers[t] = []; }
  }
  for (let t = 0; t < threads; t++) {
    if (buffers[t].length) fs.writeSync(files[t], buffers[t].join(""));
    fs.closeSync(files[t]);
  }
}
