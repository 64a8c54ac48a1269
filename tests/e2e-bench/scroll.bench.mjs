// Benchmark, not a test of the suite: the real Payments table over a cache of 1,000,000 payments
// (the cache benchmark's fill). Times first rows, End, a scrollbar jump to the middle and
// PageDown steps in the real window. Run through scripts/bench-scroll.sh.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { launchApp, byTestId, textOf, dataDir, screenshot } from "../e2e/session.mjs";

const source = process.env.ANTOM_SCROLL_DB;
let browser;

after(async () => {
  await browser?.deleteSession();
});

/** Milliseconds until `ready()` holds, polled every 10 ms (bounded by `timeout`). */
async function timeUntil(ready, timeout, what) {
  const started = performance.now();
  await browser.waitUntil(ready, { timeout, interval: 10, timeoutMsg: `${what} did not happen` });
  return Math.round(performance.now() - started);
}

const loadedRow = (index) => async () =>
  (await browser.execute((i) => {
    const row = document.getElementById(`payment-row-${i}`);
    return row !== null && row.getAttribute("data-testid") === "payment-row";
  }, index));

test("the Payments table scrolls through a million cached payments", async () => {
  assert.ok(source, "ANTOM_SCROLL_DB is not set: run scripts/bench-scroll.sh");
  // First run: the demo profile and its cache file come into being; then the cache is swapped.
  browser = await launchApp();
  await byTestId(browser, "local-simulator-tag").waitForDisplayed({ timeout: 60_000 });
  await browser.waitUntil(
    async () => Number(await byTestId(browser, "payments-count").getAttribute("data-count")) >= 250,
    { timeout: 180_000, interval: 500, timeoutMsg: "the demo payments never arrived" },
  );
  await browser.deleteSession();
  browser = undefined;
  const cacheDir = join(dataDir(), "cache");
  const [file] = readdirSync(cacheDir).filter((name) => name.endsWith(".db"));
  for (const suffix of ["", "-wal", "-shm"]) rmSync(join(cacheDir, file + suffix), { force: true });
  copyFileSync(source, join(cacheDir, file));
  // Final states only: a start-up sync would otherwise re-inquire 100,000 unknown payments.
  execFileSync("sqlite3", [
    join(cacheDir, file),
    "UPDATE payments SET state = 'failed' WHERE state IN ('initiated','processing','pending','authorized')",
  ]);

  const launched = performance.now();
  browser = await launchApp();
  await byTestId(browser, "screen-payments").waitForDisplayed({ timeout: 60_000 });
  await browser.waitUntil(loadedRow(0), { timeout: 60_000, interval: 10 });
  const firstRows = Math.round(performance.now() - launched);
  const count = byTestId(browser, "payments-count");
  const countMs = await timeUntil(
    async () => Number(await count.getAttribute("data-count")) === 1_000_000,
    60_000,
    "the count of a million",
  );
  assert.match(await textOf(count), /1,000,000 payments/);

  const table = byTestId(browser, "payments-table");
  await table.click();
  await browser.keys("End");
  const endMs = await timeUntil(loadedRow(999_999), 30_000, "the last row").catch(async (error) => {
    // What the table showed, for the reader of a failed run.
    await screenshot(browser, "scroll-end-failed");
    const state = await browser.execute(() => {
      const table = document.querySelector('[data-testid="payments-table"]');
      return {
        scrollTop: table.scrollTop,
        scrollHeight: table.scrollHeight,
        focused: table.getAttribute("aria-activedescendant"),
        placeholders: document.querySelectorAll('[data-testid="payment-row-placeholder"]').length,
      };
    });
    console.log(JSON.stringify(state));
    throw error;
  });

  const middle = 500_000;
  await browser.execute((i) => {
    const element = document.querySelector('[data-testid="payments-table"]');
    element.scrollTop = i * 30;
  }, middle);
  const jumpMs = await timeUntil(loadedRow(middle + 3), 30_000, "the middle rows");

  const steps = [];
  await browser.keys("Home");
  await timeUntil(loadedRow(0), 30_000, "the first row again");
  const focusedRow = () =>
    browser.execute(() => {
      const table = document.querySelector('[data-testid="payments-table"]');
      const row = document.getElementById(table.getAttribute("aria-activedescendant") ?? "");
      const placeholders = document.querySelectorAll('[data-testid="payment-row-placeholder"]').length;
      return { id: row?.id ?? null, loaded: row?.getAttribute("data-testid") === "payment-row" && placeholders === 0 };
    });
  for (let step = 1; step <= 20; step += 1) {
    const before = (await focusedRow()).id;
    await browser.keys("PageDown");
    steps.push(
      await timeUntil(
        async () => {
          const now = await focusedRow();
          return now.id !== before && now.loaded;
        },
        10_000,
        `PageDown ${step}`,
      ),
    );
  }
  steps.sort((a, b) => a - b);
  await screenshot(browser, "scroll-million-middle");
  console.log(
    JSON.stringify({
      firstRowsAfterLaunchMs: firstRows,
      countAfterFirstRowsMs: countMs,
      endKeyToLastRowMs: endMs,
      scrollbarJumpToMiddleMs: jumpMs,
      pageDownMedianMs: steps[10],
      pageDownMaxMs: steps[19],
    }),
  );
});
