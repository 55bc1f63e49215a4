// Builds the oracle addon against this machine's Node headers (the machine cannot download
// them): node-gyp rebuild --nodedir=<node's prefix>. Extra arguments go to node-gyp.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const nodedir = resolve(dirname(process.execPath), '..');
if (!existsSync(resolve(nodedir, 'include/node/node_api.h'))) {
  console.error(`build-addon: no Node headers under ${nodedir}/include/node`);
  process.exit(1);
}
const gyp = require.resolve('node-gyp/bin/node-gyp.js');
const args = [gyp, 'rebuild', `--nodedir=${nodedir}`, ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
