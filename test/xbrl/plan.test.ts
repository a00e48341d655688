// The tagging plan (core): flag values and deciding sentences, text blocks as whole paragraphs, what
// cannot be tagged, and the three consistency rules that run with every analysis.
import * as assert from 'node:assert/strict';
import { analyze, LineIndex, statesMaterialEffect, tagPlan, type Finding, type PlannedFact, type Report, type TagPlan } from '../../server/src/core';
import { plainInline } from '../../server/src/core/xbrl/units';
import { fixture, seedDraft } from './helpers';

const F = {
  integrated: 'CybersecurityRiskManagementProcessesIntegratedFlag',
  engaged: 'CybersecurityRiskManagementThirdPartyEngagedFlag',
  oversight: 'CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag',
  material: 'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag',
  positions: 'CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag',
  reports: 'CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag',
};
const TB = {
  processes: 'CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock',
  integrated: 'CybersecurityRiskManagementProcessesIntegratedTextBlock',
  material: 'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantTextBlock',
  board: 'CybersecurityRiskBoardOfDirectorsOversightTextBlock',
  committee: 'CybersecurityRiskBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock',
  role: 'CybersecurityRiskRoleOfManagementTextBlock',
  expertise: 'CybersecurityRiskManagementExpertiseOfManagementResponsibleTextBlock',
};

function planOf(text: string): { report: Report; plan: TagPlan; fact: (name: string) => PlannedFact } {
  const report = analyze(text);
  const plan = tagPlan(text, report);
  return { report, plan, fact: (name) => plan.facts.find((f) => f.element === name)! };
}

const lineOf = (text: string, offset: number) => new LineIndex(text).positionAt(offset).line + 1;
const findings = (report: Report, rule: string): Finding[] => report.findings.filter((f) => f.rule === rule);

const HEAD = '# Item 1C. Cybersecurity\n\n## Risk Management and Strategy\n\n';
const PROCESSES =
  'We maintain processes for assessing, identifying and managing material risks from cybersecurity threats, including vulnerability scanning, penetration testing and employee awareness training.';
const GOVERNANCE = '\n\n## Governance\n\nOur Board of Directors oversees cybersecurity risk through its Audit Committee, which receives quarterly reports from our Chief Information Security Officer.\n';

describe('xbrl: tagging plan', () => {
  describe('the seed disclosure (imported)', () => {
    const text = seedDraft();
    const { plan, fact } = planOf(text);

    it('plans all sixteen annual facts in taxonomy order, every one tagged', () => {
      assert.equal(plan.facts.length, 16);
      assert.equal(plan.form, '20-F');
      assert.ok(plan.taggable);
      assert.deepEqual(plan.untagged, [], JSON.stringify(plan.untagged));
    });

    it('decides the six flags as the filer tagged them, each on a sentence of the text', () => {
      const expected: Record<string, boolean> = { [F.integrated]: true, [F.engaged]: true, [F.oversight]: true, [F.material]: false, [F.positions]: true, [F.reports]: true };
      for (const [name, value] of Object.entries(expected)) {
        const f = fact(name);
        assert.equal(f.value, value, `${name}: ${f.reason}`);
        assert.equal(f.spans.length, 1);
        assert.equal(plainInline(text.slice(f.spans[0].start, f.spans[0].end)).trim(), f.text);
      }
      assert.match(fact(F.integrated).text!, /^We have also integrated cybersecurity risk management/);
      assert.match(fact(F.material).text!, /^As of the date of this annual report, we have not experienced/);
    });

    it('tags the whole Risk Management and Strategy sub-section, heading included, as the processes block', () => {
      const f = fact(TB.processes);
      assert.match(f.text!, /^Risk Management and Strategy\nWe have implemented/);
      assert.match(f.text!, /reasonably likely to materially affect us, our business strategy/);
      assert.match(f.reason, /whole Risk Management and Strategy sub-section/);
    });

    it('extends the Integrated block to the paragraph the integration statement introduces', () => {
      const f = fact(TB.integrated);
      assert.equal(f.units.length, 2);
      assert.match(f.text!, /We have developed a series of cybersecurity management protocols/);
    });

    it('keeps Governance blocks to Governance paragraphs', () => {
      for (const name of [TB.board, TB.committee, TB.role, TB.expertise]) {
        assert.doesNotMatch(fact(name).text!, /third-party vendors|data classification/, name);
      }
    });

    it('does not report consistency findings on the seed', () => {
      const report = analyze(text);
      assert.deepEqual(report.findings.filter((f) => f.rule.startsWith('xbrl-')).map((f) => f.message), []);
    });
  });

  describe('clear "no" answers', () => {
    const text = fixture('negative-flags.md');
    const { report, fact } = planOf(text);

    it('sets each flag to false on the sentence that says no', () => {
      const cases: [string, RegExp][] = [
        [F.integrated, /are not integrated into our enterprise risk management/],
        [F.engaged, /^We do not engage assessors/],
        [F.oversight, /^We do not currently have processes to oversee/],
        [F.material, /we are not aware of any risks/],
        [F.positions, /^We do not have any management positions or committees/],
        [F.reports, /^Management does not report to the Board/],
      ];
      for (const [name, sentence] of cases) {
        const f = fact(name);
        assert.equal(f.value, false, `${name}: ${f.reason}`);
        assert.ok(f.tagged);
        assert.match(f.text!, sentence, name);
      }
    });

    it('gives the reason in words, and raises no undetermined-flag warning', () => {
      assert.match(fact(F.engaged).reason, /no assessors, consultants, auditors or other third parties are engaged/);
      assert.deepEqual(findings(report, 'xbrl-flag-undetermined'), []);
    });

    it('does not stretch the Integrated block past a "not integrated" statement', () => {
      assert.equal(fact(TB.integrated).units.length, 1);
    });

    it('leaves the committee block untagged when the full board oversees without one', () => {
      const f = fact(TB.committee);
      assert.equal(f.tagged, false);
      assert.equal(f.text, null);
      assert.match(f.reason, /^Nothing to tag: the board oversees cybersecurity directly/);
    });
  });

  describe('flags the text leaves open', () => {
    it('are undetermined and untagged when nothing is said; the missing element finding says so, not a second warning', () => {
      const text = `${HEAD}${PROCESSES}${GOVERNANCE}`;
      const { report, plan, fact } = planOf(text);
      const f = fact(F.engaged);
      assert.equal(f.value, 'undetermined');
      assert.equal(f.tagged, false);
      assert.equal(f.text, null);
      assert.ok(plan.untagged.some((u) => u.element === F.engaged && /never says whether assessors/.test(u.reason)));
      assert.equal(findings(report, 'xbrl-flag-undetermined').find((x) => x.message.includes('ThirdPartyEngaged')), undefined);
      const missing = findings(report, 'element-missing').find((x) => x.element === 'third-party-assessors');
      assert.ok(missing, 'the element finding carries the gap');
      assert.equal(text.slice(missing.span.start, missing.span.end), 'Risk Management and Strategy');
    });

    it('are warned about on the sentence when the element is present but the flag question is left open', () => {
      // How the processes fit enterprise risk management is described, but not that they are integrated.
      const how = 'Cybersecurity risks are assessed and prioritized using the same methodology and risk register that we apply to other enterprise risks.';
      const text = `${HEAD}${PROCESSES} ${how}${GOVERNANCE}`;
      const { report } = planOf(text);
      assert.equal(report.elements.find((v) => v.id === 'erm-integration')!.status, 'present');
      const w = findings(report, 'xbrl-flag-undetermined').find((x) => x.element === 'erm-integration');
      assert.ok(w, findings(report, 'xbrl-flag-undetermined').map((x) => x.message).join(' | '));
      assert.equal(w.severity, 'warning');
      assert.match(w.message, /the Integrated flag \(cyd:CybersecurityRiskManagementProcessesIntegratedFlag\) cannot be set/);
    });

    it('are undetermined when the text only says "may", and the element is partial on that sentence', () => {
      const may = 'We may engage consultants from time to time to assess our program.';
      const text = `${HEAD}${PROCESSES} ${may}${GOVERNANCE}`;
      const { report, fact } = planOf(text);
      assert.equal(fact(F.engaged).value, 'undetermined');
      assert.equal(findings(report, 'xbrl-flag-undetermined').find((x) => x.message.includes('ThirdPartyEngaged')), undefined);
      const partial = findings(report, 'element-partial').find((x) => x.element === 'third-party-assessors')!;
      assert.equal(text.slice(partial.span.start, partial.span.end), may);
    });

    it('MateriallyAffected is undetermined without any statement', () => {
      const { fact } = planOf(`${HEAD}${PROCESSES}${GOVERNANCE}`);
      assert.equal(fact(F.material).value, 'undetermined');
      assert.equal(fact(TB.material).tagged, false);
    });
  });

  describe('a stated material effect', () => {
    const text = fixture('contradiction.md');
    const { report, fact } = planOf(text);

    it('makes MateriallyAffected true, decided by the sentence that states it', () => {
      const f = fact(F.material);
      assert.equal(f.value, true);
      assert.match(f.text!, /^In February 2024 a ransomware attack/);
      assert.match(f.reason, /reconcile/);
      assert.equal(fact(TB.material).units.length, 2, 'both the incident and the statement are the "if so, how"');
    });

    it('warns on the statement that says there is none', () => {
      const found = findings(report, 'xbrl-material-effect-contradiction');
      assert.equal(found.length, 1, JSON.stringify(report.findings.map((f) => f.rule)));
      assert.equal(found[0].severity, 'warning');
      assert.match(text.slice(found[0].span.start, found[0].span.end), /^As of the date of this report, we have not identified any risks/);
      assert.match(found[0].message, new RegExp(`line ${lineOf(text, text.indexOf('In February 2024'))} states one`));
    });

    it('is not reported twice when consistency-material-incident already reports the sentence', () => {
      const both =
        `${HEAD}${PROCESSES} In March 2024 we experienced a material cybersecurity incident, which we reported on Form 8-K under Item 1.05, and which has materially affected our results of operations because of remediation costs. ` +
        'As of the date of this report, we have not experienced any material cybersecurity incidents that have materially affected or are reasonably likely to materially affect us, including our business strategy, results of operations or financial condition.' +
        GOVERNANCE;
      const r = analyze(both);
      const theirs = findings(r, 'consistency-material-incident').map((f) => f.span.start);
      const mine = findings(r, 'xbrl-material-effect-contradiction').map((f) => f.span.start);
      assert.equal(theirs.length + mine.length, 1, `one warning for the one statement: ${JSON.stringify(r.findings.map((f) => f.rule))}`);
      const off = analyze(both, { rules: { 'consistency-material-incident': { enabled: false } } });
      assert.equal(findings(off, 'xbrl-material-effect-contradiction').length, 1, 'reported when the other rule is off');
    });
  });

  describe('statesMaterialEffect', () => {
    const yes = [
      'a ransomware attack in 2024 materially affected our results of operations.',
      'risks from cybersecurity threats have materially affected our business strategy.',
      'the incident had a material adverse effect on our financial condition.',
      'risks from cybersecurity threats are reasonably likely to materially affect us.',
      'we have not been materially affected by incidents to date, but such risks are reasonably likely to materially affect us.',
      'in 2024 we experienced a material cybersecurity incident.',
    ];
    const no = [
      'we have not experienced any incidents that have materially affected us.',
      'cybersecurity incidents could materially affect our results of operations.',
      'we are not aware of any risks that are reasonably likely to materially affect us.',
      'if an incident materially affected us, we would disclose it.',
      'the committee reviews disclosure on form 6-k for material cybersecurity incidents (if any).',
    ];
    for (const s of yes) it(`yes: ${s}`, () => assert.equal(statesMaterialEffect(s), true));
    for (const s of no) it(`no: ${s}`, () => assert.equal(statesMaterialEffect(s), false));
  });

  describe('mixed paragraphs', () => {
    it('reports a paragraph with Risk Management and Governance evidence as a hint on its first line', () => {
      const text = fixture('mixed-paragraph.md');
      const { report } = planOf(text);
      const found = findings(report, 'xbrl-mixed-text-block');
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'hint');
      const underlined = text.slice(found[0].span.start, found[0].span.end);
      assert.match(underlined, /^We maintain processes /);
      assert.ok(!underlined.includes('\n'), 'one line only');
      assert.match(found[0].message, /risk management processes.*board oversight.*Consider splitting it/);
    });

    it('does not report one sentence that answers both parts', () => {
      const text = `# Item 1C. Cybersecurity\n\nOur Audit Committee oversees our cybersecurity risk management program, which includes penetration testing, vulnerability scanning and awareness training.\n`;
      assert.deepEqual(findings(analyze(text), 'xbrl-mixed-text-block'), []);
    });

    it('reports nothing on the complete fixture, whose parts are separate', () => {
      const report = analyze(fixture('../fixtures/complete.md'));
      assert.deepEqual(
        report.findings.filter((f) => f.rule.startsWith('xbrl-')).map((f) => f.message),
        [],
      );
    });
  });

  describe('sections that cannot be tagged', () => {
    it('without an Item 1C / 16K heading: all sixteen facts untagged', () => {
      const { plan } = planOf('# Notes\n\nNothing about cybersecurity here.\n');
      assert.equal(plan.taggable, false);
      assert.equal(plan.untagged.length, 16);
      assert.match(plan.untagged[0].reason, /No Item 1C/);
      assert.ok(plan.facts.filter((f) => f.kind === 'flag').every((f) => f.value === 'undetermined'));
      assert.ok(plan.facts.filter((f) => f.kind === 'textBlock').every((f) => f.value === null && f.text === null));
    });

    it('a cross-reference only: nothing to tag, and no XBRL findings', () => {
      const text = '# Item 1C. Cybersecurity\n\nSee "Risk Factors" in Item 1A of this annual report.\n';
      const { report, plan } = planOf(text);
      assert.equal(plan.taggable, false);
      assert.match(plan.untagged[0].reason, /only refers to another part/);
      assert.deepEqual(report.findings.filter((f) => f.rule.startsWith('xbrl-')), []);
    });
  });

  describe('last year', () => {
    it('reads the flags comment of an imported draft', () => {
      const text = `${HEAD}${PROCESSES}${GOVERNANCE}\n<!-- item1c-imported-flags\n${F.engaged}: true\n${F.material}: false\n-->\n`;
      const { fact } = planOf(text);
      assert.equal(fact(F.engaged).lastYear, true);
      assert.equal(fact(F.material).lastYear, false);
      assert.equal(fact(F.integrated).lastYear, undefined);
    });
  });

  describe('plain text of paragraphs', () => {
    it('drops Markdown markup, link targets, HTML tags and escapes', () => {
      assert.equal(plainInline('We *maintain* **documented** [processes](https://x.example/a_b) \\*really\\* `code` <b>x</b> &amp; a_b_c'), 'We maintain documented processes *really* code x & a_b_c');
      assert.equal(plainInline('line one\nline two'), 'line one line two');
    });

    it('keeps the text of the markup fixture readable in the plan', () => {
      const { fact } = planOf(fixture('markup.md'));
      const t = fact(TB.processes).text!;
      assert.match(t, /We maintain documented processes/);
      assert.match(t, /including vulnerability scanning, penetration testing & tabletop exercises \(see our policy\)/);
      assert.match(t, /Scores < 4 or > 7 trigger "escalation" \]\]>/);
    });
  });
});
