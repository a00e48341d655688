// The comparison's own rules on small hand-written drafts: what counts as unchanged, edited, new or
// dropped, the verbatim share, and each carried-forward finding with the cases it leaves alone.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareTexts, type Comparison } from '../../server/src/core/compare';

const DIR = path.resolve(__dirname, '../fixtures-compare');
const LAST = fs.readFileSync(path.join(DIR, 'last-2023.md'), 'utf8');
const ROLLED = fs.readFileSync(path.join(DIR, 'this-2024-rolled.md'), 'utf8');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

function at(text: string, c: Comparison, i = 0): string {
  const d = c.diagnostics[i];
  return text.slice(d.span.start, d.span.end);
}

describe('compare: element changes and verbatim share', () => {
  it('a draft identical to last year is unchanged throughout and wholly verbatim', () => {
    const c = compareTexts(ROLLED, ROLLED);
    assert.deepEqual(c.elements.map((e) => e.change), Array(12).fill('unchanged'));
    assert.equal(c.verbatimShare, 1);
    assert.deepEqual(c.sentences, { total: 10, verbatim: 10 });
    // Nothing was rolled forward: last year's "fiscal 2024" is now a year behind.
    assert.deepEqual(c.diagnostics.map((d) => d.rule), ['carried-fiscal-year']);
  });

  it('rolled forward: the edited sentences make their elements edited; the share counts characters of kept sentences', () => {
    const c = compareTexts(LAST, ROLLED);
    const edited = c.elements.filter((e) => e.change === 'edited').map((e) => e.id);
    assert.ok(edited.includes('management-expertise'), edited.join(', '));
    assert.ok(!edited.includes('board-committee') && !edited.includes('material-effect'), edited.join(', '));
    assert.deepEqual(c.sentences, { total: 10, verbatim: 8 });
    const fresh = ['During fiscal 2024, we completed a review of our incident response plan with an outside consultant.', 'Our Chief Information Security Officer has more than 21 years of experience in information security and holds the CISSP certification.'];
    // The draft's ten sentences (each paragraph's sentences end with a full stop and one space).
    const sentences = ROLLED.split('\n').filter((l) => l && !l.startsWith('#')).flatMap((p) => p.split(/(?<=\.) /));
    assert.equal(sentences.length, 10);
    const chars = (list: string[]) => list.reduce((n, x) => n + x.length, 0);
    const expected = 1 - chars(fresh) / chars(sentences);
    assert.ok(Math.abs(c.verbatimShare - expected) < 1e-9, `${c.verbatimShare} vs ${expected}`);
    assert.deepEqual(c.diagnostics, []);
  });

  it('spacing, line breaks, emphasis and curly quotes do not make a sentence new', () => {
    const reflowed = LAST.replace('We engage third-party assessors and consultants to review our program annually.', 'We engage *third-party* assessors and\nconsultants to review   our program annually.').replace(/'/g, '\u2019');
    const c = compareTexts(LAST, reflowed);
    assert.equal(c.verbatimShare, 1);
    assert.deepEqual(c.elements.filter((e) => e.change !== 'unchanged').map((e) => e.id), []);
  });

  it('an element addressed only this year is new; one no longer addressed is dropped', () => {
    // Both sentences that speak of outside assessors go.
    const withoutAssessors = LAST.replace(' We engage third-party assessors and consultants to review our program annually.', '').replace('During fiscal 2023, we completed a review of our incident response plan with an outside consultant.\n\n', '');
    const added = compareTexts(withoutAssessors, LAST);
    assert.equal(added.elements.find((e) => e.id === 'third-party-assessors')?.change, 'new');
    assert.deepEqual(added.elements.find((e) => e.id === 'third-party-assessors')?.last.sentences, []);
    const dropped = compareTexts(LAST, withoutAssessors);
    const e = dropped.elements.find((x) => x.id === 'third-party-assessors');
    assert.equal(e?.change, 'dropped');
    assert.deepEqual(e?.last.sentences.map((s) => s.text), ['We engage third-party assessors and consultants to review our program annually.', 'During fiscal 2023, we completed a review of our incident response plan with an outside consultant.']);
    assert.equal(e?.this.status, 'missing');
  });
});

describe('compare: carried-incident-statement', () => {
  it('a "no material incident" statement kept word for word beside a newly described incident is a warning', () => {
    const text = read('this-2024-incident.md');
    const c = compareTexts(LAST, text);
    assert.deepEqual(c.diagnostics.map((d) => [d.rule, d.severity]), [['carried-incident-statement', 'warning']]);
    assert.match(at(text, c), /^We have not experienced any material cybersecurity incidents/);
    assert.match(c.diagnostics[0].message, /carried forward word for word from last year's filing \(line 9 there\)/);
    assert.match(c.diagnostics[0].message, /describes an incident on line 7 \("In March 2024, we detected unauthorized access/);
  });

  it('is an error when the new text calls the incident material', () => {
    const c = compareTexts(LAST, read('this-2024-material-incident.md'));
    assert.deepEqual(c.diagnostics.map((d) => [d.rule, d.severity]), [['carried-incident-statement', 'error']]);
    assert.match(c.diagnostics[0].message, /describes a material incident/);
  });

  it('is not flagged when the incident was already described last year, the statement was reworded, or the incident is hypothetical', () => {
    const incident = read('this-2024-incident.md');
    assert.deepEqual(compareTexts(incident, incident, { fiscalYear: 2024 }).diagnostics, []);
    const reworded = incident.replace('We have not experienced any material cybersecurity incidents, and', 'Apart from the March 2024 incident described above, which was not material, we have not experienced any material cybersecurity incidents, and');
    assert.deepEqual(compareTexts(LAST, reworded).diagnostics, []);
    const hypothetical = ROLLED.replace('with an outside consultant.', 'with an outside consultant. If we detected unauthorized access to our systems, we could incur significant costs.');
    assert.deepEqual(compareTexts(LAST, hypothetical).diagnostics, []);
  });
});

describe('compare: carried-fiscal-year', () => {
  it("last year's fiscal year kept word for word is flagged; the draft's year comes after last year's", () => {
    const stale = ROLLED.replace('During fiscal 2024', 'During fiscal 2023');
    const c = compareTexts(LAST, stale);
    assert.deepEqual(c.diagnostics.map((d) => d.rule), ['carried-fiscal-year']);
    assert.equal(at(stale, c), 'During fiscal 2023');
    assert.match(c.diagnostics[0].message, /word for word\), which covered fiscal 2023; this draft is for fiscal 2024/);
    assert.deepEqual(c.fiscalYears, { last: 2023, this: 2024 });
  });

  it('a sentence edited since, with the date left as it was, is flagged too', () => {
    const stale = ROLLED.replace('During fiscal 2024, we completed a review of our incident response plan with an outside consultant.', 'During fiscal 2023, we completed a full review of our incident response plan with two outside consultants.');
    const c = compareTexts(LAST, stale);
    assert.deepEqual(c.diagnostics.map((d) => d.rule), ['carried-fiscal-year']);
    assert.match(c.diagnostics[0].message, /in a sentence edited since/);
  });

  it('a new sentence about last year, a sentence naming both years, or history is left alone', () => {
    const compared = ROLLED.replace('with an outside consultant.', 'with an outside consultant. Unlike fiscal 2023, no tabletop exercise was postponed.');
    assert.deepEqual(compareTexts(LAST, compared).diagnostics, []);
    const both = LAST.replace('During fiscal 2023, we completed', 'During fiscal 2023 and fiscal 2024, we completed');
    assert.deepEqual(compareTexts(LAST.replace('fiscal 2023', 'fiscal 2023 and fiscal 2024'), both.replace('During fiscal 2023, ', 'In fiscal 2024, ')).diagnostics.filter((d) => d.rule === 'carried-fiscal-year'), []);
    const history = LAST.replace('During fiscal 2023, we completed a review', 'Our CISO joined us during fiscal 2023 and completed a review');
    assert.deepEqual(compareTexts(history, history, { fiscalYear: 2024 }).diagnostics, []);
  });

  it("the configuration's fiscal year wins over the inference", () => {
    const c = compareTexts(LAST, LAST, { fiscalYear: 2023 });
    assert.deepEqual(c.diagnostics, []);
    assert.equal(c.fiscalYears.this, 2023);
  });
});

describe('compare: carried-old-name', () => {
  it("last year's title and committee name surviving beside their renamed mentions are flagged", () => {
    const text = read('this-2024-renamed.md');
    const c = compareTexts(LAST, text);
    assert.deepEqual(c.diagnostics.map((d) => [d.rule, text.slice(d.span.start, d.span.end)]), [
      ['carried-old-name', 'Chief Information Security Officer'],
      ['carried-old-name', 'Audit Committee'],
      ['carried-old-name', 'Chief Information Security Officer'],
    ]);
    assert.match(c.diagnostics[1].message, /^"Audit Committee" is last year's committee name: line 13 now says "Audit and Risk Committee" where last year's filing said "Audit Committee"/);
    assert.match(c.diagnostics[0].message, /line 15 now says "Chief Security Officer"/);
  });

  it('a name changed everywhere, or a change to a name last year already used, is not flagged', () => {
    const everywhere = ROLLED.replace(/Audit Committee/g, 'Audit and Risk Committee').replace(/Chief Information Security Officer/g, 'Chief Security Officer');
    assert.deepEqual(compareTexts(LAST, everywhere).diagnostics, []);
    // Last year already named the Chief Technology Officer: this is another officer, not a rename.
    const withCto = LAST.replace('through the security operations center.', 'through the security operations center. Our Chief Technology Officer oversees our infrastructure.');
    const moved = withCto.replace('Our Chief Information Security Officer has more than 20 years', 'Our Chief Technology Officer has more than 20 years');
    assert.deepEqual(compareTexts(withCto, moved, { fiscalYear: 2023 }).diagnostics, []);
  });
});
