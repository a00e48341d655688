// "Insert section with filed examples to compare": the drafted section followed by a reference note whose
// quoted sentence is a choice of filed model sentences. The note never passes for the company's own text:
// it carries the drafting marker, so the element stays drafted and the note is a blocker.
import * as assert from 'node:assert/strict';
import { analyze, ELEMENTS, PEER_DATA, practicesOf, exampleSource, type Fix } from '../../server/src/core';
import { applyInsertions } from '../support/drafts';

const EMPTY = '# Item 1C. Cybersecurity\n\nWe take cybersecurity seriously.\n';
const CHOICE = /\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/g;
const options = (choices: string): string[] => choices.split(/(?<!\\),/).map((o) => o.replace(/\\,/g, ','));

function fixesOf(id: string): Fix[] {
  return analyze(EMPTY).findings.find((f) => f.rule === 'element-missing' && f.element === id)?.fixes ?? [];
}

describe('insertion snippets: filed examples as a choice', function () {
  const withModels = ELEMENTS.filter((e) => practicesOf(e.id).some((p) => PEER_DATA.practices[p.id].examples.length > 0));

  it('only elements whose practices have model sentences get the second fix', function () {
    assert.ok(withModels.length >= 5);
    for (const e of ELEMENTS) {
      const titles = fixesOf(e.id).map((f) => f.title);
      const has = titles.includes(`Insert section with filed examples to compare: ${e.title}`);
      assert.equal(has, withModels.includes(e), `${e.id}: ${titles.join(' | ')}`);
      // The plain "Insert section" stays first and preferred.
      assert.equal(titles[0], `Insert section: ${e.title}`);
    }
  });

  for (const element of withModels) {
    it(`${element.id}: the choice lists the model sentences with their source, and any pick stays drafted and a blocker`, function () {
      const fix = fixesOf(element.id).find((f) => f.title.startsWith('Insert section with filed examples'))!;
      assert.ok(!fix.preferred);
      const snippet = fix.insertions[0].snippet;
      const choices = [...snippet.matchAll(CHOICE)];
      const note = choices[choices.length - 1];
      const models = practicesOf(element.id).flatMap((p) => PEER_DATA.practices[p.id].examples);
      assert.deepEqual(options(note[2]), models.map((m) => `"${m.text}" (${exampleSource(m)})`));
      // The drafted paragraph's own stops come first; the note's choice is the last stop.
      assert.equal(Number(note[1]), Math.max(...[...snippet.matchAll(/\$\{(\d+)/g)].map((m) => Number(m[1]))));

      for (const pick of options(note[2])) {
        const text = applyInsertions(EMPTY, fix.insertions, (i) => i.plain.replace(/\[("[^\]]*)\]\] \[Company to confirm\]/, `${pick}] [Company to confirm]`));
        assert.ok(text.includes(pick), text);
        const report = analyze(text);
        const verdict = report.elements.find((v) => v.id === element.id)!;
        assert.notEqual(verdict.status, 'present', `${pick}: ${verdict.status}`);
        const noteLine = text.split('\n').findIndex((l) => l.startsWith('[Filed example'));
        const lineStart = text.split('\n').slice(0, noteLine).join('\n').length + 1;
        assert.ok(report.findings.some((f) => f.severity === 'error' && f.element === null && f.span.start >= lineStart), 'the note is a blocker');
      }
    });
  }

  it('a client without snippets gets every option, commas intact, as one unchosen alternative', function () {
    const fix = fixesOf('board-informed').find((f) => f.title.startsWith('Insert section with filed examples'))!;
    const m = PEER_DATA.practices['briefing-frequency'].examples;
    assert.ok(fix.insertions[0].plain.includes(`[${m.map((x) => `"${x.text}" (${exampleSource(x)})`).join('/')}]`), fix.insertions[0].plain);
  });
});
