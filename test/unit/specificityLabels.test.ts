import * as assert from 'node:assert/strict';
import { mergeGrades, readGradePass, readGradeResolutions, readKeptAside, readMergedGrades, readParagraphs, type GradeSet } from '../eval/specificityLabels';
import { corpusFiles } from '../eval/corpus';

describe('specificity labels (test/labels/specificity)', () => {
  it('merged.json is what the two passes and the resolutions give (npm run labels)', () => {
    assert.deepEqual(readMergedGrades(), mergeGrades(readGradePass('a'), readGradePass('b'), readGradeResolutions()));
  });

  it('both passes grade every paragraph 1 to 4, and every paragraph comes from a corpus file', () => {
    const corpus = new Set(corpusFiles());
    const paragraphs = readParagraphs();
    assert.equal(paragraphs.length, 180);
    for (const p of paragraphs) assert.ok(corpus.has(p.file), `${p.id}: ${p.file} is not in the corpus`);
    for (const reader of ['a', 'b'] as const) {
      const grades = new Map(readGradePass(reader).labels.map((l) => [l.id, l.grade]));
      for (const p of paragraphs) assert.ok([1, 2, 3, 4].includes(grades.get(p.id)!), `${p.id}: no grade 1-4 in pass ${reader}`);
    }
  });

  it('the paragraphs kept aside are p071-p100, and the later batch (p101-p180) is not kept aside', () => {
    const ids = readParagraphs().map((p) => p.id);
    assert.deepEqual(readKeptAside().ids, ids.slice(70, 100));
    assert.deepEqual(readKeptAside().ids[0], 'p071');
  });

  it('a disagreement without a resolution is refused, not settled for one reader', () => {
    const a = readGradePass('a');
    const b: GradeSet = JSON.parse(JSON.stringify(readGradePass('b')));
    const agreed = b.labels.find((l) => a.labels.find((x) => x.id === l.id)!.grade === l.grade)!;
    agreed.grade = agreed.grade === 4 ? 1 : agreed.grade + 1;
    assert.throws(() => mergeGrades(a, b, readGradeResolutions()), new RegExp(`${agreed.id}: the readers disagree`));
  });

  it('a resolution of a paragraph the readers agree on is refused', () => {
    const a = readGradePass('a');
    const agreed = a.labels.find((l) => readGradePass('b').labels.find((x) => x.id === l.id)!.grade === l.grade)!;
    const extra = [...readGradeResolutions(), { id: agreed.id, grade: agreed.grade, reason: 'not needed' }];
    assert.throws(() => mergeGrades(a, readGradePass('b'), extra), /agree on/);
  });
});
