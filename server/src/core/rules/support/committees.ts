// Committee names as written in a section: "the nominating and corporate governance committee",
// "our Cybersecurity Steering Committee". The name is the run of words before "committee", stopped by
// articles, possessives, prepositions and verbs, so "reports to our audit committee" yields "audit".
import type { Span } from '../../types';
import type { Sent } from '../../recognise/context';
import { Lru, detach } from '../../util/lru';

export interface CommitteeMention {
  /** Name words and the word "committee", as written. */
  text: string;
  span: Span;
  /** Same for every ordering of the same words: "audit and risk" / "risk and audit". */
  key: string;
  /** The words in order, lower case, `&` as `and`. */
  order: string;
  sentence: Sent;
}

const STOP = new Set(
  `a an the our its their his her this that these those each every any all some such same other another certain which who whose whom what
  to of for by with from in into on onto at as via per under over through within without about between among upon after before during than
  is are was were be been being has have had do does did will would shall should may might can could must
  board boards directors director board's directors' company company's group group's management's
  new standing separate special dedicated formal designated respective relevant applicable appropriate full entire whole single
  also then both either neither not no nor only including include includes included namely called known named
  chaired led comprised composed consisting consisted made up reports report reporting oversee oversees overseen oversight
  responsible charged tasked delegated informed briefed updated established formed created appointed
  and or & committee committees ciso cio cto cso ceo cfo coo officer officers counsel`.split(/\s+/),
);
// Words of committee names written in lower case; a lower-case name is only built from these, so that
// "matters that require more immediate audit committee attention" yields "audit".
const NAME_WORDS = new Set(
  `audit risk risks nominating nomination governance corporate compensation remuneration finance financial technology
  cybersecurity cyber security information privacy compliance steering management executive operations operational
  ethics data internal incident response crisis disclosure enterprise oversight public policy science innovation
  human capital talent sustainability strategy strategic investment benefits resources regulatory legal digital it
  product products safety quality controls control cross-functional multidisciplinary multi-disciplinary materiality
  resilience continuity infrastructure network networks cloud ai artificial intelligence conduct culture responsibility
  responsible esg environmental social trust integrity review advisory`.split(/\s+/),
);
const JOINERS = new Set(['and', '&', ',']);

/** A mention within its sentence: offsets relative to the sentence's text. */
interface Relative {
  text: string;
  start: number;
  end: number;
  key: string;
  order: string;
}

// Mentions depend on the sentence's text alone: several rules ask for them on every check, and after a
// keystroke only the edited sentence has new text. Only sentences that name a committee are kept, and
// not the longest: a paragraph typed without a full stop is one sentence with a new text on every
// keystroke, and every version of it kept would add up to megabytes. Keys are copies (see detach).
const bySentence = new Lru<string, readonly Relative[]>(500);
const LONGEST_KEPT = 1000;
const NONE: readonly Relative[] = [];
const NAMES_A_COMMITTEE = /ommittee/;

export function committeeMentions(sentences: readonly Sent[]): CommitteeMention[] {
  const out: CommitteeMention[] = [];
  for (const sentence of sentences) {
    if (sentence.heading || !NAMES_A_COMMITTEE.test(sentence.text)) continue;
    let found = bySentence.get(sentence.text);
    if (found === undefined) {
      found = mentionsIn(sentence.text);
      if (sentence.text.length <= LONGEST_KEPT) bySentence.set(detach(sentence.text), found.length > 0 ? found : NONE);
    }
    for (const r of found) out.push({ text: r.text, span: { start: sentence.span.start + r.start, end: sentence.span.start + r.end }, key: r.key, order: r.order, sentence });
  }
  return out;
}

function mentionsIn(text: string): Relative[] {
  const out: Relative[] = [];
  const word = /\b[Cc]ommittee\b(?![-\u2010-\u2015]\w)(?!s\b)/g;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    // A name has at most eight words: look back a bounded stretch, whatever the sentence's length.
    const tokens = tokensBefore(text, m.index, Math.max(0, m.index - 200));
    // "Audit Committee": a capitalised name is its capitalised words; "audit committee": known name words.
    const titled = m[0][0] === 'C';
    // The word right before "committee" is part of the name unless it is a stop word ("data stewardship committee").
    const nameWord = (t: string, first: boolean): boolean => (titled ? /^[A-Z]/.test(t) : first || NAME_WORDS.has(t.toLowerCase()));
    const name: { t: string; at: number }[] = [];
    for (let i = tokens.length - 1; i >= 0 && name.length < 8; i--) {
      const tok = tokens[i];
      const lower = tok.t.toLowerCase().replace(/\u2019/g, "'");
      if (JOINERS.has(lower)) {
        // A joiner only counts between two name words.
        const prev = tokens[i - 1];
        if (name.length === 0 || !prev || STOP.has(prev.t.toLowerCase().replace(/\u2019/g, "'")) || JOINERS.has(prev.t.toLowerCase())) break;
        name.unshift(tok);
        continue;
      }
      if (STOP.has(lower) || /'s?$/.test(lower) || /^\d/.test(lower) || !nameWord(tok.t, name.length === 0)) break;
      name.unshift(tok);
    }
    while (name.length > 0 && JOINERS.has(name[0].t.toLowerCase())) name.shift();
    if (name.length === 0) continue;
    const start = name[0].at;
    const end = m.index + m[0].length;
    const words = name.filter((w) => w.t !== ',').map((w) => (w.t === '&' ? 'and' : w.t.toLowerCase()));
    const content = words.filter((w) => w !== 'and');
    out.push({
      text: detach(text.slice(start, end)),
      start,
      end,
      key: [...new Set(content)].sort().join(' '),
      order: content.join(' '),
    });
  }
  return out;
}

function tokensBefore(text: string, end: number, from = 0): { t: string; at: number }[] {
  const out: { t: string; at: number }[] = [];
  const re = /[A-Za-z][A-Za-z'\u2019-]*|&|,|[^\sA-Za-z&,]+/g;
  const slice = text.slice(0, end);
  re.lastIndex = from;
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ t: m[0], at: m.index });
  // The first token may be cut by the window: drop it.
  if (from > 0 && out.length > 0 && /[A-Za-z]/.test(text[from - 1] ?? '')) out.shift();
  // Anything that is not a word (a parenthesis, a quotation mark, a full stop) ends the name.
  let cut = 0;
  for (let i = out.length - 1; i >= 0; i--) {
    if (!/^[A-Za-z&,]/.test(out[i].t)) {
      cut = i + 1;
      break;
    }
  }
  return out.slice(cut);
}
