// The package in a real browser: a page served on 127.0.0.1 runs a whole
// rest-pause set (saved to localStorage and resumed mid-way) in headless
// Chromium, driven by playwright-core, and the test reads the finished set
// from the DOM. CHROMIUM names the browser (default /usr/bin/chromium);
// without one the test is skipped with a message (it fails instead when
// REPKIT_REQUIRE_BROWSER is set, as .ci/run sets it after installing one).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, access } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };

async function have(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (path.includes("..")) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

test("a whole set in headless Chromium", { timeout: 120_000 }, async (t) => {
  if (!(await have(chromium))) {
    if (process.env.REPKIT_REQUIRE_BROWSER) {
      assert.fail(`no browser at ${chromium}, and REPKIT_REQUIRE_BROWSER is set`);
    }
    t.skip(`no browser at ${chromium}: install Debian's chromium or set CHROMIUM (.ci/run installs it)`);
    return;
  }
  const { chromium: driver } = await import("playwright-core");
  const server = await serve();
  const browser = await driver.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const { port } = server.address();
    await page.goto(`http://127.0.0.1:${port}/test/page.html`);
    await page.waitForFunction(() => document.getElementById("status").textContent !== "loading", null, { timeout: 60_000 });
    const status = await page.$eval("#status", (e) => e.textContent);
    assert.equal(status, "done", `the page says: ${status}`);
    const steps = await page.$$eval("#steps li", (els) => els.map((e) => e.textContent));
    assert.equal(steps[0], "activation 12-20");
    assert.equal(steps[1], "burst 1");
    const result = await page.$eval("#result", (e) => e.textContent);
    const total = Number(await page.$eval("#result", (e) => e.dataset.total));
    assert.match(result, /^Cable Fly 15kg x 16\+5\+4/);
    assert.ok(total >= 25, result);
    assert.doesNotMatch(result, /stop: continue/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
