// One WebDriver session against the real Antom Console binary, shared by the e2e specs.
// Launch, screenshots and element lookups by test id; assertions stay in the specs.
import { remote } from "webdriverio";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite through scripts/e2e`);
  return value;
};

export const artifacts = required("ANTOM_E2E_ARTIFACTS");
export const dataDir = () => required("ANTOM_CONSOLE_DATA_DIR");

export async function launchApp() {
  mkdirSync(artifacts, { recursive: true });
  return remote({
    hostname: "127.0.0.1",
    port: Number(process.env.WEBDRIVER_PORT ?? 4444),
    logLevel: "warn",
    connectionRetryTimeout: 60_000,
    capabilities: {
      "tauri:options": { application: required("ANTOM_E2E_APP") },
      "wdio:enforceWebDriverClassic": true,
    },
  });
}

export const byTestId = (browser, id) => browser.$(`[data-testid="${id}"]`);

/**
 * The element's text content, trimmed. WebKitWebDriver's getText() answers "" for text inside
 * `overflow: hidden` boxes, so values are read from the DOM instead.
 */
export async function textOf(element) {
  return String(await element.getProperty("textContent")).trim();
}

/**
 * Saves a PNG of the app window as X draws it, after two painted frames. (WebKitWebDriver's own
 * screenshot command hangs under Xvfb here, so the X server is asked instead.)
 */
export async function screenshot(browser, name) {
  await browser.executeAsync((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => done()));
  });
  const file = join(artifacts, `${name}.png`);
  execFileSync("import", ["-window", "Antom Console", file]);
  return file;
}
