// What a lawyer does with an inserted section: make each choice, fill each blank, and delete the
// "[Company to confirm]" note once every statement is confirmed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Insertion } from '../../server/src/core';

export function applyInsertions(text: string, insertions: Insertion[], pick: (i: Insertion) => string): string {
  let out = text;
  for (const ins of [...insertions].sort((a, b) => b.offset - a.offset)) out = out.slice(0, ins.offset) + pick(ins) + out.slice(ins.offset);
  return out;
}

/** Snippet text as left after tabbing through without typing: each placeholder and each choice keeps its default. */
export const acceptDefaults = (s: string): string =>
  s
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\\([$}\\])/g, '$1');

/**
 * Confirms a drafted section: every `[a/b]` choice takes `choose(options)` (the first by default), every
 * bracketed example is kept as written, and every "[Company to confirm]" note is deleted.
 */
export function confirmDraft(text: string, choose: (options: string[]) => string = (o) => o[0]): string {
  return text
    .replace(/ ?\[Company to confirm\]/g, '')
    .replace(/\[([^[\]]*\/[^[\]]*)\]/g, (_m, inner: string) => choose(inner.split('/').map((o) => o.trim())))
    .replace(/\[([^[\]\u25CF]+)\]/g, '$1');
}

/** A fixture draft as a user would have it: without its `<!-- expect ... -->` block. */
export function fixtureDraft(name: string): string {
  return fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8').replace(/<!--\s*expect[\s\S]*?-->\s*/, '');
}
