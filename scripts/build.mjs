// Bundles the client, the language server and the CLI with esbuild.
// The core's dependencies (unified, remark) are ESM-only; bundling to CommonJS keeps
// every entry point loadable by VS Code's extension host and by plain `node`.
import { build } from 'esbuild';

const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: true,
  sourcemap: !production,
  legalComments: 'none',
  logLevel: 'warning',
  // jsonc-parser's default (UMD) build loads its modules with a dynamic require that esbuild cannot
  // follow; its ESM build bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // `item1c scan` runs on piscina worker threads: piscina starts each thread from its own worker.js
  // next to the bundle that holds piscina (dist/), and that thread loads the scan's task code.
  build({ ...common, entryPoints: ['server/src/cli/scan/worker.ts'], outfile: 'dist/scan-worker.js' }),
  build({ ...common, entryPoints: ['node_modules/piscina/dist/worker.js'], outfile: 'dist/worker.js', external: ['@napi-rs/nice'] }),
]);
