// Names a filing gives the people and bodies responsible for cybersecurity: officer titles ("Chief
// Information Security Officer", "Vice President, Information Security", "CISO") and committee names
// ("Audit and Risk Committee"). Only these are followed across years: a rename of the CFO's title or of
// a product is no part of Item 106.
import type { Span } from '../types';
import type { Sent } from '../recognise/context';
import { committeeMentions } from '../rules/support/committees';

export type NameKind = 'officer' | 'committee';

export interface NameMention {
  kind: NameKind;
  /** As written. */
  text: string;
  /** Same for the same name however it is capitalized or spaced; committee words in any order. */
  key: string;
  span: Span;
  sentence: Sent;
}

const WORD = "[A-Za-z][A-Za-z'\\u2019-]*";
const CAPITALIZED = "[A-Z][A-Za-z'\\u2019-]*";
// "Chief Information Security Officer", "Global Chief Information Security Officer", "chief technology and
// digital officer", "Senior Vice President, Information Security", "Head of Cyber Defense", "CISO".
const TITLE = new RegExp(
  [
    `\\b(?:(?:Global|Group|Deputy|Senior|Executive|Corporate|Interim|Associate)\\s+)*Chief(?:\\s+(?:${WORD}|&)){1,4}?\\s+Officer\\b`,
    `\\b(?:(?:Senior|Executive|Group)\\s+)?Vice\\s+President(?:\\s*,\\s*|\\s+(?:of|for)\\s+)${CAPITALIZED}(?:\\s+(?:and\\s+|&\\s+)?${CAPITALIZED}){0,3}`,
    `\\b(?:Global\\s+)?Head\\s+of\\s+${CAPITALIZED}(?:\\s+(?:and\\s+|&\\s+)?${CAPITALIZED}){0,3}`,
    '\\b(?:CISO|CSO|CIO|CTO|CRO|CDO|CTrO|CDIO|CPO)s?\\b',
  ].join('|'),
  'gi',
);
const ACRONYM = /^(?:CISO|CSO|CIO|CTO|CRO|CDO|CTrO|CDIO|CPO)s?$/;
// A title is followed only when it is about security, technology, data or risk.
const RELEVANT = /\b(security|cyber\w*|information|technology|digital|data|trust|risk|privacy|infrastructure|it)\b/i;

export function nameMentions(sentences: readonly Sent[]): NameMention[] {
  const out: NameMention[] = [];
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    TITLE.lastIndex = 0;
    for (let m = TITLE.exec(sentence.text); m; m = TITLE.exec(sentence.text)) {
      const text = m[0].trim();
      const single = !/\s/.test(text);
      // An acronym only in capitals ("cso" in lower-case text is no title); a title only about security or technology.
      if (single ? !ACRONYM.test(text) : !RELEVANT.test(text)) continue;
      const start = sentence.span.start + m.index;
      out.push({ kind: 'officer', text, key: keyOf(single ? text.replace(/s$/, '') : text), span: { start, end: start + text.length }, sentence });
    }
  }
  for (const c of committeeMentions(sentences)) out.push({ kind: 'committee', text: c.text, key: `committee:${c.key}`, span: { ...c.span }, sentence: c.sentence });
  return out.sort((a, b) => a.span.start - b.span.start);
}

function keyOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/&/g, 'and')
    .replace(/\s*,\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
