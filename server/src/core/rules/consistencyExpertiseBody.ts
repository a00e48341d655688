import type { RuleDef, RuleFinding } from './ruleDef';
import { committeeMentions, type CommitteeMention } from './support/committees';
import { excerpt, lineOf, quote } from './support/util';

const ID = 'consistency-expertise-body';

const EXPERTISE = /\b(experience[ds]?|expertise|knowledge|background|qualifi\w+|certifi\w+|skills|degrees?|credentials)\b/;
const RESPONSIBLE =
  /\b(responsib\w+|overs(ee|ees|aw|een|eeing)|manag(e|es|ing)|lead(s|ing)?|led by|charged with|tasked with|accountable|in charge of|chaired by|established)\b/;
const BOARD_WORDS = /\b(audit|nominating|governance|compensation|remuneration|finance|directors?|board|supervisory)\b/;

export const consistencyExpertiseBody: RuleDef = {
  id: ID,
  description: 'Expertise is credited to a body other than the one said to be responsible, e.g. expertise of the "data management committee" when the "cybersecurity management committee" manages cybersecurity.',
  tags: ['consistency', 'governance'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Item 106(c)(2)(i)',
  details:
    'Item 106(c)(2)(i) asks for the expertise of the management positions or committees responsible for assessing and managing cybersecurity risks. Flagged: a committee that appears only in a sentence about expertise, while a different committee is the one said to be responsible. Committees also mentioned elsewhere in the section, and board committees, are not flagged.',
  check(ctx) {
    const mentions = committeeMentions(ctx.sentences);
    // What each sentence is about, tested once per sentence rather than once per mention.
    const about = new Map<unknown, { expertise: boolean; responsible: boolean }>();
    const of = (m: CommitteeMention) => {
      let a = about.get(m.sentence);
      if (!a) {
        a = { expertise: EXPERTISE.test(m.sentence.norm), responsible: RESPONSIBLE.test(m.sentence.norm) };
        about.set(m.sentence, a);
      }
      return a;
    };
    const expertiseOnly = new Map<string, CommitteeMention[]>();
    const elsewhere = new Set<string>();
    for (const m of mentions) {
      if (of(m).expertise && !of(m).responsible) {
        const list = expertiseOnly.get(m.key) ?? [];
        list.push(m);
        expertiseOnly.set(m.key, list);
      } else {
        elsewhere.add(m.key);
      }
    }
    const responsible = mentions.filter((m) => of(m).responsible && !of(m).expertise);
    const management = responsible.filter((m) => !BOARD_WORDS.test(m.order));
    const out: RuleFinding[] = [];
    for (const [key, list] of expertiseOnly) {
      if (elsewhere.has(key) || BOARD_WORDS.test(list[0].order)) continue;
      const candidates = management.filter((r) => r.key !== key);
      if (candidates.length === 0) continue;
      // Prefer the responsible committee whose name shares a word ("management committee").
      const shared = (r: CommitteeMention) => r.key.split(' ').filter((w) => key.split(' ').includes(w)).length;
      const other = [...candidates].sort((a, b) => shared(b) - shared(a) || a.span.start - b.span.start)[0];
      for (const m of list) {
        out.push({
          rule: ID,
          element: null,
          severity: 'warning',
          message: `Expertise is credited to the "${quote(m.text)}", which the section mentions nowhere else, but the body said to be responsible is the "${quote(other.text)}" (line ${lineOf(ctx, other.span.start)}: "${excerpt(ctx.text, other.span, other.sentence.span, 70)}"). Describe the expertise of the responsible persons or committee members, and use one name for the committee.`,
          span: m.span,
        });
      }
    }
    return out;
  },
};
