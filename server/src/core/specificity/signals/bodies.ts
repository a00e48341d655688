// Named committees and other named bodies: "the Audit Committee", "our technology committee", "the
// Cybersecurity Governance Council", "the GM Cybersecurity team". The board itself is not a named body:
// every company has one.
import { committeeMentions } from '../../rules/support/committees';
import type { Sent } from '../../recognise/context';
import { trigramsOf } from '../../text/trigramFilter';
import { eachSentence, plainKey, type Family, type Found, type SignalSentence } from './family';

// Capitalised names only: "our information security team" is generic, "the Supplier Trust team" is named.
const NAMED_BODY = /\b(?:[A-Z][\w&-]* ){1,5}(?:Council|Working Group|Task Force|Management Board|Steering Group|Forum|Office|[Tt]eam)\b/g;
const NO_TRIGRAMS = trigramsOf('');
const LEADING = /^(?:The|Our|This|These|In|At|As|A|An|Each|Its)\s+/;

function committees(sentence: SignalSentence): Found[] {
  const sent: Sent = { span: sentence.span, text: sentence.text, block: 0, part: null, heading: false, index: 0, norm: '', future: false, tests: new Map(), trigrams: NO_TRIGRAMS };
  return committeeMentions([sent]).map((m) => ({ span: m.span, text: m.text, key: `committee ${m.key}` }));
}

function namedBodies(sentence: SignalSentence): Found[] {
  const out: Found[] = [];
  NAMED_BODY.lastIndex = 0;
  for (let m = NAMED_BODY.exec(sentence.text); m; m = NAMED_BODY.exec(sentence.text)) {
    const lead = LEADING.exec(m[0]);
    const text = lead ? m[0].slice(lead[0].length) : m[0];
    // "Cybersecurity team" alone is a department, not a name: a team needs two words before it.
    if (/[Tt]eam$/.test(text) && text.split(/\s+/).length < 3) continue;
    if (!/[A-Z]/.test(text.split(/\s+/)[0] ?? '')) continue;
    const start = sentence.span.start + m.index + (m[0].length - text.length);
    out.push({ span: { start, end: start + text.length }, text, key: plainKey(text) });
  }
  return out;
}

export const BODIES: Family = {
  id: 'body',
  label: 'named committees and bodies',
  tier: 2,
  weight: 1,
  cap: 3,
  find: eachSentence((sentence) => [...committees(sentence), ...namedBodies(sentence)]),
};
