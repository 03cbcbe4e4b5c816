#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci` through `prepare`). In a checkout where src/ changed after the last
// build, it runs the sources through tsx instead, so `npx eiot` never answers with a stale build.
const path = require('node:path');
const fs = require('node:fs');

const root = path.join(__dirname, '..');
const compiled = path.join(root, 'dist', 'src', 'channels', 'cli', 'main.js');

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  if (!fs.existsSync(compiled)) return false;
  const sources = path.join(root, 'src');
  if (!fs.existsSync(sources)) return true;
  return fs.statSync(compiled).mtimeMs >= newestSourceTime(sources);
}

if (buildIsCurrent()) {
  require(compiled);
} else {
  require('tsx/cjs');
  require(path.join(root, 'src', 'channels', 'cli', 'main.ts'));
}
