#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci` through `prepare`); falls back to tsx in a dev checkout.
const path = require('node:path');
const fs = require('node:fs');
const compiled = path.join(__dirname, '..', 'dist', 'src', 'channels', 'cli', 'main.js');
if (fs.existsSync(compiled)) {
  require(compiled);
} else {
  require('tsx/cjs');
  require(path.join(__dirname, '..', 'src', 'channels', 'cli', 'main.ts'));
}
