// Bundles the client, the language server and the CLI with esbuild.
// The core's dependencies (unified, remark) are ESM-only; bundling to CommonJS keeps
// every entry point loadable by VS Code's extension host and by plain `node`.
import * as path from 'node:path';
import { build } from 'esbuild';
import { PACKED_ENTITIES } from './packedEntities.mjs';

const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: true,
  // Non-ASCII characters as themselves (UTF-8) rather than \uXXXX escapes: the entity table of the
  // Markdown parser alone is 7 KB smaller, which keeps the server bundle within its size budget.
  charset: 'utf8',
  sourcemap: !production,
  legalComments: 'none',
  logLevel: 'warning',
  // jsonc-parser's default (UMD) build loads its modules with a dynamic require that esbuild cannot
  // follow; its ESM build bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

// The server parses Markdown and never writes it: GFM's serializer, which remark-gfm brings along, is
// left out of its bundle (about 23 KB).
const PARSE_ONLY = { 'mdast-util-to-markdown': './scripts/stubs/markdownSerializer.mjs', 'markdown-table': './scripts/stubs/markdownSerializer.mjs' };

// vscode-languageserver's `Files` helpers resolve Node module paths by running `npm` or `yarn`; the server
// never calls them (it loads no workspace code), so its bundle takes a stand-in (about 4 KB).
const NO_LSP_FILES = {
  name: 'no-lsp-files',
  setup(b) {
    b.onResolve({ filter: /^\.\/files$/ }, (args) => (/vscode-languageserver[\\/]lib[\\/]node[\\/]main\.js$/.test(args.importer) ? { path: path.resolve('scripts/stubs/lspFiles.cjs') } : undefined));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, alias: { ...common.alias, ...PARSE_ONLY }, plugins: [NO_LSP_FILES, PACKED_ENTITIES] }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // Loaded by the language server on demand, when a draft has a previous filing to compare with.
  build({ ...common, entryPoints: ['server/src/filing/serverBundle.ts'], outfile: 'dist/compare.js' }),
  // The checklist report's page templates, which the server loads on the first export (see lsp/checklist.ts).
  build({ ...common, entryPoints: ['server/src/report/render.ts'], outfile: 'dist/render.js' }),
  // Word import and export (mammoth, docx): loaded by the CLI and the client only when a Word file is involved.
  build({ ...common, entryPoints: ['server/src/word/index.ts'], outfile: 'dist/word.js' }),
  // `item1c scan` runs on piscina worker threads: piscina starts each thread from its own worker.js
  // next to the bundle that holds piscina (dist/), and that thread loads the scan's task code.
  build({ ...common, entryPoints: ['server/src/cli/scan/worker.ts'], outfile: 'dist/scan-worker.js' }),
  build({ ...common, entryPoints: ['node_modules/piscina/dist/worker.js'], outfile: 'dist/worker.js', external: ['@napi-rs/nice'] }),
]);
