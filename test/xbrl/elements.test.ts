// The sixteen annual cyd elements the plan knows agree with shared/docs/cyd-elements.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CYD_ANNUAL, cydElement } from '../../server/src/core';
import { SHARED } from './helpers';

interface DocElement {
  name: string;
  standard_label: string;
  type: string;
  used_in: string;
  item106_element?: string[];
}

describe('xbrl: cyd annual elements', () => {
  const doc = JSON.parse(fs.readFileSync(path.join(SHARED, 'docs', 'cyd-elements.json'), 'utf8')) as { elements: DocElement[] };
  const annual = doc.elements.filter((e) => e.used_in.startsWith('annual') && (e.type === 'textBlock' || /flag/.test(e.type)));

  it('has the 10 text blocks and 6 flags of the taxonomy, in its order', () => {
    assert.deepEqual(
      CYD_ANNUAL.map((e) => e.name),
      annual.map((e) => e.name),
    );
    assert.equal(CYD_ANNUAL.filter((e) => e.kind === 'textBlock').length, 10);
    assert.equal(CYD_ANNUAL.filter((e) => e.kind === 'flag').length, 6);
  });

  it('carries the standard labels, kinds and Item 106 element ids of the reference', () => {
    for (const d of annual) {
      const e = cydElement(d.name)!;
      assert.ok(e, d.name);
      assert.equal(e.label, d.standard_label, d.name);
      assert.equal(e.kind, d.type === 'textBlock' ? 'textBlock' : 'flag', d.name);
      assert.deepEqual([...e.ids].sort(), [...(d.item106_element ?? [])].sort(), d.name);
    }
  });

  it('finds elements with or without the cyd prefix', () => {
    assert.equal(cydElement('cyd:CybersecurityRiskRoleOfManagementTextBlock')?.part, 'gov');
    assert.equal(cydElement('cyd_CybersecurityRiskManagementThirdPartyEngagedFlag')?.part, 'rms');
    assert.equal(cydElement('MaterialCybersecurityIncidentNatureTextBlock'), undefined, '8-K elements are not annual');
  });
});
