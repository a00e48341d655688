// Waiver comments: the drafter's way to say "this finding is known and accepted, and here is why".
//
//   <!-- item1c-disable-next-line residue-bracketed-text: bracketed title is the defined term -->
//   <!-- item1c-disable residue-blank: figures come from the CFO on filing day -->
//   ...
//   <!-- item1c-enable residue-blank -->
//   <!-- item1c-disable-file board-committee: the full board oversees cybersecurity -->
//
// A comment names one or more rule ids or element ids (comma-separated), then a colon and the reason.
// A rule id silences that rule's findings on the next line, in the range, or in the whole file. An
// element id waives the element for the whole document wherever the comment stands: its missing /
// partial finding is silenced and its verdict carries `waived`, while its status still says what the
// text shows. Waivers never silence the waiver rules themselves.
import type { AnalyzeOptions, ElementVerdict, Finding, Span, Waiver, WaiverKind } from './types';
import { LineIndex } from './text/lineIndex';
import { ELEMENT_FINDING_RULES } from './elementFindings';

export const WAIVER_RULE_IDS = {
  withoutReason: 'waiver-without-reason',
  unknownRule: 'waiver-unknown-rule',
  unused: 'waiver-unused',
} as const;

const WAIVER_RULES = new Set<string>(Object.values(WAIVER_RULE_IDS));

export interface Directive {
  verb: 'disable-next-line' | 'disable' | 'enable' | 'disable-file' | 'reviewed' | 'unknown';
  name: string;
  ids: string[];
  reason: string;
  hasColon: boolean;
  span: Span;
  line: number;
}

const DIRECTIVE = /<!--\s*item1c-([a-z-]+)([\s\S]*?)-->/g;

/** Every `item1c-...` comment outside code, in document order. */
export function parseDirectives(text: string, lines: LineIndex = new LineIndex(text)): Directive[] {
  const code = codeRanges(text);
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const start = m.index;
    if (code.some((r) => start >= r.start && start < r.end)) continue;
    const name = m[1];
    // The filed XBRL flags that `item1c import` leaves in a draft are data for the tag plan, not a directive.
    if (name === 'imported-flags') continue;
    const verb = (['disable-next-line', 'disable', 'enable', 'disable-file', 'reviewed'] as const).find((v) => v === name) ?? 'unknown';
    const body = m[2].trim();
    const colon = body.indexOf(':');
    const head = colon >= 0 ? body.slice(0, colon) : body;
    const ids = head
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({
      verb,
      name,
      ids,
      reason: colon >= 0 ? body.slice(colon + 1).replace(/\s+/g, ' ').trim() : '',
      hasColon: colon >= 0,
      span: { start, end: start + m[0].length },
      line: lines.positionAt(start).line,
    });
  }
  return out;
}

export interface WaiverOutcome {
  findings: Finding[];
  waivers: Waiver[];
  /** Every `item1c-...` comment, parsed once here for the reviews as well (see reviews.ts). */
  directives: Directive[];
}

/**
 * Removes the findings the waivers cover, marks waived elements, and reports waivers that lack a
 * reason, name nothing known, or silence nothing. `knownIds` are rule ids and element ids.
 */
export function applyWaivers(
  text: string,
  findings: Finding[],
  elements: ElementVerdict[],
  knownIds: ReadonlySet<string>,
  elementIds: ReadonlySet<string>,
  options: AnalyzeOptions = {},
): WaiverOutcome {
  // Every directive is an HTML comment containing `item1c-`; without one, skip indexing the lines of
  // the whole document. `<!--` is looked for first: a rare character makes for a much faster search.
  if (!text.includes('<!--') || !text.includes('item1c-')) return { findings, waivers: [], directives: [] };
  const lines = new LineIndex(text);
  const directives = parseDirectives(text, lines);
  if (directives.length === 0) return { findings, waivers: [], directives };

  interface Active {
    waiver: Waiver;
    matches(f: Finding): boolean;
  }
  // Waivers by the rule id of the findings they can silence (element waivers under both element rules),
  // so that each finding is only compared with the waivers of its own rule.
  const active = new Map<string, Active[]>();
  const activate = (rules: string[], a: Active): void => {
    for (const rule of rules) {
      const list = active.get(rule);
      if (list) list.push(a);
      else active.set(rule, [a]);
    }
  };
  // Offsets of the `item1c-enable` comments that end a range for a rule (or for all rules), in order.
  const enables = directives.filter((d) => d.verb === 'enable');
  const enableAfter = (offset: number, id: string): Directive | undefined => enables.find((e) => e.span.start >= offset && (e.ids.length === 0 || e.ids.includes(id)));
  const waivers: Waiver[] = [];
  const problems: Finding[] = [];
  const problem = (rule: string, severity: Finding['severity'], message: string, span: Span): void => {
    problems.push({ rule, element: null, severity, message, span: { ...span }, fixes: [] });
  };

  directives.forEach((d) => {
    // Reviews are read by reviews.ts; they silence nothing.
    if (d.verb === 'enable' || d.verb === 'reviewed') return;
    const comment = text.slice(d.span.start, d.span.end).replace(/\s+/g, ' ');
    if (d.verb === 'unknown') {
      problem(WAIVER_RULE_IDS.unknownRule, 'warning', `Unknown item1c directive "item1c-${d.name}": use item1c-disable-next-line, item1c-disable / item1c-enable, item1c-disable-file, or item1c-reviewed.`, d.span);
      return;
    }
    if (d.ids.length === 0) {
      problem(WAIVER_RULE_IDS.unknownRule, 'warning', `The waiver ${shorten(comment)} names no rule or element; write the rule id (or element id), a colon and the reason.`, d.span);
      return;
    }
    if (!d.reason) {
      problem(
        WAIVER_RULE_IDS.withoutReason,
        'warning',
        `The waiver ${shorten(comment)} gives no reason. Add one after a colon, e.g. "${d.ids[0]}: why this is acceptable", so reviewers see why the check is off.`,
        d.span,
      );
    }
    const kind: WaiverKind = d.verb === 'disable-next-line' ? 'next-line' : d.verb === 'disable-file' ? 'file' : 'range';
    for (const id of d.ids) {
      if (!knownIds.has(id)) {
        problem(WAIVER_RULE_IDS.unknownRule, 'warning', `The waiver names "${id}", which is neither an item1c rule nor an element id.`, d.span);
        continue;
      }
      const waiver: Waiver = { line: d.line, rule: id, reason: d.reason, kind, used: false, span: { ...d.span } };
      waivers.push(waiver);
      if (elementIds.has(id)) {
        activate([...ELEMENT_FINDING_RULES], { waiver, matches: (f) => f.element === id });
        const verdict = elements.find((v) => v.id === id);
        if (verdict) {
          verdict.waived = { reason: d.reason, line: d.line };
          if (verdict.status === 'missing' || verdict.status === 'partial' || (verdict.advice?.length ?? 0) > 0) waiver.used = true;
        }
        continue;
      }
      if (kind === 'file') {
        activate([id], { waiver, matches: () => true });
      } else if (kind === 'next-line') {
        const target = nextContentLine(text, lines, lines.positionAt(d.span.end).line + 1);
        activate([id], {
          waiver,
          matches: (f) => {
            const { first, last } = lineRange(lines, f.span);
            return target >= first && target <= last;
          },
        });
      } else {
        const from = d.span.end;
        const enable = enableAfter(from, id);
        const to = enable ? enable.span.start : text.length;
        activate([id], { waiver, matches: (f) => f.span.start >= from && f.span.start < to });
      }
    }
  });

  const kept: Finding[] = [];
  for (const f of findings) {
    const hits = WAIVER_RULES.has(f.rule) ? [] : (active.get(f.rule) ?? []).filter((a) => a.matches(f));
    for (const h of hits) h.waiver.used = true;
    if (hits.length === 0) kept.push(f);
  }
  for (const w of waivers) {
    if (!w.used) {
      const what = elementIds.has(w.rule) ? `element "${w.rule}", which is not missing or partial` : `rule "${w.rule}", which reports nothing ${w.kind === 'file' ? 'in this file' : w.kind === 'next-line' ? 'on the next line' : 'in its range'}`;
      problem(WAIVER_RULE_IDS.unused, 'information', `Unused waiver for ${what}; remove the comment.`, w.span);
    }
  }
  // The waiver rules obey the configuration like any other rule.
  for (const p of problems.sort((a, b) => a.span.start - b.span.start)) {
    const setting = options.rules?.[p.rule];
    if (setting?.enabled === false) continue;
    kept.push(setting?.severity ? { ...p, severity: setting.severity } : p);
  }
  return { findings: kept, waivers, directives };
}

function shorten(comment: string): string {
  return comment.length > 70 ? `${comment.slice(0, 67)}...` : comment;
}

/** First line at or after `line` that has content; the waiver then covers that line. */
function nextContentLine(text: string, lines: LineIndex, line: number): number {
  for (let l = line; l < lines.lineCount; l++) {
    if (text.slice(lines.lineStart(l), lines.lineEnd(l)).trim() !== '') return l;
  }
  return line;
}

/** Lines a span covers; a span ending at the start of a line does not cover that line. */
function lineRange(lines: LineIndex, span: Span): { first: number; last: number } {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  const last = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
  return { first: start.line, last };
}

/** Fenced code blocks and inline code spans: a directive shown as an example there is not a directive. */
function codeRanges(text: string): Span[] {
  const out: Span[] = [];
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[ \t]*$|(?![\s\S]))/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  const inline = /(`+)(?!`)[^\n]*?[^`\n]\1(?!`)/g;
  for (let m = inline.exec(text); m; m = inline.exec(text)) {
    if (!out.some((r) => m!.index >= r.start && m!.index < r.end)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
