// Opens a page of a running `gen serve` in headless Chromium, edits an article's title, and
// reports how long until the open page shows the new title by itself (no navigation by us).
//
//   node bench/live-reload.js URL FILE [RUNS]
//
// Needs puppeteer-core (no browser download) and CHROMIUM (default /usr/bin/chromium).
const puppeteer = require('puppeteer-core');
const fs = require('fs');

(async () => {
  const [url, file, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg || 5);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  await page.goto(url, {waitUntil: 'load'});
  const times = [];
  for (let i = 0; i < runs; i++) {
    await new Promise(r => setTimeout(r, 1000)); // let the event stream connect
    const marker = `Live reload check ${Date.now()}`;
    const text = fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${marker}"`);
    const t0 = Date.now();
    fs.writeFileSync(file, text);
    let seen = -1;
    while (Date.now() - t0 < 15000) {
      try {
        if ((await page.content()).includes(marker)) { seen = Date.now() - t0; break; }
      } catch (e) { /* the page is reloading */ }
      await new Promise(r => setTimeout(r, 50));
    }
    console.log(seen >= 0 ? `run ${i + 1}: page updated ${seen} ms after the edit` : `run ${i + 1}: NOT updated within 15 s`);
    if (seen >= 0) times.push(seen);
  }
  await browser.close();
  times.sort((a, b) => a - b);
  if (times.length) console.log(`median ${times[Math.floor(times.length / 2)]} ms over ${times.length} of ${runs} runs`);
  process.exit(times.length === runs ? 0 : 1);
})();
