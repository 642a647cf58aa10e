#!/usr/bin/env node
// Keeps dependencies pointing inward (STYLE.md): domain imports nothing of ours; extraction may use
// domain; app uses domain, extraction and its ports; adapters never import each other's folders;
// config may use domain; readers (bytes → Notice) use domain only; only main.ts and cli/ see everything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const src = join(root, 'src');
const allowed = {
  domain: ['domain'],
  extraction: ['domain', 'extraction'],
  config: ['domain', 'config'],
  readers: ['domain', 'readers'],
  app: ['domain', 'extraction', 'app'],
  adapters: ['domain', 'extraction', 'readers', 'app', 'adapters'],
};

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const layerOf = (path) => relative(src, path).split(sep)[0];
const adapterOf = (path) => relative(src, path).split(sep)[1];
const problems = [];
for (const file of files(src)) {
  const layer = layerOf(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), m[1]);
    if (!target.startsWith(src + sep)) continue;
    const targetLayer = layerOf(target);
    const rule = allowed[layer];
    const where = `${relative(root, file)} imports ${m[1]}`;
    if (rule && !rule.includes(targetLayer)) problems.push(`${where}: ${layer} may not depend on ${targetLayer}`);
    if (layer === 'adapters' && targetLayer === 'adapters') {
      const from = adapterOf(file);
      const to = adapterOf(target);
      const shared = (name) => name.endsWith('.ts'); // top-level files in adapters/ (clock, log) are shared
      if (from !== to && !shared(from) && !shared(to)) problems.push(`${where}: adapters/${from} may not depend on adapters/${to}`);
    }
  }
}
if (problems.length > 0) {
  console.error(`dependency direction: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('dependency direction: ok');
