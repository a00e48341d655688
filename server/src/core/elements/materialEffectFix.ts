// Completes a drafted materiality statement by insertion only: the drafter's words all stay, in order.
// Offered only where the gap is formulaic: the forward prong beside a denial of past effects, "including
// as a result of any previous cybersecurity incidents" after the risks it qualifies, the named dimensions
// beside the ones already listed (or after the object of "materially affect" at the end of the sentence),
// and "through the date of this report" after an opening year. An affirmative statement ("have
// materially affected us") gets no forward prong: whether the effect continues is the drafter's call.
import type { Evidence, Fix } from '../types';
import { escapeSnippet } from '../fixes/snippet';
import { normalizeForMatch } from '../text/normalize';

export interface Insert {
  /** Offset in the sentence. */
  at: number;
  /** As inserted for a client without tab stops: a choice reads `[are not/are]`, which residue-alternatives reports until it is made. */
  text: string;
  /** The same with the choice as a snippet choice (`${1|are not,are|}`); absent when there is none. */
  snippet?: string;
  /** The same with the first option taken, to judge whether the fixed sentence is complete. */
  judged?: string;
}

/** Whether a forward-looking effect is reasonably likely is the company's conclusion: the fix offers both answers and takes neither. */
function forwardChoice(at: number, before: string, be: string, after: string): Insert {
  const options = [`${be} not`, be];
  return { at, text: `${before}[${options.join('/')}]${after}`, snippet: `${escapeSnippet(before)}\${1|${options.join(',')}|}${escapeSnippet(after)}`, judged: `${before}${options[0]}${after}` };
}

const FORWARD = /\breasonably likely\b|\b(are|is) (not )?likely to (materially )?(affect|impact|have)\b/;
const INCIDENTS = /\b(incidents?|breach\w*|attacks?)\b/;
const RISKS = /\b(risks\s+from\s+cyber\s?security\s+threats|cyber\s?security\s+threats|cyber\s?security\s+risks)\b/i;
const DIMENSIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bbusiness\s+strateg(y|ies)\b/i, 'business strategy'],
  [/\b(results?\s+of\s+operations?|operating\s+results)\b/i, 'results of operations'],
  [/\bfinancial\s+(condition|position)s?\b/i, 'financial condition'],
];
const OPENING_YEAR = /^(in|during)\s+(fiscal\s+)?(year\s+)?20\d\d\b/i;
// Denials of past effect, each with the forward prong that completes it in the same voice.
const DENIALS: ReadonlyArray<{ re: RegExp; add: (m: RegExpExecArray, at: number) => Insert; needsObject: boolean }> = [
  {
    re: /\b(have|has)\s+not\s+been\s+materially\s+(affected|impacted)\b/i,
    add: (m, at) => forwardChoice(at, ' and ', be(m[1]), ` reasonably likely to be materially ${m[2]}`),
    needsObject: false,
  },
  {
    re: /\b(have|has)\s+not\s+materially\s+(affected|impacted)\b/i,
    add: (m, at) => forwardChoice(at, ', and ', be(m[1]), ` reasonably likely to materially ${present(m[2])},`),
    needsObject: true,
  },
  {
    re: /\b(have|has)\s+not\s+had(?=\s+(a|any)\s+material\b)/i,
    add: (m, at) => forwardChoice(at, ', and ', be(m[1]), ' reasonably likely to have,'),
    needsObject: false,
  },
  {
    // "None ... have materially affected": the forward prong reads "or are reasonably likely to" in
    // the same negation, which is the drafter's denial carried forward; still a choice, as above.
    re: /\b(none|neither|no\s+\w+(\s+\w+)?)\b[^.;]{0,80}?\b(have|has)\s+materially\s+(affected|impacted)\b/i,
    add: (m, at) => forwardOr(at, be(m[3]), present(m[4])),
    needsObject: true,
  },
];

/**
 * "None ... have materially affected": "or are reasonably likely to" carries the drafter's denial
 * forward, which is a conclusion of its own; it is offered as a tab stop to confirm (brackets without
 * tab stops, which the residue rules report until removed), never as finished text.
 */
function forwardOr(at: number, be: string, verb: string): Insert {
  const phrase = `or ${be} reasonably likely to materially ${verb}`;
  return { at, text: `, [${phrase}],`, snippet: `, \${1:${phrase}},`, judged: `, ${phrase},` };
}

const be = (have: string): string => (have.toLowerCase() === 'has' ? 'is' : 'are');
const present = (verb: string): string => (verb.toLowerCase() === 'impacted' ? 'impact' : 'affect');

/** Insertions that complete the statement, in sentence order; empty when its gaps are not formulaic. */
export function completions(sentence: string): Insert[] {
  const norm = normalizeForMatch(sentence);
  const out: Insert[] = [];
  const year = OPENING_YEAR.exec(sentence);
  if (year && !/\b(to date|date of this|through the (date|filing)|as of the (date|filing))\b/.test(norm)) out.push({ at: year[0].length, text: ' and through the date of this report' });
  const risks = RISKS.exec(sentence);
  if (risks && !INCIDENTS.test(norm)) {
    const at = risks.index + risks[0].length;
    // Closed by a comma of its own unless the drafter's comma or the sentence's end follows.
    const open = /^\s+[\p{L}"'\u201C]/u.test(sentence.slice(at));
    out.push({ at, text: `, including as a result of any previous cybersecurity incidents${open ? ',' : ''}` });
  }
  if (!FORWARD.test(norm)) {
    for (const d of DENIALS) {
      const m = d.re.exec(sentence);
      if (!m) continue;
      const at = m.index + m[0].length;
      if (d.needsObject && !/^\s+[\p{L}"'\u201C]/u.test(sentence.slice(at))) continue;
      out.push(d.add(m, at));
      break;
    }
  }
  const missing = DIMENSIONS.filter(([re]) => !re.test(sentence)).map(([, name]) => name);
  if (missing.length > 0 && missing.length < DIMENSIONS.length) {
    const first = Math.min(...DIMENSIONS.map(([re]) => re.exec(sentence)?.index ?? Infinity));
    out.push({ at: first, text: `${missing.join(', ')}, ` });
  } else if (missing.length === DIMENSIONS.length) {
    // After the object of the last "materially affect", when nothing else follows it in the sentence.
    const verbs = [...sentence.matchAll(/\bmaterially\s+(affect|impact)\w*|\bmaterial\s+(adverse\s+)?(effect|impact)\s+on\b/gi)];
    const last = verbs[verbs.length - 1];
    const end = sentence.search(/[.!?]["'\u201D]?\s*$/);
    // Not after a passive "affected by ...": what follows is the cause, not the company.
    const rest = last && end > 0 ? sentence.slice(last.index! + last[0].length, end) : '';
    if (last && end > 0 && !/[,;:()]/.test(rest) && !/^\s+by\b/i.test(rest)) {
      out.push({ at: end, text: ', including our business strategy, results of operations or financial condition' });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The sentence with the insertions, as plain text, as a snippet, or with each choice's first option (to judge it). */
export function applyInserts(sentence: string, inserts: Insert[], form: 'text' | 'snippet' | 'judged' = 'text'): string {
  const piece = (s: string) => (form === 'snippet' ? escapeSnippet(s) : s);
  const added = (i: Insert) => (form === 'snippet' ? (i.snippet ?? escapeSnippet(i.text)) : form === 'judged' ? (i.judged ?? i.text) : i.text);
  let out = '';
  let from = 0;
  for (const i of inserts) {
    out += piece(sentence.slice(from, i.at)) + added(i);
    from = i.at;
  }
  return out + piece(sentence.slice(from));
}

// A sentence that sends the reader elsewhere is not the drafter's statement, whatever it restates.
const POINTER = /\b(see|refer\w*|for (a discussion|more|additional|further)|incorporated (herein )?by reference)\b/;

/**
 * The fix for a partial materiality statement: the first evidence sentence that the insertions make
 * complete (`complete` judges the fixed sentence as the recogniser would). A sentence they cannot
 * complete gets none: a fix that leaves the statement partial would only move the warning.
 */
export function materialEffectFixes(evidence: readonly Evidence[], text: string, complete: (sentence: string) => boolean): Fix[] {
  for (const e of evidence) {
    const sentence = text.slice(e.span.start, e.span.end);
    if (POINTER.test(normalizeForMatch(sentence))) continue;
    const inserts = completions(sentence);
    if (inserts.length === 0) continue;
    const fixed = applyInserts(sentence, inserts);
    if (!complete(applyInserts(sentence, inserts, 'judged'))) continue;
    return [
      {
        title: `Complete the materiality statement: "${shortened(fixed, inserts)}"`,
        kind: 'quickfix',
        preferred: true,
        insertions: [],
        replacements: [{ span: { ...e.span }, snippet: applyInserts(sentence, inserts, 'snippet'), plain: fixed }],
      },
    ];
  }
  return [];
}

/** The fixed sentence for a title: whole when short, else the stretch around what was added. */
function shortened(fixed: string, inserts: Insert[]): string {
  const flat = fixed.replace(/\s+/g, ' ');
  if (flat.length <= MAX_TITLE) return flat;
  let shift = 0;
  let first = -1;
  let last = 0;
  for (const i of inserts) {
    if (first < 0) first = i.at + shift;
    shift += i.text.length;
    last = i.at + shift;
  }
  const from = first - 20 <= 0 ? 0 : Math.max(0, fixed.lastIndexOf(' ', first - 20));
  // What was added is always shown whole; the drafter's words around it only as far as room allows.
  const to = Math.min(fixed.length, Math.max(last + 30, from + 80));
  const cut = to >= fixed.length ? -1 : fixed.lastIndexOf(' ', to);
  const piece = fixed.slice(from, cut <= from ? fixed.length : cut).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '...' : ''}${piece}${cut <= from ? '' : '...'}`;
}

const MAX_TITLE = 160;
