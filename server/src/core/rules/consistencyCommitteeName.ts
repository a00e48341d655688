import type { RuleDef, RuleFinding } from './ruleDef';
import { committeeMentions } from './support/committees';
import { excerpt, lineOf, quote } from './support/util';
import { escapeSnippet } from '../fixes/snippet';

const ID = 'consistency-committee-name';

export const consistencyCommitteeName: RuleDef = {
  id: ID,
  description: 'The same committee is named in different forms, e.g. "nominating and corporate governance committee" and "corporate governance and nominating committee".',
  tags: ['consistency', 'governance'],
  defaultSeverity: 'warning',
  fixable: true,
  cite: 'Item 106(c)(1)',
  details:
    'Item 106(c)(1) asks to identify the committee responsible for oversight; two forms of its name read as two committees. Flagged: a committee name whose words are the same as an earlier name but in a different order. Differences of capitalisation or `&` for `and` are not flagged, nor are shortened names ("the Governance Committee"). Quick fix: use the name as first written.',
  check(ctx) {
    const mentions = committeeMentions(ctx.sentences);
    const first = new Map<string, (typeof mentions)[number]>();
    const out: RuleFinding[] = [];
    for (const m of mentions) {
      if (m.key.split(' ').length < 2) continue;
      const earlier = first.get(m.key);
      if (!earlier) {
        first.set(m.key, m);
        continue;
      }
      if (earlier.order === m.order) continue;
      const replacement = earlier.text;
      out.push({
        rule: ID,
        element: null,
        severity: 'warning',
        message: `The committee is named "${quote(m.text)}" here but "${quote(earlier.text)}" on line ${lineOf(ctx, earlier.span.start)} ("${excerpt(ctx.text, earlier.span, earlier.sentence.span)}"). Use one name throughout, so that readers see one committee.`,
        span: m.span,
        fixes: [
          {
            title: `Use the committee name as first defined: "${quote(replacement, 60)}"`,
            kind: 'quickfix',
            preferred: true,
            insertions: [],
            replacements: [{ span: { ...m.span }, snippet: escapeSnippet(replacement), plain: replacement }],
          },
        ],
      });
    }
    return out;
  },
};
