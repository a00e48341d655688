import * as assert from 'node:assert/strict';
import { ELEMENTS } from '../../server/src/core';
import { corpusFiles } from '../eval/corpus';
import { mergeLabels, readHeldOut, readMerged, readPass, readResolutions, type LabelSet } from '../eval/labels';

describe('labels of the filed corpus (test/labels)', () => {
  it('merged.json is what the two passes and the resolutions give (npm run labels)', () => {
    assert.deepEqual(readMerged(), mergeLabels(readPass('a'), readPass('b'), readResolutions()));
  });

  it('both passes label the same corpus files, every element of every section with content', () => {
    const corpus = new Set(corpusFiles());
    for (const reader of ['a', 'b'] as const) {
      const pass = readPass(reader);
      for (const [file, label] of Object.entries(pass.files)) {
        assert.ok(corpus.has(file), `${file} (pass ${reader}) is not in the corpus`);
        if (label.section !== 'checked') continue;
        for (const { id } of ELEMENTS) assert.ok(label.elements?.[id]?.status, `${file} ${id}: no status in pass ${reader}`);
      }
    }
    assert.ok(Object.keys(readPass('a').files).length >= 70);
  });

  it('the files kept aside are 20 labelled files, every year of each company', () => {
    const kept = readHeldOut().files;
    const labelled = Object.keys(readMerged().files);
    assert.equal(kept.length, 20);
    for (const f of kept) assert.ok(labelled.includes(f), `${f} is not labelled`);
    const company = (f: string) => f.split('-')[0];
    const keptCompanies = new Set(kept.map(company));
    for (const f of labelled) if (keptCompanies.has(company(f))) assert.ok(kept.includes(f), `${f}: another year of a company kept aside is not kept aside`);
  });

  it('a disagreement without a resolution is refused, not settled for one reader', () => {
    const a: LabelSet = readPass('a');
    const b: LabelSet = JSON.parse(JSON.stringify(readPass('b')));
    const file = Object.keys(b.files).find((f) => b.files[f].section === 'checked' && a.files[f].elements!.processes.status === 'present')!;
    b.files[file].elements!.processes = { status: 'missing', reason: 'changed for the test' };
    assert.throws(() => mergeLabels(a, b, readResolutions()), /disagree/);
  });
});
