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
  // Word import and export (mammoth, docx): loaded by the CLI and the client only when a Word file is involved.
  build({ ...common, entryPoints: ['server/src/word/index.ts'], outfile: 'dist/word.js' }),
]);
