// The converter from an EDGAR XBRL viewer page (text or HTML) to a Markdown draft.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze, importedFlags, tagPlan } from '../../server/src/core';
import { escapeMarkdown, importEdgarRendering } from '../../server/src/import';
import { plainInline } from '../../server/src/core/xbrl/units';
import { fixture, SEED_FACTS, SEED_RENDERING, squash } from './helpers';

function ok(input: string, form?: 'auto' | '10-K' | '20-F') {
  const result = importEdgarRendering(input, form ? { form } : {});
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result;
}

/** Body paragraphs of a draft: lines that are neither headings, comments nor blank. */
function paragraphs(markdown: string): string[] {
  const withoutComments = markdown.replace(/<!--[\s\S]*?-->/g, '');
  return withoutComments.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  assert.ok(start >= 0, `no ## ${heading}`);
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next < 0 ? undefined : next).replace(/<!--[\s\S]*?-->/g, '');
}

describe('xbrl: import of an EDGAR XBRL viewer page', () => {
  const seedText = fs.readFileSync(SEED_RENDERING, 'utf8');
  const seedFacts = JSON.parse(fs.readFileSync(SEED_FACTS, 'utf8')) as Record<string, string | boolean>;

  describe('the seed 20-F rendering as text', () => {
    const result = ok(seedText);
    const md = result.markdown;

    it('is a Form 20-F draft, decided from the text ("annual report on Form 20-F")', () => {
      assert.equal(result.form, '20-F');
      assert.equal(result.formFrom, 'text');
      assert.equal(result.input, 'text');
      assert.equal(result.period, '12 Months Ended Dec. 31, 2024');
      assert.match(md, /^<!-- item1c import: .* -->\n\n# Item 16K\. Cybersecurity\n\n## Risk Management and Strategy\n/);
      assert.ok(md.indexOf('## Risk Management and Strategy') < md.indexOf('## Governance'));
    });

    it('gives each paragraph once, although the page repeats text across blocks', () => {
      const paras = paragraphs(md);
      assert.equal(paras.length, 6);
      assert.equal(new Set(paras).size, 6);
      // Every sentence of every seed text block is in the draft exactly once.
      const body = squash(paras.join(' '));
      for (const [name, value] of Object.entries(seedFacts)) {
        if (typeof value !== 'string') continue;
        for (const line of value.split('\n').filter((l) => l !== 'Risk Management and Strategy')) {
          const at = body.indexOf(squash(line));
          assert.ok(at >= 0, `${name}: ${line.slice(0, 60)}`);
        }
      }
      for (const sentence of ['We have also integrated cybersecurity risk management', 'Five members of our data management committee', 'Our cybersecurity management committee reports to']) {
        assert.equal(body.split(sentence).length - 1, 1, sentence);
      }
    });

    it('puts the paragraphs under the part of their elements', () => {
      const rms = section(md, 'Risk Management and Strategy');
      const gov = section(md, 'Governance');
      assert.match(rms, /We have implemented comprehensive cybersecurity risk assessment procedures/);
      assert.match(rms, /As of the date of this annual report, we have not experienced/);
      assert.match(gov, /^The nominating and corporate governance committee of our board of directors is responsible/m);
      assert.match(gov, /^In addition, on the management level/m);
      assert.match(gov, /^Our cybersecurity management committee reports to/m);
      assert.doesNotMatch(rms, /nominating/);
      // The filer's own "Risk Management and Strategy" line became our sub-heading, not a paragraph.
      assert.equal(md.split('Risk Management and Strategy').length - 1, 1);
    });

    it('keeps the six flags, as filed, in a comment block at the end', () => {
      assert.match(md, /\n<!-- item1c-imported-flags\n(\w+Flag: (true|false)\n){6}-->\n$/);
      const flags = importedFlags(md);
      assert.equal(flags.size, 6);
      for (const [name, value] of Object.entries(seedFacts)) if (typeof value === 'boolean') assert.equal(flags.get(name), value, name);
    });

    it('is a draft the checker reads as a 20-F Item 16K section', () => {
      const report = analyze(md);
      assert.equal(report.section.found, true);
      assert.equal(report.form, '20-F');
      assert.deepEqual(report.section.subsections.map((s) => s.part), ['rms', 'gov']);
      // The flags comment is the importer's own data, not a waiver the drafter got wrong.
      assert.deepEqual(report.findings.filter((f) => f.rule.startsWith('waiver-')).map((f) => f.message), []);
    });
  });

  it('reads the same page saved as HTML into the same draft (hidden pop-ups ignored)', () => {
    const html = ok(fixture('20f-item16k-cyd-rendering.html'));
    assert.equal(html.input, 'html');
    assert.equal(html.period, '12 Months Ended Dec. 31, 2024');
    assert.equal(html.markdown, ok(seedText).markdown);
    // The fixture hides a decoy "Third Party Engaged [Flag] false" row in a display:none pop-up.
    assert.ok(html.facts.some((f) => f.element === 'CybersecurityRiskManagementThirdPartyEngagedFlag' && f.value === true));
    assert.ok(!html.facts.some((f) => f.element === 'CybersecurityRiskManagementThirdPartyEngagedFlag' && f.value === false));
    assert.match(html.markdown, /overseeing the Company\u2019s cybersecurity/, 'character references decoded');
  });

  it('follows --form over the text', () => {
    const r = ok(seedText, '10-K');
    assert.equal(r.form, '10-K');
    assert.equal(r.formFrom, 'option');
    assert.match(r.markdown, /\n# Item 1C\. Cybersecurity\n/);
  });

  it('falls back to Form 10-K when the text does not say', () => {
    const text = '|Cybersecurity Risk Board of Directors Oversight [Text Block]\n|Our Board of Directors oversees cybersecurity risk.\n';
    const r = ok(text);
    assert.equal(r.form, '10-K');
    assert.equal(r.formFrom, 'default');
    assert.match(r.markdown, /# Item 1C\. Cybersecurity\n\n## Risk Management and Strategy\n\n## Governance\n\nOur Board of Directors oversees cybersecurity risk\.\n$/);
  });

  describe('a 10-K page with headings inside blocks and rows it does not know', () => {
    const r = ok(fixture('10k-rendering.txt'));
    const md = r.markdown;

    it('is a Form 10-K draft', () => {
      assert.equal(r.form, '10-K');
      assert.match(md, /\n# Item 1C\. Cybersecurity\n/);
      assert.equal(md.split('Item 1C').length - 1, 1, 'the filer\'s own Item heading line is not repeated');
    });

    it('keeps a heading of a block as a sub-sub-heading, and drops the part headings it replaces', () => {
      const gov = section(md, 'Governance');
      assert.match(gov, /### Board Oversight\n\nThe Audit Committee of the Board of Directors oversees/);
      assert.doesNotMatch(md, /^Cybersecurity Risk Management and Strategy$/m);
      assert.match(gov, /Our Chief Information Security Officer, who has 20 years/, 'the role of management is governance');
      assert.match(section(md, 'Risk Management and Strategy'), /We have not identified risks from cybersecurity threats/);
    });

    it('warns about what it skipped and keeps the flags it could read', () => {
      assert.ok(r.warnings.some((w) => /Cybersecurity Third Party Assessors \[Text Block\]/.test(w)), r.warnings.join('\n'));
      assert.ok(r.warnings.some((w) => /"maybe" is neither true nor false/.test(w)));
      assert.deepEqual([...importedFlags(md).keys()], [
        'CybersecurityRiskManagementProcessesIntegratedFlag',
        'CybersecurityRiskManagementThirdPartyEngagedFlag',
        'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag',
      ]);
    });
  });

  describe('bad input', () => {
    const cases: [string, string, RegExp][] = [
      ['empty', '', /empty/],
      ['blank', '  \n\n', /empty/],
      ['binary', 'PK\u0003\u0004\u0000\u0000binary', /binary/],
      ['not a rendering', fixture('not-a-rendering.txt'), /no cyd cybersecurity facts found in this text file: expected the EDGAR XBRL viewer page/],
      ['flags only', fixture('flags-only.txt'), /flags but no text blocks/],
      ['an unrelated HTML page', '<html><body><table><tr><td>Revenue</td><td>12</td></tr></table></body></html>', /no cyd cybersecurity facts found in this HTML file/],
    ];
    for (const [what, input, message] of cases) {
      it(`fails clearly for ${what}`, () => {
        const r = importEdgarRendering(input);
        assert.equal(r.ok, false);
        if (!r.ok) assert.match(r.error, message);
      });
    }
  });

  describe('paragraph arrangement', () => {
    it('does not repeat a sentence two blocks share, when neither block contains the other', () => {
      const text = [
        '|Cybersecurity Risk Board of Directors Oversight [Text Block]',
        '|Our Board of Directors oversees cybersecurity risk. The Audit Committee receives quarterly reports.',
        '|Cybersecurity Risk Process for Informing Board Committee or Subcommittee Responsible for Oversight [Text Block]',
        '|The Audit Committee receives quarterly reports. Our CISO also briefs the full Board once a year.',
      ].join('\n');
      const paras = paragraphs(ok(text).markdown);
      assert.deepEqual(paras, ['Our Board of Directors oversees cybersecurity risk. The Audit Committee receives quarterly reports.', 'Our CISO also briefs the full Board once a year.']);
    });

    it('keeps paragraphs of a block wrapped around the whole section in document order, each under its part', () => {
      const text = [
        '|Cybersecurity Risk Management Processes for Assessing, Identifying, and Managing Threats [Text Block]',
        '|',
        'We assess and manage cybersecurity risk with annual penetration tests and training.',
        'Our Board of Directors oversees cybersecurity risk through its Audit Committee.',
        'Our CISO leads the program.',
        '|Cybersecurity Risk Board of Directors Oversight [Text Block]',
        '|Our Board of Directors oversees cybersecurity risk through its Audit Committee.',
        '|Cybersecurity Risk Role of Management [Text Block]',
        '|Our CISO leads the program.',
      ].join('\n');
      const md = ok(text).markdown;
      assert.deepEqual(paragraphs(section(md, 'Risk Management and Strategy')), ['We assess and manage cybersecurity risk with annual penetration tests and training.']);
      assert.deepEqual(paragraphs(section(md, 'Governance')), ['Our Board of Directors oversees cybersecurity risk through its Audit Committee.', 'Our CISO leads the program.']);
    });
  });

  describe('Markdown escaping', () => {
    const awkward = ['1. The first item is not a list.', '# Not a heading', '- not a bullet', 'Costs *rose* by 5% for risk_score values <10 and `x` [see](here)', '---', 'A \\ backslash'];
    for (const p of awkward) {
      it(`keeps "${p}" as written`, () => {
        assert.equal(plainInline(escapeMarkdown(p)), p);
      });
    }

    it('gives the tagging plan the text as filed', () => {
      const filed = '1. Our Board of Directors *directly* oversees cybersecurity risk_management at <every> meeting.';
      const md = ok(`|Cybersecurity Risk Board of Directors Oversight [Text Block]\n|${filed}\n`).markdown;
      const report = analyze(md);
      const plan = tagPlan(md, report);
      assert.equal(plan.facts.find((f) => f.element === 'CybersecurityRiskBoardOfDirectorsOversightTextBlock')!.text, filed);
    });
  });
});
