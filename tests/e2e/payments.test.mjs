// A merchant's first session end to end: add a profile by pasting keys, test the connection,
// see payments made at the (local) Antom, filter them and open one. Real app, real sandbox.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchApp, byTestId, screenshot, textOf } from "./session.mjs";
import { startSandbox, antomctl } from "./sandbox.mjs";

const PROFILE = "E2E Sandbox";
let browser;
let sandbox;
const created = [];

before(async () => {
  sandbox = await startSandbox();
  browser = await launchApp();
  await byTestId(browser, "screen-payments").waitForDisplayed({ timeout: 30_000 });
  // A fresh data directory: the first run's demo profile is being created; let it finish.
  const status = byTestId(browser, "local-sandbox-status");
  await browser.waitUntil(async () => (await status.getAttribute("data-phase")) === "ready", {
    timeout: 180_000,
    interval: 500,
    timeoutMsg: "the local sandbox never became ready",
  });
});

after(async () => {
  await browser?.deleteSession();
  sandbox?.stop();
});

async function fill(testId, text) {
  const field = byTestId(browser, testId);
  await field.waitForDisplayed({ timeout: 5_000 });
  await field.setValue(text);
}

test("a profile is added by pasting keys and activated with one click", async () => {
  await byTestId(browser, "nav-profiles").click();
  await byTestId(browser, "profile-add-button").click();
  await fill("profile-name", PROFILE);
  await byTestId(browser, "profile-env-sandbox").click();
  await byTestId(browser, "profile-gateway").selectByAttribute("value", "custom");
  await fill("profile-gateway-url", sandbox.baseUrl);
  await fill("profile-client-id", sandbox.clientId);
  await fill("profile-private-key", sandbox.merchantPrivateKey);
  await fill("profile-antom-public-key", sandbox.antomPublicKey);
  await byTestId(browser, "profile-save").click();
  const row = browser.$(`[data-testid="profile-row"][data-profile-name="${PROFILE}"]`);
  await row.waitForDisplayed({ timeout: 15_000 });
  // The demo profile of the first run stays active until the user switches.
  await row.$('[data-testid="profile-activate"]').click();
  await browser.waitUntil(
    async () => (await textOf(byTestId(browser, "active-profile"))) === PROFILE,
    { timeout: 10_000, timeoutMsg: "the new profile did not become active" },
  );
  assert.match(await textOf(byTestId(browser, "env-badge")), /SANDBOX/);
  const page = await browser.getPageSource();
  assert.ok(!page.includes(sandbox.merchantPrivateKey.split("\n")[1]), "key text left in the page");
});

test("test connection proves keys and signatures end to end", async () => {
  const row = browser.$(`[data-testid="profile-row"][data-profile-name="${PROFILE}"]`);
  await row.$('[data-testid="profile-test"]').click();
  const result = row.$('[data-testid="connection-result"]');
  await result.waitForDisplayed({ timeout: 15_000 });
  assert.equal(await result.getAttribute("data-verdict"), "ok");
  await screenshot(browser, "03-profiles");
});

test("payments made at Antom appear after a sync", async () => {
  const plan = [
    ["12.34", "SGD", "automatic", "ALIPAY_HK"],
    ["1500", "JPY", "automatic", "PAYPAY"],
    ["99.00", "USD", "manual", "CARD"],
  ];
  for (const [amount, currency, capture, method] of plan) {
    const session = antomctl([
      "--profile", PROFILE, "session", "create", "--amount", amount, "--currency", currency,
      "--capture", capture,
    ]);
    await sandbox.pay(session.paymentRequestId, method);
    created.push(session.paymentRequestId);
  }
  await byTestId(browser, "nav-payments").click();
  await byTestId(browser, "payments-sync").click();
  await browser.waitUntil(
    async () => (await browser.$$('[data-testid="payment-row"]')).length === plan.length,
    { timeout: 20_000, timeoutMsg: "synced payments did not appear" },
  );
  const states = {};
  for (const row of await browser.$$('[data-testid="payment-row"]')) {
    states[await row.getAttribute("data-payment-request-id")] = await row.getAttribute("data-state");
  }
  assert.equal(states[created[0]], "paid");
  assert.equal(states[created[1]], "paid");
  assert.equal(states[created[2]], "authorized");
  assert.equal(await byTestId(browser, "payments-count").getAttribute("data-count"), "3");
  await screenshot(browser, "04-payments");
});

test("search narrows the list and a payment opens with its timeline", async () => {
  const target = created[2];
  await fill("payments-search", target);
  await browser.waitUntil(
    async () => {
      const rows = await browser.$$('[data-testid="payment-row"]');
      return rows.length === 1 && (await rows[0].getAttribute("data-payment-request-id")) === target;
    },
    { timeout: 10_000, timeoutMsg: "search did not narrow the list to one payment" },
  );
  await browser.$(`[data-testid="payment-row"][data-payment-request-id="${target}"]`).click();
  const detail = byTestId(browser, "payment-detail");
  await detail.waitForDisplayed({ timeout: 10_000 });
  assert.match(await textOf(byTestId(browser, "payment-detail-state")), /Authori[sz]ed/);
  const events = await detail.$$('[data-testid="payment-event"]');
  assert.ok(events.length >= 2, `expected session + inquiry events, got ${events.length}`);
  await screenshot(browser, "05-payment-detail");
});
