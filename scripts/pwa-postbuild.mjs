// Trunk post-build hook: makes the build installable and safe under a strict
// Content-Security-Policy.
//   1. Moves Trunk's inline bootstrap script into a file of its own, so that the policy
//      needs no 'unsafe-inline' and no hash.
//   2. Names the build by a hash of its files and stamps it into index.html.
//   3. Writes sw.js from pwa/sw.js with that name and the list of every file to precache.
// Runs on TRUNK_STAGING_DIR, or on the directory given as argument; running it twice
// on the same directory is harmless.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('pwa-postbuild: give the build directory (or run as a Trunk hook)');
  process.exit(2);
}

const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = index.match(inline);
if (found) {
  const code = found[1].trim() + '\n';
  const name = `bootstrap-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  index = index.replace(inline, `<script type="module" src="/${name}"></script>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(index)) {
  console.error('pwa-postbuild: index.html still has an inline script, which the policy forbids');
  process.exit(1);
}

function files(at) {
  return readdirSync(at).flatMap((entry) => {
    const path = join(at, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const stamp = /<meta name="plateful-build" content="[^"]*">\n?/;
index = index.replace(stamp, '');
writeFileSync(indexPath, index);
const assets = files(dir)
  .map((path) => relative(dir, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js' && !path.startsWith('.'))
  .sort();
const hash = createHash('sha256');
for (const path of assets) hash.update(path).update('\0').update(readFileSync(join(dir, path)));
const build = hash.digest('hex').slice(0, 12);

index = index.replace(/(<meta charset="utf-8" \/>)/, `$1\n    <meta name="plateful-build" content="${build}">`);
writeFileSync(indexPath, index);
const precache = assets.map((path) => `/${path}`);
const worker = readFileSync(join(root, 'pwa', 'sw.js'), 'utf8')
  .replace('__BUILD__', build)
  .replace('__PRECACHE__', JSON.stringify(precache, null, 2));
writeFileSync(join(dir, 'sw.js'), worker);
console.log(`pwa-postbuild: build ${build}, ${precache.length} files to precache`);
