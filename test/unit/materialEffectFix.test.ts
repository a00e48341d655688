import * as assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions, type Fix } from '../../server/src/core';
import { completions } from '../../server/src/core/elements/materialEffectFix';

const DRAFT = (statement: string) =>
  '# Item 1C. Cybersecurity\n\n## Risk Management and Strategy\n\n' +
  'We assess, identify and manage material risks from cybersecurity threats through annual risk assessments, penetration tests and an incident response plan. ' +
  `${statement}\n`;

function fixOf(text: string, options: AnalyzeOptions = {}): Fix | undefined {
  const finding = analyze(text, options).findings.find((f) => f.rule === 'element-partial' && f.element === 'material-effect');
  return finding?.fixes.find((x) => x.title.startsWith('Complete the materiality statement'));
}

function apply(text: string, fix: Fix): string {
  let out = text;
  for (const r of [...(fix.replacements ?? [])].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, r.span.start) + r.plain + out.slice(r.span.end);
  return out;
}

/** What the drafter does next: takes the first answer of each choice and confirms each bracketed phrase. */
function choose(text: string): string {
  return text.replace(/\[([^\]/]+)\/[^\]]+\]/g, '$1').replace(/\[(or (are|is) reasonably likely[^\]]*)\]/g, '$1');
}

/** Every word of `before`, in order, is still in `after`. */
function keepsWords(before: string, after: string): boolean {
  const words = (s: string) => s.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()).filter(Boolean);
  const kept = words(after);
  let at = 0;
  for (const w of words(before)) {
    while (at < kept.length && kept[at] !== w) at++;
    if (at === kept.length) return false;
    at++;
  }
  return true;
}

describe('material-effect quick fix', () => {
  const cases: Array<[string, string, AnalyzeOptions?]> = [
    ['past prong only (active)', 'To date, risks from cybersecurity threats have not materially affected our business strategy, results of operations or financial condition.'],
    ['past prong only (passive)', 'We have not been materially affected by risks from cybersecurity threats, including as a result of any previous cybersecurity incidents, including our business strategy, results of operations or financial condition.'],
    ['past prong only ("had a material effect")', 'Risks from cybersecurity threats, including previous cybersecurity incidents, have not had a material effect on our business strategy, results of operations or financial condition.'],
    ['incidents named, but none material', 'Risks from cybersecurity threats have led to cybersecurity incidents, none of which have materially affected our results of operations or financial condition.'],
    ['one dimension and the forward prong', 'Cybersecurity risks, including as a result of prior incidents, have not materially affected our results of operations or financial condition.'],
    ['year-bounded, literal reading', 'In 2024, we did not identify any cybersecurity threats that have materially affected or are reasonably likely to materially affect our business strategy, results of operations or financial condition.', { strictness: 'literal' }],
  ];
  for (const [name, statement, options] of cases) {
    it(`completes the statement without dropping a drafted word: ${name}`, () => {
      const text = DRAFT(statement);
      const fix = fixOf(text, options);
      assert.ok(fix, 'no fix offered');
      assert.equal(fix.replacements?.length, 1);
      const r = fix.replacements![0];
      assert.equal(text.slice(r.span.start, r.span.end), statement, 'the fix replaces the statement itself');
      const offered = apply(text, fix);
      assert.ok(keepsWords(text, offered), `a drafted word was lost: ${offered}`);
      // A forward-looking conclusion is never written for the drafter: it is a choice (or a phrase to
      // confirm), reported as residue until made, and a snippet choice where tab stops work.
      if (/reasonably likely/.test(offered) && !/reasonably likely/.test(statement)) {
        assert.match(offered, /\[(are|is) not\/(are|is)\]|\[or (are|is) reasonably likely[^\]]*\]/, offered);
        assert.ok(analyze(offered, options).findings.some((f) => /^residue-/.test(f.rule)), 'the open choice is reported');
        assert.match(fix.replacements![0].snippet, /\$\{1(\|(are|is) not,(are|is)\||:or (are|is) reasonably likely)/);
      }
      const fixed = choose(offered);
      assert.ok(keepsWords(text, fixed), `a drafted word was lost: ${fixed}`);
      assert.ok(fix.title.startsWith('Complete the materiality statement: "'), fix.title);
      const after = analyze(fixed, options).elements.find((e) => e.id === 'material-effect')!;
      assert.equal(after.status, 'present', `${after.reason}\n${fixed}`);
      assert.equal(after.advice, undefined, JSON.stringify(after.advice));
    });
  }

  it('shows the fixed sentence in the title, shortened around the added words when long', () => {
    const fix = fixOf(DRAFT('To date, risks from cybersecurity threats have not materially affected our business strategy, results of operations or financial condition.'))!;
    assert.match(fix.title, /have not materially affected, and \[are not\/are\] reasonably likely to materially affect, our business strategy/);
    assert.ok(fix.title.length < 280, fix.title);
  });

  it('offers nothing where the gap is not formulaic', () => {
    // Incidents only: the risks from threats are for the drafter to state.
    assert.equal(fixOf(DRAFT('We have not experienced any material cybersecurity incidents.')), undefined);
    // Affirmative: whether the effect continues is the drafter's call.
    assert.deepEqual(completions('Risks from cybersecurity threats, including a previous cybersecurity incident, have materially affected our business strategy, results of operations and financial condition.'), []);
    // A pointer restating the rule is no statement to complete.
    assert.equal(
      fixOf(DRAFT('For a discussion of whether risks from cybersecurity threats have materially affected us, see Item 1A, "Risk Factors."')),
      undefined,
    );
  });
});
