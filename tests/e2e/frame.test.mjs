// First run end to end: the window, the embedded local sandbox with its demo profile and demo
// payments, sidebar navigation, and app_info from Rust. See scripts/e2e for the environment.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launchApp, byTestId, screenshot, textOf, dataDir } from "./session.mjs";

const screens = [
  ["payments", "Payments"],
  ["notifications", "Notifications"],
  ["checkout", "Checkout preview"],
  ["exports", "Exports"],
  ["audit", "Audit log"],
  ["profiles", "Profiles"],
  ["settings", "Settings"],
];

const workspaceVersion = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8").match(
  /\[workspace\.package\][^[]*?version\s*=\s*"([^"]+)"/,
)[1];

let browser;

before(async () => {
  browser = await launchApp();
  await byTestId(browser, "screen-payments").waitForDisplayed({ timeout: 30_000 });
});

after(async () => {
  await browser?.deleteSession();
});

test("the window is titled Antom Console", async () => {
  assert.equal(await browser.getTitle(), "Antom Console");
});

test("a first run starts the local sandbox and fills a demo profile with payments", async () => {
  const status = byTestId(browser, "local-sandbox-status");
  await browser.waitUntil(async () => (await status.getAttribute("data-phase")) === "ready", {
    timeout: 180_000,
    interval: 500,
    timeoutMsg: "the local sandbox never became ready",
  });
  assert.match(await textOf(status), /Local sandbox \(simulator\) at http:\/\/127\.0\.0\.1:\d+/);
  await browser.waitUntil(
    async () => (await textOf(byTestId(browser, "active-profile"))) === "Local sandbox (demo)",
    { timeout: 10_000, timeoutMsg: "the demo profile did not become active" },
  );
  assert.match(await textOf(byTestId(browser, "env-badge")), /SANDBOX/);
  assert.match(await textOf(byTestId(browser, "local-simulator-tag")), /local simulator/i);
  for (const [id] of screens) {
    assert.ok(await byTestId(browser, `nav-${id}`).isDisplayed(), `nav-${id} missing`);
  }
  const count = byTestId(browser, "payments-count");
  await browser.waitUntil(async () => Number(await count.getAttribute("data-count")) >= 250, {
    timeout: 20_000,
    timeoutMsg: "the demo payments did not reach the Payments screen",
  });
  const states = new Set();
  for (const row of await browser.$$('[data-testid="payment-row"]')) {
    states.add(await row.getAttribute("data-state"));
  }
  assert.ok(states.size >= 4, `expected a mix of states on screen, got ${[...states]}`);
  await screenshot(browser, "01-payments-demo");
});

test("every sidebar entry opens its screen", async () => {
  for (const [id, title] of screens) {
    await byTestId(browser, `nav-${id}`).click();
    const screen = byTestId(browser, `screen-${id}`);
    await screen.waitForDisplayed({ timeout: 5_000 });
    assert.equal(await textOf(screen.$("h1")), title);
    assert.equal(await byTestId(browser, `nav-${id}`).getAttribute("aria-current"), "page");
  }
});

test("Settings shows app_info from Rust: version, data directory, keychain", async () => {
  await byTestId(browser, "nav-settings").click();
  const version = byTestId(browser, "app-version");
  await version.waitForDisplayed({ timeout: 10_000 });
  assert.equal(await textOf(version), workspaceVersion);
  assert.equal(await textOf(byTestId(browser, "data-dir")), dataDir());
  const keychain = byTestId(browser, "keychain-status");
  await browser.waitUntil(async () => (await keychain.getAttribute("data-state")) !== null, {
    timeout: 10_000,
    timeoutMsg: "keychain status never resolved",
  });
  assert.equal(await keychain.getAttribute("data-state"), "reachable");
  await screenshot(browser, "02-settings");
});
