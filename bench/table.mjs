// Reads what `bench/run` printed (on stdin) and prints every figure as one table:
// sizes, cold starts and opening again, clicks, saves, the assessment and the list.
//   bash bench/run   (calls this at its end)
import { readFileSync } from 'node:fs';

const text = readFileSync(0, 'utf8');
const find = (pattern) => text.match(pattern)?.slice(1) ?? null;
const ms = (pattern) => {
  const found = find(pattern);
  return found ? `${found[0]} ms` : 'not measured';
};
const bytes = (value) => `${value} bytes`;

const size = find(/^total\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)$/m);
const share = find(/^budget [\d,]+ bytes gzip: [\d,]+ \(([\d.]+) %\)/m);
const start = (what) => find(new RegExp(`^Cold start to interactive, ${what}, \\d+ runs: median ([\\d.]+) ms`, 'm'));
const again = (what) => find(new RegExp(`^Opened again, ${what}, \\d+ runs: median ([\\d.]+) ms`, 'm'));
const list = (n) => find(new RegExp(`^Commitments view, ${n} commitments, \\d+ runs: ready median (\\d+) ms.*?opened again (\\d+) ms.*?longest task while scrolling: median (\\d+) ms \\(max (\\d+)\\), tasks over 50 ms: median (\\d+)`, 'm'));
const clicks = (n) => {
  const script = find(new RegExp(`^Script time of a click, logging hours on one of ${n} commitments, \\d+ runs: median ([\\d.]+) ms`, 'm'));
  const paint = text.split(`logging hours on one of ${n} commitments`)[1]?.match(/^Main-thread work from that click to its paint[^:]*, \d+ runs: median ([\d.]+) ms/m);
  return script ? `${script[0]} ms / ${paint ? `${paint[1]} ms` : '?'}` : 'not measured';
};
const ratio = (value, base) => (value && base ? ` (${(Number(value[0]) / Number(base[0])).toFixed(2)}x empty)` : '');

const empty = start('empty plan');
const emptyAgain = again('empty plan');
const rows = [
  ['transfer of a first visit (wasm, js, css), gzip -9', size ? `${bytes(size[1])} (${share?.[0] ?? '?'} % of the budget)` : 'not measured', '307,200 bytes'],
  ['the same, brotli 11 / raw', size ? `${bytes(size[2])} / ${bytes(size[0])}` : 'not measured', ''],
  ['cold start, empty plan / opened again', `${empty?.[0] ?? '?'} ms / ${emptyAgain?.[0] ?? '?'} ms`, ''],
  ...['1,000', '5,000'].map((n) => {
    const first = start(`${n} commitments \\(Today\\)`);
    const second = again(`${n} commitments \\(Today\\)`);
    return [`cold start, ${n} commitments (Today) / opened again`, `${first?.[0] ?? '?'} ms${ratio(first, empty)} / ${second?.[0] ?? '?'} ms${ratio(second, emptyAgain)}`, n === '1,000' ? 'at most 2x empty' : ''];
  }),
  ...['1,000', '5,000'].map((n) => [`click (logging hours), ${n} commitments: script / to paint`, clicks(n), n === '1,000' ? '16 ms script' : '50 ms script']),
  ...['1,000', '2,500', '5,000'].map((n) => {
    const found = list(n);
    return [`Commitments view, ${n} commitments: ready / opened again / longest task scrolling to the end`, found ? `${found[0]} ms / ${found[1]} ms / ${found[2]} ms (max ${found[3]}), ${found[4]} over 50 ms` : 'not measured', n === '5,000' ? 'ready within 2x empty; no task over 50 ms' : ''];
  }),
  ['save (read revision, serialise, write), 1,000 commitments', ms(/^wasm save \(read revision, serialise, write\) of 1000 commitments[^:]*: median ([\d.]+) ms/m), '16 ms'],
  ['save, 10,000 commitments', find(/^wasm save of 10000 commitments: (.*)$/m)?.[0] ?? 'not measured', ''],
  ['serialise, 10,000 commitments', ms(/^wasm serialise of 10000 commitments: median ([\d.]+) ms/m), ''],
  ['assessment of 10,000 commitments, native', ms(/^assessment \(projection, warnings, focus, relief\): median ([\d.]+) ms/m), '5 ms'],
  ['assessment of 10,000 commitments, wasm', ms(/^wasm assessment \(projection, warnings, focus, relief\): median ([\d.]+) ms/m), '16 ms'],
  ['JSON parse and check of the same plan, native / wasm', `${ms(/^JSON parse and check: median ([\d.]+) ms/m)} / ${ms(/^wasm JSON parse and check: median ([\d.]+) ms/m)}`, ''],
];

console.log('| figure | now | target |');
console.log('|---|---|---|');
for (const [figure, now, target] of rows) console.log(`| ${figure} | ${now} | ${target} |`);
