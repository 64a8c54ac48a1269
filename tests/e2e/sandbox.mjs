// A real antom-sandbox process for the e2e specs, plus the antomctl CLI on the same data dir.
// Starts on a free loopback port and waits for its `listening on` line; never sleeps.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

const binDir = () => {
  const dir = process.env.ANTOM_E2E_BIN_DIR;
  if (!dir) throw new Error("ANTOM_E2E_BIN_DIR is not set: run the suite through scripts/e2e");
  return dir;
};

export async function startSandbox() {
  const keysDir = mkdtempSync(join(process.env.ANTOM_E2E_WORK ?? "/tmp", "sandbox-keys-"));
  execFileSync(join(binDir(), "antom-sandbox"), ["keys", "--out", keysDir]);
  const child = spawn(
    join(binDir(), "antom-sandbox"),
    ["serve", "--addr", "127.0.0.1:0", "--keys", keysDir, "--retry-schedule", "none"],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const baseUrl = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const match = line.match(/^listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`antom-sandbox exited early (${code})`)));
  });
  const read = (name) => readFileSync(join(keysDir, name), "utf8");
  return {
    baseUrl,
    clientId: read("client_id.txt").trim(),
    merchantPrivateKey: read("merchant_private_key.pem"),
    antomPublicKey: read("antom_public_key.pem"),
    /** The buyer pays on the hosted checkout, as a script does: POST /sandbox/v1/pay. */
    async pay(paymentRequestId, paymentMethodType, outcome = "SUCCESS") {
      const response = await fetch(`${baseUrl}/sandbox/v1/pay`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ paymentRequestId, paymentMethodType, outcome }),
      });
      if (!response.ok) throw new Error(`pay failed: ${response.status} ${await response.text()}`);
      return response.json();
    },
    stop() {
      child.kill();
    },
  };
}

/** Runs antomctl against the app's data directory (same keychain session) and parses JSON. */
export function antomctl(args) {
  const out = execFileSync(
    join(binDir(), "antomctl"),
    ["--data-dir", process.env.ANTOM_CONSOLE_DATA_DIR, ...args],
    { encoding: "utf8" },
  );
  return JSON.parse(out);
}
