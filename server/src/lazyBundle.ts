// The bundles that load only when first needed (scripts/build.mjs builds them beside the entry
// points): compare.js for a previous filing, render.js for a checklist export, word.js for a Word
// file. Kept out of the bundles that load them, they cost nothing to the runs that never need them,
// and dist/server.js stays within its size budget.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type BundleName = 'compare' | 'render' | 'word';

/** The installation lacks a bundle it was built with. */
export class MissingBundleError extends Error {}

export interface BundleLocation {
  /** The folder holding the bundle; by default this code's own, which once bundled is dist/. */
  dir?: string;
  /** The module to load instead when no bundle is built there: code run from its sources (tests). */
  source?: string;
}

/** A loader of the named bundle: the first call loads it, every later call returns the same module. */
export function lazyBundle<T>(name: BundleName, where: BundleLocation = {}): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const file = path.join(where.dir ?? __dirname, name + '.js');
      const found = fs.existsSync(file) ? file : where.source;
      if (found === undefined) throw new MissingBundleError(name + '.js is missing from the installation');
      // A computed path keeps esbuild from inlining the bundle into the one that loads it.
      loaded = require(found) as T;
    }
    return loaded;
  };
}
