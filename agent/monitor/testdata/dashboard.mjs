// Drives the dashboard in headless Chromium for TestDashboardInBrowser. Protocol on stdout, one line each:
//   LOADED                 the page drew the agent's state
//   GAME <id> <moves>      a game being played is shown, with its moves
//   DONE <json>            the page showed the moves change without a reload
// It waits for a line "GO" on stdin (the test has resumed the agents) between GAME and the moves changing.
import { chromium } from "playwright-core";
import { createInterface } from "node:readline";

const [url, chromiumPath] = process.argv.slice(2);
const stdin = createInterface({ input: process.stdin });
const lines = stdin[Symbol.asyncIterator]();

const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const external = [];
  page.on("request", (r) => { if (!r.url().startsWith(url)) external.push(r.url()); });
  let navigations = 0;
  page.on("framenavigated", (f) => { if (f === page.mainFrame()) navigations++; });

  await page.goto(url);
  await page.waitForSelector("#status[data-updates]", { timeout: 60000 });
  console.log("LOADED");
  // A marker a reload would wipe.
  await page.evaluate(() => { window.__notReloaded = true; });

  const row = await page.waitForSelector("#games tr[data-game]", { timeout: 120000 });
  const id = await row.getAttribute("data-game");
  const moves = Number(await page.getAttribute(`#games tr[data-game="${id}"] [data-moves]`, "data-moves"));
  const phase = await page.textContent(`#games tr[data-game="${id}"] [data-phase]`);
  const levels = await page.getAttribute(`#games tr[data-game="${id}"] [data-levels]`, "data-levels");
  const clock = await page.textContent(`#games tr[data-game="${id}"] .countdown`).catch(() => "");
  console.log(`GAME ${id} ${moves}`);
  await lines.next(); // GO

  await page.waitForFunction(([id, moves]) => {
    const e = document.querySelector(`#games tr[data-game="${id}"] [data-moves]`);
    return e && Number(e.dataset.moves) > moves;
  }, [id, moves], { timeout: 120000 });
  const after = Number(await page.getAttribute(`#games tr[data-game="${id}"] [data-moves]`, "data-moves"));
  const result = {
    game: id, phase, levels: Number(levels), clock, movesBefore: moves, movesAfter: after,
    notReloaded: await page.evaluate(() => window.__notReloaded === true),
    navigations, updates: Number(await page.getAttribute("#status", "data-updates")),
    requestRow: await page.textContent("#requests tr[data-request]"),
    movesCard: await page.textContent('[data-total="moves"] b'),
    errors, external,
  };
  console.log("DONE " + JSON.stringify(result));
} finally {
  await browser.close();
  stdin.close();
}
