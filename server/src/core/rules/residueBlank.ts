import type { Fix, Replacement, Span } from '../types';
import type { RuleContext, RuleDef, RuleFinding } from './ruleDef';
import { bracketScan, type Group } from './support/brackets';
import { inReportedGroup, matches, paragraphIndex, quote } from './support/util';
import { xBlanks } from './support/xBlanks';
import { escapeSnippet } from '../fixes/snippet';

const ID = 'residue-blank';

export const residueBlank: RuleDef = {
  id: ID,
  description: 'A blank left to be filled in: `[●]`, `[x]`, `20XX`, `$XX,XXX`, `[___]`, `[date]`, `[Name of CISO]`, `[insert ...]`.',
  tags: ['residue', 'placeholders'],
  defaultSeverity: 'error',
  fixable: true,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details:
    'Blanks cannot reach a filed report. Flagged: bullets in brackets (`[●]`, `[•]`, `[ ● ]`, also glued to `$`, `%` or a century: `$[●]`, `[●]%`, `20[●]`); `[x]`, `[XX]`, `20XX`, `$XX,XXX`, `XX%`, `XX years`; `[___]`, `[ ]` outside task lists and runs of underscores in body text; labelled blanks such as `[date]`, `[name]`, `[Name of CISO]`, `[number] years`, `[title]`, `[committee]`, `[prior employers]`, `[degree]`, `[insert ...]`, `[INSERT AMOUNT]`. The paragraphs that item1c inserts carry such blanks on purpose, so they are reported until completed. Not flagged: task lists `- [ ]`, `[Reserved]`, `[***]`, `[...]`, Markdown links and footnotes. Quick fix (editors with snippet edits): turn the blanks of the paragraph into tab stops.',
  check(ctx) {
    const scan = bracketScan(ctx);
    const s = scan.masked.text;
    const span = ctx.section.span;
    const out: RuleFinding[] = [];
    const blanks = scan.groups.filter((g) => g.kind === 'blank');
    // One tab-stop fix per paragraph, shared by the findings of its blanks.
    const fixes = new Map<number, Fix>();
    const paragraphs = paragraphIndex(ctx);
    for (const g of blanks) {
      const para = paragraphs.at(g.span.start);
      let fix = fixes.get(para.start);
      if (!fix) {
        const inPara = blanks.filter((b) => b.span.start >= para.start && b.span.end <= para.end);
        fix = tabStopFix(ctx, inPara.length > 0 ? inPara : [g]);
        fixes.set(para.start, fix);
      }
      out.push(finding(ctx, g.span, `Blank to be completed: "${quote(ctx.text.slice(g.span.start, g.span.end))}". A filed report cannot contain blanks.`, fix));
    }
    for (const x of xBlanks(s, span)) {
      if (inReportedGroup(scan, x)) continue;
      out.push(finding(ctx, x, `Blank to be completed: "${quote(ctx.text.slice(x.start, x.end))}". A filed report cannot contain blanks.`));
    }
    for (const m of matches(s, /_{3,}/g, span)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (inReportedGroup(scan, at)) continue;
      const lineStart = s.lastIndexOf('\n', m.index - 1) + 1;
      const lineEnd = s.indexOf('\n', m.index);
      const line = s.slice(lineStart, lineEnd < 0 ? s.length : lineEnd);
      // A line of underscores alone is a thematic break; `By: ____` is a signature line.
      if (/^[ \t]*(_[ \t]*){3,}\r?$/.test(line) || /^\s*(by|signature|signed|name|title|date)\s*:/i.test(line) || /^\s*\/s\//.test(line)) continue;
      out.push(finding(ctx, at, 'Blank to be completed: a run of underscores in the text. A filed report cannot contain blanks.'));
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

function finding(ctx: RuleContext, span: Span, message: string, fix?: Fix): RuleFinding {
  return { rule: ID, element: null, severity: 'error', message, span, ...(fix ? { fixes: [fix] } : {}) };
}

/**
 * Turns the bracketed blanks of the paragraph into snippet tab stops, in order, with the blank itself
 * as placeholder text: Tab walks from blank to blank and typing replaces each one. The text is unchanged
 * until the user types, so clients without snippet edits are not offered this fix.
 */
function tabStopFix(ctx: RuleContext, inPara: Group[]): Fix {
  const first = inPara[0].span.start;
  const last = inPara[inPara.length - 1].span.end;
  const pieces: string[] = [];
  let at = first;
  inPara.forEach((b, k) => {
    pieces.push(escapeSnippet(ctx.text.slice(at, b.span.start)), `\${${k + 1}:${escapeSnippet(ctx.text.slice(b.span.start, b.span.end))}}`);
    at = b.span.end;
  });
  const snippet = pieces.join('');
  const replacement: Replacement = { span: { start: first, end: last }, snippet, plain: ctx.text.slice(first, last) };
  return {
    title: inPara.length > 1 ? 'Turn the blanks of this paragraph into snippet tab stops' : 'Turn blank into snippet tab stop',
    kind: 'quickfix',
    insertions: [],
    replacements: [replacement],
  };
}
