// Every answer a template offers (`${n|[prompt],a,b|}`) must leave its element recognized as present once
// the drafted paragraph is confirmed, not only the first: a lawyer may pick any of them.
import * as assert from 'node:assert/strict';
import { analyze, ELEMENTS } from '../../server/src/core';
import { confirmDraft } from '../support/drafts';

const EMPTY = '# Item 1C. Cybersecurity\n\nWe take cybersecurity seriously.\n';
const CHOICE = /\$\{(\d+)\|([^|]*)\|\}/g;

/** The snippet as text, with `pick` chosen at the given choice stop and each other stop's default. */
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
    it(`${element.id}: every answer keeps the element present once confirmed`, () => {
      for (const [, stop, options] of choices) {
        // The first option is the prompt shown until a choice is made.
        for (const option of options.split(',').slice(1)) {
          const text = confirmDraft(`${EMPTY}\n${fill(element.template, stop, option)}\n`);
          const verdict = analyze(text).elements.find((v) => v.id === element.id)!;
          assert.equal(verdict.status, 'present', `choice "${option}": ${verdict.status} (${verdict.reason})\n${text}`);
        }
      }
    });
  }
});
