// Every choice a template offers (`${n|a,b,c|}`) must leave its element recognised as present, not
// only the first one that the templates test accepts: a lawyer may pick any of them.
import * as assert from 'node:assert/strict';
import { analyze, ELEMENTS } from '../../server/src/core';

const EMPTY = '# Item 1C. Cybersecurity\n\nWe take cybersecurity seriously.\n';
const CHOICE = /\$\{(\d+)\|([^|]*)\|\}/g;

/** The snippet as text, with `pick` chosen at the given choice stop and defaults elsewhere. */
function fill(template: string, stop: string, pick: string): string {
  return template
    .replace(CHOICE, (_m, n: string, options: string) => (n === stop ? pick : options.split(',')[0]))
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\\([$}\\])/g, '$1');
}

describe('template choices', () => {
  it('some templates offer choices', () => {
    assert.ok(ELEMENTS.some((e) => CHOICE.test(e.template)));
    CHOICE.lastIndex = 0;
  });

  for (const element of ELEMENTS) {
    const choices = [...element.template.matchAll(CHOICE)];
    if (choices.length === 0) continue;
    it(`${element.id}: every choice keeps the element present`, () => {
      for (const [, stop, options] of choices) {
        for (const option of options.split(',')) {
          const text = `${EMPTY}\n${fill(element.template, stop, option)}\n`;
          const verdict = analyze(text).elements.find((v) => v.id === element.id)!;
          assert.equal(verdict.status, 'present', `choice "${option}": ${verdict.status} (${verdict.reason})`);
        }
      }
    });
  }
});
