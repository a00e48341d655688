// The Inline XBRL fragment, read back with a real XML parser: every element and attribute is checked,
// text blocks reassembled from their nonNumeric + continuation chains, flags read from their formats.
import * as assert from 'node:assert/strict';
import { analyze, CYD_ANNUAL, renderInlineXbrl, tagPlan, type Report, type TagPlan } from '../../server/src/core';
import { nestPieces } from '../../server/src/core/xbrl/ixbrl';
import { buildUnits } from '../../server/src/core/xbrl/units';
import { unitText } from '../../server/src/core/xbrl/plan';
import { elements, fixture, parseXml, seedDraft, squash, textOf, type XmlElement } from './helpers';

const NS = {
  xmlns: 'http://www.w3.org/1999/xhtml',
  'xmlns:ix': 'http://www.xbrl.org/2013/inlineXBRL',
  'xmlns:cyd': 'http://xbrl.sec.gov/cyd/2024',
  'xmlns:ixt': 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
};
const XHTML = new Set(['div', 'p', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const NAMES = new Set(CYD_ANNUAL.map((e) => `cyd:${e.name}`));

interface Checked {
  root: XmlElement;
  /** Text of each text block fact, reassembled along its continuation chain. */
  blocks: Map<string, string>;
  /** Value and text of each flag fact. */
  flags: Map<string, { value: boolean; text: string }>;
}

/** Checks every element and attribute of a fragment; returns the facts it carries. */
function check(xml: string, plan: TagPlan, contextRef = 'c-1'): Checked {
  const root = parseXml(xml);
  assert.equal(root.name, 'div');
  for (const [k, v] of Object.entries(NS)) assert.equal(root.attrs[k], v, k);
  const all = elements(root);
  const ids = new Map<string, XmlElement>();
  for (const el of all) {
    if (el.attrs.id !== undefined) {
      assert.ok(!ids.has(el.attrs.id), `duplicate id ${el.attrs.id}`);
      assert.match(el.attrs.id, /^[A-Za-z_][\w.-]*$/);
      ids.set(el.attrs.id, el);
    }
  }
  const continuationTargets = new Set<string>();
  const blocks = new Map<string, string>();
  const flags = new Map<string, { value: boolean; text: string }>();
  for (const el of all) {
    if (el === root) continue;
    if (XHTML.has(el.name)) {
      assert.deepEqual(Object.keys(el.attrs), [], `${el.name} carries no attributes`);
      continue;
    }
    if (el.name === 'ix:continuation') {
      assert.deepEqual(Object.keys(el.attrs).sort(), el.attrs.continuedAt ? ['continuedAt', 'id'] : ['id']);
      continue;
    }
    assert.equal(el.name, 'ix:nonNumeric', `unexpected element ${el.name}`);
    assert.ok(NAMES.has(el.attrs.name), `unknown element name ${el.attrs.name}`);
    assert.equal(el.attrs.contextRef, contextRef);
    const element = el.attrs.name.slice(4);
    if (element.endsWith('TextBlock')) {
      assert.equal(el.attrs.escape, 'true');
      assert.deepEqual(Object.keys(el.attrs).sort(), ['contextRef', 'escape', 'id', 'name', ...(el.attrs.continuedAt ? ['continuedAt'] : [])].sort());
      // Follow the chain.
      let text = textOf(el);
      const seen = new Set<string>();
      let next = el.attrs.continuedAt;
      while (next) {
        assert.ok(!seen.has(next), 'continuation chain has a cycle');
        seen.add(next);
        const c = ids.get(next);
        assert.ok(c, `continuedAt ${next} points nowhere`);
        assert.equal(c.name, 'ix:continuation');
        assert.ok(!continuationTargets.has(next), `${next} continued twice`);
        continuationTargets.add(next);
        // A continuation is never inside the element it continues.
        for (let p = c.parent; p; p = p.parent) assert.notEqual(p, el);
        text += '\n' + textOf(c);
        next = c.attrs.continuedAt;
      }
      assert.ok(!blocks.has(element), `${element} tagged twice`);
      blocks.set(element, text);
    } else {
      assert.ok(el.attrs.format === 'ixt:fixed-true' || el.attrs.format === 'ixt:fixed-false', el.attrs.format);
      assert.deepEqual(Object.keys(el.attrs).sort(), ['contextRef', 'format', 'id', 'name']);
      assert.ok(!flags.has(element), `${element} tagged twice`);
      // Flags sit in a paragraph, around one sentence.
      assert.ok(ancestors(el).some((a) => a.name === 'p'));
      flags.set(element, { value: el.attrs.format === 'ixt:fixed-true', text: textOf(el) });
    }
  }
  const continuations = all.filter((e) => e.name === 'ix:continuation').map((e) => e.attrs.id);
  assert.deepEqual(continuations.sort(), [...continuationTargets].sort(), 'every continuation belongs to exactly one chain');

  // Agreement with the plan.
  for (const fact of plan.facts) {
    if (fact.kind === 'textBlock') {
      assert.equal(blocks.has(fact.element), fact.tagged, fact.element);
    } else {
      assert.equal(flags.has(fact.element), fact.tagged, fact.element);
      if (fact.tagged) {
        assert.equal(flags.get(fact.element)!.value, fact.value, fact.element);
        assert.equal(squash(flags.get(fact.element)!.text), squash(fact.text!), fact.element);
      }
    }
  }
  return { root, blocks, flags };
}

function ancestors(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let p = el.parent; p; p = p.parent) out.push(p);
  return out;
}

function render(text: string, contextRef?: string): { report: Report; plan: TagPlan; xml: string } {
  const report = analyze(text);
  const plan = tagPlan(text, report);
  return { report, plan, xml: renderInlineXbrl(text, report, contextRef ? { contextRef } : {}) };
}

/** Each paragraph of each tagged text block appears, whole, in the block's reassembled text. */
function assertBlocksCarryTheirParagraphs(text: string, report: Report, plan: TagPlan, blocks: Map<string, string>): void {
  const units = buildUnits(report.sentences);
  for (const fact of plan.facts) {
    if (fact.kind !== 'textBlock' || !fact.tagged) continue;
    const got = squash(blocks.get(fact.element)!);
    for (const u of fact.units) assert.ok(got.includes(squash(unitText(text, units[u]))), `${fact.element} lacks: ${unitText(text, units[u]).slice(0, 80)}`);
    // and nothing else: the block's text is exactly its paragraphs
    assert.equal(got.length, squash(fact.units.map((u) => unitText(text, units[u])).join(' ')).length, fact.element);
  }
}

describe('xbrl: Inline XBRL fragment', () => {
  it('is well-formed, declares the namespaces, and tags the seed as planned', () => {
    const text = seedDraft();
    const { report, plan, xml } = render(text);
    const { blocks, flags } = check(xml, plan);
    assert.equal(blocks.size, 10);
    assert.equal(flags.size, 6);
    assertBlocksCarryTheirParagraphs(text, report, plan, blocks);
    assert.equal(flags.get('CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag')!.value, false);
  });

  it('nests a block inside another when it can, and chains continuations when it cannot', () => {
    const { plan, xml } = render(seedDraft());
    const root = parseXml(xml);
    const byName = (n: string) => elements(root).find((e) => e.attrs.name === `cyd:${n}`)!;
    const integrated = byName('CybersecurityRiskManagementProcessesIntegratedTextBlock');
    assert.ok(ancestors(integrated).includes(byName('CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock')), 'Integrated nests in processes');
    const board = byName('CybersecurityRiskBoardOfDirectorsOversightTextBlock');
    assert.ok(board.attrs.continuedAt, 'board oversight covers two separate paragraphs: one continuation');
    assert.ok(plan.facts.find((f) => f.element === 'CybersecurityRiskBoardOfDirectorsOversightTextBlock')!.spans.length === 2);
  });

  it('uses the contextRef given, and refuses one that is not an XML name', () => {
    const text = seedDraft();
    const { plan, xml } = render(text, 'FY2025');
    check(xml, plan, 'FY2025');
    const report = analyze(text);
    assert.throws(() => renderInlineXbrl(text, report, { contextRef: 'a b"' }), /NCName/);
  });

  it('escapes every character that XML would misread, and drops those it does not allow', () => {
    const nasty = fixture('markup.md').replace('trigger', 'trigger \u0001\u000B\uFFFF -- <!-- &amp; &copy;');
    const { report, plan, xml } = render(nasty);
    const { blocks } = check(xml, plan);
    assertBlocksCarryTheirParagraphs(nasty.replace(/[\u0001\u000B\uFFFF]/g, ''), analyze(nasty.replace(/[\u0001\u000B\uFFFF]/g, '')), plan, blocks);
    const processes = blocks.get('CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock')!;
    assert.match(squash(processes), /Scores < 4 or > 7 trigger -- <!-- & © "escalation" \]\]>/);
    assert.ok(report.sentences.length > 0);
  });

  it('carries the section heading and sub-headings as XHTML headings', () => {
    const root = parseXml(render(seedDraft()).xml);
    const headings = elements(root).filter((e) => /^h\d$/.test(e.name)).map((e) => `${e.name}:${textOf(e)}`);
    assert.deepEqual(headings, ['h1:Item 16K. Cybersecurity', 'h2:Risk Management and Strategy', 'h2:Governance']);
  });

  it('renders setext and bold sub-headings as headings, without their markers', () => {
    const text = '# Item 1C. Cybersecurity\n\nRisk Management and Strategy\n----------------------------\n\nWe maintain processes for assessing, identifying and managing material risks from cybersecurity threats, including penetration testing and awareness training.\n\n**Governance**\n\nOur Board of Directors oversees cybersecurity risk through its Audit Committee.\n';
    const { plan, xml } = render(text);
    const root = check(xml, plan).root;
    const headings = elements(root).filter((e) => /^h\d$/.test(e.name) || e.name === 'strong').map((e) => `${e.name}:${textOf(e)}`);
    assert.deepEqual(headings, ['h1:Item 1C. Cybersecurity', 'h2:Risk Management and Strategy', 'strong:Governance']);
  });

  it('lists what is not tagged in a comment, and stays well-formed when nothing can be tagged', () => {
    const partial = render('# Item 1C. Cybersecurity\n\nOur Board of Directors oversees cybersecurity risk.\n');
    check(partial.xml, partial.plan);
    assert.match(partial.xml, /<!-- Not tagged:\n[^]*\nCybersecurityRiskManagementThirdPartyEngagedFlag: The text never says whether/);
    const none = render('# Something else\n\nNo section here -- at all.\n');
    const root = check(none.xml, none.plan).root;
    assert.deepEqual(elements(root).map((e) => e.name), ['div']);
  });

  describe('nesting pieces', () => {
    // A small deterministic generator: the same cases on every run.
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };

    it('always yields properly nested pieces that cover each block exactly', () => {
      for (let trial = 0; trial < 500; trial++) {
        const intervals: { fact: number; start: number; end: number }[] = [];
        const facts = 1 + rand(8);
        for (let f = 0; f < facts; f++) {
          // One or two runs per fact, as plans produce.
          let at = rand(6);
          for (let r = 0; r < 1 + rand(2); r++) {
            const start = at + rand(4);
            const end = start + rand(5);
            intervals.push({ fact: f, start, end });
            at = end + 2;
          }
        }
        const pieces = nestPieces(intervals);
        for (const a of pieces) {
          for (const b of pieces) {
            if (a === b) continue;
            const disjoint = a.end < b.start || b.end < a.start;
            const nested = (a.start >= b.start && a.end <= b.end) || (b.start >= a.start && b.end <= a.end);
            assert.ok(disjoint || nested, `crossing pieces ${JSON.stringify(a)} ${JSON.stringify(b)} from ${JSON.stringify(intervals)}`);
            if (a.fact === b.fact) assert.ok(disjoint, 'pieces of one block never overlap');
          }
        }
        for (let f = 0; f < facts; f++) {
          const want = new Set(intervals.filter((i) => i.fact === f).flatMap((i) => range(i.start, i.end)));
          const got = pieces.filter((p) => p.fact === f).flatMap((p) => range(p.start, p.end));
          assert.equal(got.length, new Set(got).size);
          assert.deepEqual(new Set(got), want);
        }
      }
    });
  });
});

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
