// The trigram filter may only ever rule out a pattern that cannot match. These tests read the required
// literals of patterns with every piece of syntax the reader follows or refuses, and then hold every
// pattern the checks actually gate against every sentence of the filed corpus, raw and normalised.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, specificityScore } from '../../server/src/core';
import { requiredLiterals } from '../../server/src/core/text/requiredLiterals';
import { gatedPatterns, mayMatch, trigramsOf } from '../../server/src/core/text/trigramFilter';
import { normalizeForMatch } from '../../server/src/core/text/normalize';
import { splitSentences } from '../../server/src/core/text/sentences';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/dev');

const sorted = (set: string[] | null) => (set === null ? null : [...set].sort());

describe('required literals of a pattern', () => {
  const cases: [RegExp, string[] | null][] = [
    [/\bciso\b/, ['ciso']],
    [/\b(?:semi-?|bi-?)?annual(?:ly)?\b/gi, ['annual']],
    [/chief (information )?security officer/, ['chief information security officer', 'chief security officer']],
    [/around[- ]the[- ]clock/, ['around the clock', 'around the-clock', 'around-the clock', 'around-the-clock']],
    // Letters are folded to lower case, with or without the i flag.
    [/\bNIST CSF\b/, ['nist csf']],
    [/\bISO 27001\b/i, ['iso 27001']],
    // A lookaround matches no text: the letters either side of it join.
    [/(?<!(action|response) )plans to/, ['plans to']],
    [/abc(?=zzz)def/, ['abcdef']],
    // Every alternative must give a literal, or the pattern has none.
    [/\b(we|our)\b/, null],
    [/\b(board|audit) committee|\bciso\b/, ['audit committee', 'board committee', 'ciso']],
    // Optional and repeated pieces.
    [/(?:quarterly )?reports?/, ['report']],
    [/x{3}yz/, ['xxxyz']],
    [/(?:abc)+/, ['abc']],
    [/(?:abcd)*e/, null],
    [/[a-z]+ team/, [' team']],
    // Character classes: small ones are spelled out, large and negated ones are anything.
    [/pci[- ]dss/, ['pci dss', 'pci-dss']],
    [/[^x]yz/, null],
    [/[\w&-]+ council/, [' council']],
    // Escapes stand for their characters; back references and class escapes are anything.
    [/24\/7/, ['24/7']],
    [/\x41bc/, ['abc']],
    [/(ab)c\1de/, ['abc']],
    [/(ab)\1/, null],
    [/\d+ years/, [' years']],
    // Case folding under u and i together reaches beyond ASCII ("\u212a" is a K): not gated at all.
    [/kelvin/iu, null],
    // Patterns the reader does not follow are never gated.
    [/a{/, null],
    [/x\cJy/, null],
    [/\u{1F600}smile/u, null],
  ];
  for (const [pattern, expected] of cases) {
    it(String(pattern), () => assert.deepEqual(sorted(requiredLiterals(pattern)), sorted(expected)));
  }

  it('a non-ASCII letter under the i flag is anything, and is kept exactly without it', () => {
    assert.deepEqual(requiredLiterals(/\u00e9tude/i), ['tude']);
    assert.deepEqual(requiredLiterals(/\u00e9tude/), ['\u00e9tude']);
  });
});

describe('trigram filter', () => {
  it('rules out a pattern whose literals are absent and keeps one whose literals are present', () => {
    const pattern = /\b(audit|risk) committee\b/;
    assert.equal(mayMatch(pattern, trigramsOf('the board oversees cybersecurity risk')), false);
    assert.equal(mayMatch(pattern, trigramsOf('The Audit Committee oversees cybersecurity risk')), true);
    // A pattern without literals is always run.
    assert.equal(mayMatch(/\b(we|our)\b/, trigramsOf('')), true);
  });

  describe('never rules out a match on filed text', function () {
    this.timeout(120_000);
    const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'INDEX.md').sort() : [];

    it('finds the corpus', () => assert.ok(files.length > 50, `corpus at ${CORPUS} has ${files.length} files`));

    it('for every pattern the checks gate, on every sentence, raw and normalised', () => {
      const texts: string[] = [];
      for (const file of files) {
        const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
        // The whole check, so that every recogniser, rule and signal family asks for its gates.
        specificityScore(analyze(text, { check: 'always' }));
        for (const span of splitSentences(text)) {
          const sentence = text.slice(span.start, span.end);
          texts.push(sentence, normalizeForMatch(sentence));
        }
      }
      const patterns = gatedPatterns();
      assert.ok(patterns.length >= 100, `only ${patterns.length} patterns were gated`);
      let ruledOut = 0;
      let pairs = 0;
      const wrong: string[] = [];
      for (const text of texts) {
        const trigrams = trigramsOf(text);
        for (const pattern of patterns) {
          pairs++;
          if (mayMatch(pattern, trigrams)) continue;
          ruledOut++;
          pattern.lastIndex = 0;
          if (pattern.test(text) && wrong.length < 5) wrong.push(`${pattern} on "${text.slice(0, 120)}"`);
          pattern.lastIndex = 0;
        }
      }
      assert.deepEqual(wrong, []);
      // The point of the filter: most pairs of pattern and sentence are settled without running the pattern.
      assert.ok(ruledOut / pairs > 0.5, `ruled out ${ruledOut} of ${pairs}`);
    });
  });
});
