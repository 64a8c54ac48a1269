// The desktop frame end to end: window, sidebar navigation, top bar, and app_info from Rust.
// Runs against the built app binary; see scripts/e2e for the environment it needs.
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

test("the frame shows the sidebar, no active profile and the status bar", async () => {
  for (const [id] of screens) {
    assert.ok(await byTestId(browser, `nav-${id}`).isDisplayed(), `nav-${id} missing`);
  }
  assert.equal(await textOf(byTestId(browser, "active-profile")), "No profile");
  assert.match(await textOf(byTestId(browser, "env-badge")), /NO PROFILE/i);
  assert.ok(await byTestId(browser, "status-bar").isDisplayed());
  await screenshot(browser, "01-payments-empty");
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
  assert.equal(await textOf(byTestId(browser, "data-dir")), dataDir);
  const keychain = byTestId(browser, "keychain-status");
  await browser.waitUntil(async () => (await keychain.getAttribute("data-state")) !== null, {
    timeout: 10_000,
    timeoutMsg: "keychain status never resolved",
  });
  assert.equal(await keychain.getAttribute("data-state"), "reachable");
  await screenshot(browser, "02-settings");
});
