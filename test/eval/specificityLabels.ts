// The specificity labels of test/labels/specificity: 100 paragraphs of filed Item 1C sections, two
// independent gradings against rubric.md, the resolution of each disagreement, the merged grades built
// from them, and the paragraphs kept aside for an unbiased figure.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SPECIFICITY_DIR = path.resolve(__dirname, '../labels/specificity');

export interface Paragraph {
  id: string;
  /** The corpus file it was taken from. */
  file: string;
  text: string;
}

export interface GradeLabel {
  id: string;
  grade: number;
  reason: string;
  /** Merged labels only: how the grade was reached. */
  source?: 'agreed' | 'resolved';
}

export interface GradeSet {
  about?: string;
  labels: GradeLabel[];
}

export interface KeptAside {
  about: string;
  ids: string[];
}

function read<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(SPECIFICITY_DIR, name), 'utf8')) as T;
}

export const readParagraphs = (): Paragraph[] => read<Paragraph[]>('paragraphs.json');
export const readGradePass = (reader: 'a' | 'b'): GradeSet => read<GradeSet>(`pass-${reader}.json`);
export const readGradeResolutions = (): GradeLabel[] => read<GradeSet & { resolutions: GradeLabel[] }>('resolutions.json').resolutions;
export const readMergedGrades = (): GradeSet => read<GradeSet>('merged.json');
export const readKeptAside = (): KeptAside => read<KeptAside>('heldout.json');

/**
 * Where the readers agree, their grade (with the first reader's reason); where they differ, the recorded
 * resolution. A disagreement without a resolution, or a resolution of a paragraph the readers agree on,
 * is an error: the merged file never silently takes one reader's side.
 */
export function mergeGrades(a: GradeSet, b: GradeSet, resolutions: readonly GradeLabel[]): GradeSet {
  const byId = (set: GradeSet) => new Map(set.labels.map((l) => [l.id, l]));
  const la = byId(a);
  const lb = byId(b);
  const ids = [...la.keys()].sort();
  if (ids.join('\n') !== [...lb.keys()].sort().join('\n')) throw new Error('the two passes grade different paragraphs');
  const resolved = new Map(resolutions.map((r) => [r.id, r]));
  const used = new Set<string>();
  const labels: GradeLabel[] = ids.map((id) => {
    const ga = la.get(id)!;
    const gb = lb.get(id)!;
    if (ga.grade === gb.grade) return { id, grade: ga.grade, reason: ga.reason, source: 'agreed' };
    const r = resolved.get(id);
    if (!r) throw new Error(`${id}: the readers disagree (${ga.grade} / ${gb.grade}) and no resolution is recorded`);
    used.add(id);
    return { id, grade: r.grade, reason: r.reason, source: 'resolved' };
  });
  const unused = resolutions.filter((r) => !used.has(r.id));
  if (unused.length > 0) throw new Error(`resolutions for paragraphs the readers agree on: ${unused.map((r) => r.id).join(', ')}`);
  return {
    about: 'Merged from pass-a.json and pass-b.json by test/eval/specificityLabels.ts (npm run labels): agreed grades as read, disagreements as resolved in resolutions.json.',
    labels,
  };
}

export function writeMergedGrades(): GradeSet {
  const merged = mergeGrades(readGradePass('a'), readGradePass('b'), readGradeResolutions());
  fs.writeFileSync(path.join(SPECIFICITY_DIR, 'merged.json'), JSON.stringify(merged, null, 1) + '\n');
  return merged;
}

if (require.main === module) {
  const merged = writeMergedGrades();
  console.log(`wrote test/labels/specificity/merged.json: ${merged.labels.length} paragraphs`);
}
