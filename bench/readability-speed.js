// Speed reference: Mozilla Readability.js (with jsdom) over the same saved pages as
// bench/extract-html.py, in one Node.js process, files in order; prints the total time.
// The Node modules are not part of the project: install them in a scratch folder, e.g.
//   mkdir /tmp/rjs && cd /tmp/rjs && npm install @mozilla/readability jsdom
//   NODE_PATH=/tmp/rjs/node_modules node bench/readability-speed.js ../shared/eval/dev/html
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.log('readability-speed: no page folder given or found; nothing to measure');
  process.exit(0);
}
const files = fs.readdirSync(dir).filter(f => f.endsWith('.html')).sort();
const vc = new VirtualConsole();
const t0 = process.hrtime.bigint();
let ok = 0;
for (const f of files) {
  try {
    const html = fs.readFileSync(path.join(dir, f), 'utf8');
    const dom = new JSDOM(html, { virtualConsole: vc });
    const r = new Readability(dom.window.document).parse();
    if (r) ok++;
    dom.window.close();
  } catch (e) { }
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`readability.js: pages=${files.length} parsed=${ok} time=${(ms/1000).toFixed(1)}s`);
