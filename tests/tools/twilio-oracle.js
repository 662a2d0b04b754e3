// Twilio's own signature code as a test oracle, for a batch of cases in one process.
// stdin:  {"requests":[{"op":"sign","authToken":"…","url":"…","params":{"Key":"v","Repeated":["a","b"]}},
//                      {"op":"validate","authToken":"…","signature":"…","url":"…","params":{…}}]}
// stdout: {"results":[{"signature":"…"},{"valid":true}]}  (same order)
"use strict";
const { getExpectedTwilioSignature, validateRequest } = require("twilio/lib/webhooks/webhooks");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const { requests } = JSON.parse(input);
  const results = requests.map((r) => {
    const params = r.params || {};
    switch (r.op) {
      case "sign":
        return { signature: getExpectedTwilioSignature(r.authToken, r.url, params) };
      case "validate":
        return { valid: validateRequest(r.authToken, r.signature, r.url, params) };
      default:
        throw new Error("unknown op " + r.op);
    }
  });
  process.stdout.write(JSON.stringify({ results }));
});
