// Stands in for vscode-languageserver's `Files` helpers (lib/node/files.js) in the language server's
// bundle. They resolve Node module paths, running `npm` or `yarn` to find the global folders; the server
// never loads workspace code and never calls them. vscode-languageserver only copies them onto its
// `Files` namespace, so each stand-in throws if it is ever called.
'use strict';
const unused = (name) => () => {
  throw new Error(`item1c-language-server does not use Files.${name}`);
};
for (const name of ['uriToFilePath', 'resolveGlobalNodePath', 'resolveGlobalYarnPath', 'resolve', 'resolveModulePath']) exports[name] = unused(name);
