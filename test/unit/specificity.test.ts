// The specificity score (server/src/core/specificity) on real filed paragraphs (test/labels/specificity,
// tuning paragraphs only): what each signal family counts and leaves alone, the grade, and that adding
// text never lowers a grade.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { READ_CHARS, analyze, scoreText, sectionScore, sectionSpecificity, specificityOf, specificityScore, gradeFor, type SignalFamily } from '../../server/src/core';
import { readKeptAside, readParagraphs } from '../eval/specificityLabels';
import { corpusFiles, readCorpusFile } from '../eval/corpus';

const kept = new Set(readKeptAside().ids);
const paragraphs = readParagraphs().filter((p) => !kept.has(p.id));
const text = (id: string) => paragraphs.find((p) => p.id === id)!.text;
const counted = (t: string, family: SignalFamily) => scoreText(t).tally.find((x) => x.family === family)?.items ?? [];

describe('specificity signals on filed paragraphs', () => {
  it('titles: a title and its acronym count once; two titles joined by "and" are two', () => {
    assert.deepEqual(counted('Our Chief Information Security Officer ("CISO") reports to the CEO. The CISO meets the team.', 'title'), ['Chief Information Security Officer', 'CEO']);
    assert.equal(counted(text('p062'), 'title').length, 2, counted(text('p062'), 'title').join('; '));
    assert.deepEqual(counted(text('p027'), 'title'), []);
  });

  it('titles by shape: an office word with "of" or a comma and a capitalised field', () => {
    assert.deepEqual(counted('Our Director of Security Operations and our Head of Cyber Defense lead the team.', 'title'), ['Director of Security Operations', 'Head of Cyber Defense']);
    assert.deepEqual(counted('The Director, Information Security reports to the CIO.', 'title'), ['Director, Information Security', 'CIO']);
    assert.deepEqual(counted('A director of the Company and the Board of Directors, Audit Committee and management meet.', 'title'), []);
  });

  it('committees and named bodies, not the board itself', () => {
    assert.deepEqual(counted(text('p001'), 'body'), ['technology committee', 'audit committee']);
    assert.deepEqual(counted(text('p016'), 'body'), ['Cybersecurity Management Board', 'Risk and Cybersecurity Committee']);
    assert.deepEqual(counted('Our Board of Directors oversees our cybersecurity risk and our team reports to it regularly.', 'body'), []);
  });

  it('frequencies: semi-annual, quarterly and three times per year; not the Annual Report or "regularly"', () => {
    assert.deepEqual(counted(text('p001'), 'frequency'), ['semi-annual']);
    assert.deepEqual(counted(text('p020'), 'frequency'), ['quarterly', 'three times per year']);
    assert.deepEqual(counted(text('p006'), 'frequency'), [], 'p006 names the Annual Report on Form 10-K');
    assert.deepEqual(counted('Management regularly and periodically updates the Board on these risks.', 'frequency'), []);
  });

  it('frameworks and held certifications: NIST SP 800-61 and NIST are two; ISO 27001 and SOC 2 Type 2 held', () => {
    assert.deepEqual(counted(text('p025'), 'framework').length, 2);
    assert.ok(counted(text('p051'), 'held-certification').length > 0);
    assert.deepEqual(counted(text('p009'), 'held-certification'), [], 'aligning with NIST CSF holds no certificate');
  });

  it('years of experience only in a sentence about experience', () => {
    assert.deepEqual(counted(text('p019'), 'experience'), ['over 17 years']);
    assert.deepEqual(counted(text('p023'), 'experience'), [], 'a regulatory maturity band of "two years" is not experience');
    assert.deepEqual(counted(text('p032'), 'experience'), [], '"every two years" is a frequency');
  });

  it('dates, but not the reporting date; named people', () => {
    assert.deepEqual(counted(text('p052'), 'date'), ['2013', '2022']);
    assert.deepEqual(counted(text('p030'), 'date'), [], '"As of December 31, 2024" is the report date');
    assert.deepEqual(counted(text('p052'), 'person'), ['Guy Rosen']);
  });

  it("organizations, but not the filer's own name", () => {
    assert.deepEqual(counted(text('p022'), 'organization'), [], 'At Rapid7, ...');
    assert.deepEqual(counted(text('p031'), 'organization'), [], 'Okta remains committed ...');
    assert.deepEqual(counted('We share threat information with the FBI and CISA.', 'organization'), ['FBI']);
  });

  it('organizations by shape: a brand with an inner capital or a digit, a capitalised name inside a sentence', () => {
    assert.deepEqual(counted('Our endpoints are protected with tools from ZephyrGuard and Vantix9.', 'organization'), ['ZephyrGuard', 'Vantix9']);
    assert.deepEqual(counted('Before joining us, she led the security function at Acme Biologics.', 'organization'), ['Acme Biologics']);
    assert.deepEqual(counted('We engage Halvorsen to test our defenses each year.', 'organization'), ['Halvorsen']);
  });

  it('organizations by shape: not a sentence start, a title, a committee, a defined term, an acronym, a heading or a caption', () => {
    assert.deepEqual(counted('Halvorsen tests our defenses each year.', 'organization'), [], 'first word of the sentence');
    assert.deepEqual(counted('Reports go to our Chief Information Security Officer and the Audit Committee.', 'organization'), []);
    assert.deepEqual(counted('Controls protect our Information Systems and follow the NIST CSF and SOC 2 criteria.', 'organization'), []);
    assert.deepEqual(counted('Incident Response and Recovery Planning: We keep plans.', 'organization'), [], 'inline heading');
    assert.deepEqual(counted('See “Risk Factors – Information Security and Operational Resilience” in Part I.', 'organization'), [], 'caption');
    assert.deepEqual(counted('Risks are managed at Target’s stores and in Target’s systems.', 'organization'), [], 'possessive: the filer');
    assert.deepEqual(counted('The Traditional Business and Journal Technologies have each implemented a plan.', 'organization'), [], 'subject: the filer');
    assert.deepEqual(counted('We rely on Halvorsen.', 'organization'), [], 'a lone word outside a vendor context is not taken for a name');
  });

  it('incidents: a described incident, not a denial nor the general admission', () => {
    assert.deepEqual(counted('In March 2023 we detected a ransomware attack on one of our plants.', 'incident').length, 1);
    assert.deepEqual(counted(text('p034'), 'incident'), [], 'p034 admits incidents in general');
    assert.deepEqual(counted('We have not experienced a material cybersecurity incident.', 'incident'), []);
  });

  it('practices: testers, vendor due diligence and audit rights, certification audits and impact assessments', () => {
    assert.deepEqual(counted(text('p101'), 'practice'), ['penetration testers', 'threat assessments']);
    assert.deepEqual(counted(text('p126'), 'practice'), ['due diligence on our service providers', 'audit rights', 'third-party risk management']);
    assert.deepEqual(counted(text('p128'), 'practice'), ['certification audits', 'penetration tests', 'bug bounty']);
    assert.deepEqual(counted(text('p166'), 'practice'), ['security and privacy impact assessments']);
    // "Internal audit" in a list of departments is a function, not a practice; audits in the plural are.
    assert.deepEqual(counted(text('p158'), 'practice'), []);
    assert.deepEqual(counted(text('p138'), 'practice'), ['internal audits']);
    // An incident response plan is not counted: nearly every filer has one.
    assert.deepEqual(counted(text('p153'), 'practice'), []);
  });

  it('people: a name ending in a word of company names is a business, not a person', () => {
    assert.deepEqual(counted(text('p121'), 'person'), []);
    assert.deepEqual(counted('Acme Therapeutics has a dedicated security team.', 'person'), []);
    assert.deepEqual(counted('Our CISO, Maria Lopez, has led the team since 2020.', 'person'), ['Maria Lopez']);
  });

  it('signal spans are offsets into the paragraph', () => {
    const t = text('p020');
    for (const s of scoreText(t).signals) assert.equal(t.slice(s.span.start, s.span.end), s.text);
  });
});

describe('specificity grade', () => {
  it('a generic paragraph scores 1', () => {
    for (const id of ['p006', 'p027', 'p037', 'p038']) assert.equal(scoreText(text(id)).grade, 1, id);
  });

  it('a paragraph that names one or two things scores 2', () => {
    for (const id of ['p002', 'p017', 'p044', 'p069']) assert.equal(scoreText(text(id)).grade, 2, id);
  });

  it('titles with a reporting line and years of experience, or a frequency and committees, score 3', () => {
    for (const id of ['p001', 'p019', 'p062', 'p063']) assert.equal(scoreText(text(id)).grade, 3, id);
  });

  it('a named CISO with dates, and held certifications, score 4', () => {
    for (const id of ['p046', 'p051', 'p052', 'p055']) assert.equal(scoreText(text(id)).grade, 4, id);
  });

  it('a 4 needs checkable detail: many tier-2 and tier-3 signals stop at 3', () => {
    const t = text('p047');
    const scored = scoreText(t);
    assert.ok(scored.points >= 6, `p047 has ${scored.points} points`);
    assert.equal(scored.grade, 3);
    assert.equal(gradeFor(20, 0), 3);
    assert.equal(gradeFor(6, 2), 4);
  });

  it('monotonic: the grade of the generic paragraph rises as concrete details are added', () => {
    const steps = [
      text('p027'),
      'Our CISO leads the program.',
      'The CISO reports quarterly to the Audit Committee.',
      'Our CISO, Jane Doe, has over 20 years of experience and holds the CISSP.',
    ];
    const grades = steps.map((_, i) => scoreText(steps.slice(0, i + 1).join(' ')).grade);
    assert.deepEqual(grades, [1, 2, 3, 4]);
  });

  it('monotonic: appending one filed paragraph to another never lowers the grade (property)', () => {
    const texts = paragraphs.map((p) => p.text);
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom(...texts), (a, b) => scoreText(`${a} ${b}`).grade >= scoreText(a).grade),
      { numRuns: 200 },
    );
  });

  it(`signals are read in the first ${READ_CHARS} characters of a paragraph; its words are all counted`, () => {
    const filler = 'Management oversees our processes to manage risks. '.repeat(Math.ceil(READ_CHARS / 50));
    const early = scoreText(`Our CISO reports to the Audit Committee. ${filler}`);
    const late = scoreText(`${filler}Our CISO reports to the Audit Committee.`);
    assert.deepEqual(early.tally.map((t) => t.family), ['title', 'body']);
    assert.deepEqual(late.tally, []);
    assert.equal(late.words, early.words);
  });

  it('repeating a paragraph does not raise its grade: things are counted once', () => {
    for (const id of ['p017', 'p045', 'p070']) assert.equal(scoreText(`${text(id)} ${text(id)}`).grade, scoreText(text(id)).grade, id);
  });
});

describe('specificity of a section', () => {
  const file = corpusFiles().find((f) => f.startsWith('upwk-2024'))!;
  const draft = readCorpusFile(file);
  const report = analyze(draft);

  it('grades every block of eight words or more, headings excepted, with spans into the document', () => {
    const s = specificityOf(report)!;
    assert.ok(s.paragraphs.length >= 3, `${file}: ${s.paragraphs.length} paragraphs`);
    const headings = report.sentences.filter((x) => x.heading).map((x) => x.span.start);
    for (const p of s.paragraphs) {
      assert.ok(p.words >= 8);
      assert.ok(!headings.includes(p.span.start));
      assert.ok(p.span.start >= report.section.bodySpan.start && p.span.end <= report.section.bodySpan.end);
      for (const sig of p.signals) assert.equal(draft.slice(sig.span.start, sig.span.end), sig.text);
    }
  });

  it('the section number is the mean grade weighted by words, to one decimal', () => {
    const s = specificityOf(report)!;
    const words = s.paragraphs.reduce((n, p) => n + p.words, 0);
    const mean = s.paragraphs.reduce((n, p) => n + p.grade * p.words, 0) / words;
    assert.equal(s.score, Math.round(mean * 10) / 10);
    assert.equal(specificityScore(report), s.score);
    assert.equal(sectionScore([{ grade: 1, words: 30 }, { grade: 4, words: 10 }]), 1.8);
    assert.equal(sectionScore([]), null);
  });

  it('no section, no number; a heading-only section has no graded paragraph', () => {
    assert.equal(specificityScore(analyze('# Notes\n\nNothing about cybersecurity here.\n')), null);
    assert.deepEqual(sectionSpecificity([]), { score: null, paragraphs: [] });
  });
});
