// The size guard: what a first visit transfers, against the budget.
//
//   node scripts/size-guard.mjs [dist] [--budget BYTES] [--ceiling BYTES]
//
// Counts the files of the release build that the page loads (the ones dist/index.html
// names: the bootstrap, the wasm-bindgen glue, the wasm, the stylesheet) and the service
// worker, which is not needed for the first paint but is transferred on the first visit
// all the same. Each is compressed on its own, as a server would send it: gzip at level
// 9 (the budget's measure) and brotli at quality 11 (printed beside it). Icons, the
// manifest and index.html itself are not counted: the budget is of code and style.
//
// Exits 1 when the gzip total is over the budget, 2 when the build is missing or an
// argument is not understood. With
// `--ceiling`, as the test command runs it, it exits 1 only over the ceiling: the size
// the build has reached on its way down to the budget, which it may not grow past
// (BENCHMARKS.md, "The size guard"); the distance to the budget is printed either way.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 307_200; // 300 KiB, gzip -9, wasm + js + css

const args = process.argv.slice(2);
let dist = 'dist';
let budget = BUDGET;
let ceiling = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--budget') budget = Number(args[++i]);
  else if (args[i] === '--ceiling') ceiling = Number(args[++i]);
  else if (args[i].startsWith('-')) {
    console.error(`size-guard: unknown option ${args[i]} (--budget BYTES, --ceiling BYTES)`);
    process.exit(2);
  } else dist = args[i];
}
for (const [name, value] of [['--budget', budget], ['--ceiling', ceiling]]) {
  if (value !== null && !(Number.isInteger(value) && value > 0)) {
    console.error(`size-guard: ${name} needs a whole number of bytes above 0`);
    process.exit(2);
  }
}

const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`size-guard: no ${indexPath}; run \`trunk build --release\` first`);
  process.exit(2);
}

// Every local script, stylesheet, module and wasm index.html refers to, in page order.
const index = readFileSync(indexPath, 'utf8');
const names = [];
for (const [, name] of index.matchAll(/(?:src|href)="\/([^"?#]+\.(?:js|wasm|css))"/g)) {
  if (!names.includes(name)) names.push(name);
}
if (existsSync(join(dist, 'sw.js')) && !names.includes('sw.js')) names.push('sw.js');
if (!names.some((name) => name.endsWith('.wasm'))) {
  console.error(`size-guard: ${indexPath} names no .wasm file; is this a Trunk release build?`);
  process.exit(2);
}

const label = (name) =>
  name === 'sw.js'
    ? 'service worker'
    : name.startsWith('bootstrap')
      ? 'bootstrap'
      : name.endsWith('.wasm')
        ? 'wasm'
        : name.endsWith('.css')
          ? 'css'
          : 'js glue';

const rows = names.map((name) => {
  const bytes = readFileSync(join(dist, name));
  return {
    what: label(name),
    name,
    raw: statSync(join(dist, name)).size,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
});
const total = rows.reduce(
  (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const n = (value) => value.toLocaleString('en-US');
const line = (what, raw, gzip, brotli) =>
  `${what.padEnd(16)} ${raw.padStart(11)} ${gzip.padStart(11)} ${brotli.padStart(11)}`;
console.log(line('bytes', 'raw', 'gzip -9', 'brotli 11'));
for (const row of rows) console.log(line(row.what, n(row.raw), n(row.gzip), n(row.brotli)));
console.log(line('total', n(total.raw), n(total.gzip), n(total.brotli)));
const margin = budget - total.gzip;
const share = ((100 * total.gzip) / budget).toFixed(1);
if (margin >= 0) {
  console.log(`budget ${n(budget)} bytes gzip: ${n(total.gzip)} (${share} %), ${n(margin)} to spare`);
} else {
  console.log(`budget ${n(budget)} bytes gzip: ${n(total.gzip)} (${share} %), ${n(-margin)} over`);
}
if (ceiling === null) {
  if (margin < 0) process.exit(1);
} else if (total.gzip > ceiling) {
  console.log(`ceiling ${n(ceiling)} bytes gzip: ${n(total.gzip - ceiling)} over; the build grew`);
  process.exit(1);
} else {
  console.log(`ceiling ${n(ceiling)} bytes gzip: ${n(ceiling - total.gzip)} to spare`);
}
