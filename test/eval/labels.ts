// The labels of test/labels: two independent readings of the filed corpus, the resolution of each
// disagreement, the merged labels built from them, and the files kept aside for an unbiased figure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ELEMENTS, type ElementId, type Status } from '../../server/src/core';

export const LABELS_DIR = path.resolve(__dirname, '../labels');

export type SectionLabel = 'checked' | 'cross-reference-only' | 'not-found';

export interface ElementLabel {
  status: Status;
  reason?: string;
  evidence?: string;
  advice?: string;
  /** Merged labels only: the readers disagreed and the rule text does not settle it. Left out of every figure. */
  disputed?: boolean;
  /** Merged labels only: how the label was reached. */
  source?: 'agreed' | 'resolved';
}

export interface FileLabel {
  section: SectionLabel;
  sectionNote?: string;
  /** All twelve elements when `section` is `checked`; absent otherwise (pointer text never counts). */
  elements?: Record<ElementId, ElementLabel>;
}

export interface LabelSet {
  about: string;
  files: Record<string, FileLabel>;
}

export interface Resolution {
  file: string;
  element: ElementId;
  status: Status;
  reason: string;
  disputed?: boolean;
  advice?: string;
}

export interface HeldOut {
  about: string;
  files: string[];
}

function read<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(LABELS_DIR, name), 'utf8')) as T;
}

export const readPass = (reader: 'a' | 'b'): LabelSet => read<LabelSet>(`pass-${reader}.json`);
export const readResolutions = (): Resolution[] => read<{ resolutions: Resolution[] }>('resolutions.json').resolutions;
export const readMerged = (): LabelSet => read<LabelSet>('merged.json');
export const readHeldOut = (): HeldOut => read<HeldOut>('heldout.json');

const key = (file: string, element: string) => `${file}\u0000${element}`;

/**
 * The merged labels: where the readers agree on a status, that status (with the first reader's reason);
 * where they differ, the recorded resolution. A disagreement without a resolution is an error, so the
 * merged file can never silently take one reader's side.
 */
export function mergeLabels(a: LabelSet, b: LabelSet, resolutions: Resolution[]): LabelSet {
  const byKey = new Map(resolutions.map((r) => [key(r.file, r.element), r]));
  const used = new Set<string>();
  const files: Record<string, FileLabel> = {};
  const names = Object.keys(a.files).sort();
  const other = Object.keys(b.files).sort();
  if (names.join('\n') !== other.join('\n')) throw new Error('the two passes label different files');
  for (const file of names) {
    const la = a.files[file];
    const lb = b.files[file];
    if (la.section !== lb.section) {
      const r = byKey.get(key(file, 'section'));
      if (!r) throw new Error(`${file}: the readers disagree on the section (${la.section} / ${lb.section}) and no resolution is recorded`);
      throw new Error(`${file}: section disagreements are not supported yet`);
    }
    if (la.section !== 'checked') {
      files[file] = { section: la.section, ...(la.sectionNote ? { sectionNote: la.sectionNote } : {}) };
      continue;
    }
    const elements = {} as Record<ElementId, ElementLabel>;
    for (const { id } of ELEMENTS) {
      const ea = la.elements?.[id];
      const eb = lb.elements?.[id];
      if (!ea || !eb) throw new Error(`${file}: no label for ${id} in one of the passes`);
      if (ea.status === eb.status) {
        elements[id] = { status: ea.status, ...(ea.reason ? { reason: ea.reason } : {}), ...(ea.advice || eb.advice ? { advice: ea.advice ?? eb.advice } : {}), source: 'agreed' };
        continue;
      }
      const r = byKey.get(key(file, id));
      if (!r) throw new Error(`${file} ${id}: the readers disagree (${ea.status} / ${eb.status}) and no resolution is recorded`);
      used.add(key(file, id));
      elements[id] = { status: r.status, reason: r.reason, ...(r.advice ? { advice: r.advice } : {}), ...(r.disputed ? { disputed: true } : {}), source: 'resolved' };
    }
    files[file] = { section: 'checked', elements };
  }
  const unused = resolutions.filter((r) => !used.has(key(r.file, r.element)));
  if (unused.length > 0) throw new Error(`resolutions for cases the readers agree on: ${unused.map((r) => `${r.file} ${r.element}`).join(', ')}`);
  return {
    about:
      'Merged from pass-a.json and pass-b.json by test/eval/labels.ts (npm run labels): agreed statuses as read, disagreements as resolved in resolutions.json. Disputed cases are left out of every figure.',
    files,
  };
}

export function writeMerged(): LabelSet {
  const merged = mergeLabels(readPass('a'), readPass('b'), readResolutions());
  fs.writeFileSync(path.join(LABELS_DIR, 'merged.json'), JSON.stringify(merged, null, 1) + '\n');
  return merged;
}

if (require.main === module) {
  const merged = writeMerged();
  console.log(`wrote test/labels/merged.json: ${Object.keys(merged.files).length} files`);
}
