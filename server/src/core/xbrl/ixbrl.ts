// The tagging plan as an Inline XBRL fragment: the section rendered as XHTML (headings, paragraphs), each
// text block wrapped in `ix:nonNumeric escape="true"`, each decided flag wrapped around its deciding
// sentence with `format="ixt:fixed-true"` / `ixt:fixed-false` (the value comes from the format, not from
// the words, as filers tag flags on prose).
//
// Overlapping text blocks. Paragraphs are the unit of tagging, so every text block is a set of
// paragraphs. Blocks that nest (the processes block around the Integrated block) or coincide are
// written as nested `ix:nonNumeric` elements, which Inline XBRL 1.1 allows. A block that is not one
// contiguous run of paragraphs, or that would cross another block's boundary, is cut into pieces: the
// first piece is the `ix:nonNumeric`, the others are `ix:continuation` elements chained by
// `continuedAt`. Pieces are chosen so that the element tree is always properly nested.
import { CYD_NAMESPACE, CYD_PREFIX } from './elements';
import { tagPlan, type PlanInput, type TagPlan } from './plan';
import { buildUnits, headingLevel, plainHeading, plainInline, type Unit } from './units';

export const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
export const IX_NAMESPACE = 'http://www.xbrl.org/2013/inlineXBRL';
export const IXT_NAMESPACE = 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12';

export interface InlineXbrlOptions {
  /** Id of the reporting-period context declared in the filing's `ix:header`. Default `c-1`. */
  contextRef?: string;
  /** Prefix of the `id` attributes of facts and continuations. Default `item1c`. */
  idPrefix?: string;
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function isNcName(s: string): boolean {
  return NCNAME.test(s);
}

// Control characters, U+FFFE/U+FFFF and unpaired surrogates are not XML 1.0 characters.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content and attribute values, and drops characters XML 1.0 does not allow. */
export function xmlEscape(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Text safe inside an XML comment: allowed characters only, no `--`, no trailing `-`. */
function commentText(s: string): string {
  return s.replace(INVALID_XML, '').replace(/-(?=-)/g, '- ').replace(/-$/, '- ');
}

interface Piece {
  fact: number;
  start: number;
  end: number;
}

/** Cuts the paragraph runs of the text blocks into properly nested pieces (see the file comment). */
export function nestPieces(intervals: Piece[]): Piece[] {
  const order = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || a.fact - b.fact;
  const queue = [...intervals].sort(order);
  const result: Piece[] = [];
  const stack: Piece[] = [];
  while (queue.length > 0) {
    let piece = queue.shift()!;
    while (stack.length > 0 && stack[stack.length - 1].end < piece.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && piece.end > top.end) {
      const rest: Piece = { fact: piece.fact, start: top.end + 1, end: piece.end };
      piece = { fact: piece.fact, start: piece.start, end: top.end };
      const at = queue.findIndex((q) => order(rest, q) < 0);
      queue.splice(at < 0 ? queue.length : at, 0, rest);
    }
    result.push(piece);
    stack.push(piece);
  }
  return result;
}

/** The Inline XBRL fragment for a text and its report. Pure; well-formed XML whatever the text holds. */
export function renderInlineXbrl(text: string, report: PlanInput, options: InlineXbrlOptions = {}, plan: TagPlan = tagPlan(text, report)): string {
  const contextRef = options.contextRef ?? 'c-1';
  const prefix = options.idPrefix ?? 'item1c';
  if (!isNcName(contextRef)) throw new Error(`contextRef must be an XML name (NCName), not '${contextRef}'`);
  if (!isNcName(prefix)) throw new Error(`idPrefix must be an XML name (NCName), not '${prefix}'`);

  const out: string[] = [];
  out.push(
    `<div xmlns="${XHTML_NAMESPACE}" xmlns:ix="${IX_NAMESPACE}" xmlns:${CYD_PREFIX}="${CYD_NAMESPACE}" xmlns:ixt="${IXT_NAMESPACE}" class="item1c-cyd">`,
  );
  const form = plan.form ?? '10-K';
  out.push(
    `<!-- ${commentText(
      `item1c tagging plan (Form ${form}). Every fact uses contextRef="${contextRef}": declare that duration context for the fiscal year in the ix:header of the filing. Review every fact before filing.`,
    )} -->`,
  );
  const section = report.section;
  if (section.found && section.heading) {
    const level = section.headingDepth > 0 ? section.headingDepth : 0;
    out.push(level > 0 ? `<h${level}>${xmlEscape(section.heading)}</h${level}>` : `<p><strong>${xmlEscape(section.heading)}</strong></p>`);
  }

  if (plan.taggable) {
    const units = buildUnits(report.sentences);
    const intervals: Piece[] = [];
    plan.facts.forEach((fact, k) => {
      if (fact.kind !== 'textBlock' || !fact.tagged) return;
      for (const [start, end] of runsOf(fact.units)) intervals.push({ fact: k, start, end });
    });
    const pieces = nestPieces(intervals);
    // Ids and continuation chains: pieces of one fact in document order.
    const ids = new Map<Piece, string>();
    const next = new Map<Piece, string>();
    const firsts = new Set<Piece>();
    for (let k = 0; k < plan.facts.length; k++) {
      const own = pieces.filter((p) => p.fact === k).sort((a, b) => a.start - b.start);
      own.forEach((p, j) => ids.set(p, j === 0 ? `${prefix}-${k + 1}` : `${prefix}-${k + 1}-${j + 1}`));
      own.forEach((p, j) => {
        if (j === 0) firsts.add(p);
        if (j + 1 < own.length) next.set(p, ids.get(own[j + 1])!);
      });
    }
    const flagsAt = new Map<number, number[]>();
    plan.facts.forEach((fact, k) => {
      if (fact.kind !== 'flag' || !fact.tagged || fact.sentence === null) return;
      flagsAt.set(fact.sentence, [...(flagsAt.get(fact.sentence) ?? []), k]);
    });

    const open: Piece[] = [];
    for (const unit of units) {
      for (const p of pieces.filter((q) => q.start === unit.index)) {
        const id = ids.get(p)!;
        const continued = next.has(p) ? ` continuedAt="${next.get(p)}"` : '';
        if (firsts.has(p)) {
          out.push(`<ix:nonNumeric id="${id}" name="${CYD_PREFIX}:${plan.facts[p.fact].element}" contextRef="${contextRef}" escape="true"${continued}>`);
        } else {
          out.push(`<ix:continuation id="${id}"${continued}>`);
        }
        open.push(p);
      }
      out.push(renderUnit(text, report, unit, flagsAt, plan, contextRef, prefix));
      while (open.length > 0 && open[open.length - 1].end === unit.index) {
        const p = open.pop()!;
        out.push(firsts.has(p) ? '</ix:nonNumeric>' : '</ix:continuation>');
      }
    }
  }

  const untagged = plan.untagged.map((u) => `${u.element}: ${u.reason}`);
  if (untagged.length > 0) out.push(`<!-- ${commentText(`Not tagged:\n${untagged.join('\n')}`)} -->`);
  out.push('</div>');
  return out.join('\n') + '\n';
}

function runsOf(sorted: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

function renderUnit(text: string, report: PlanInput, unit: Unit, flagsAt: Map<number, number[]>, plan: TagPlan, contextRef: string, prefix: string): string {
  const raw = text.slice(unit.span.start, unit.span.end);
  if (unit.heading) {
    const level = headingLevel(raw);
    const body = xmlEscape(plainHeading(raw));
    return level > 0 ? `<h${level}>${body}</h${level}>` : `<p><strong>${body}</strong></p>`;
  }
  let html = '';
  let cursor = unit.span.start;
  for (const si of unit.sentences) {
    const flags = flagsAt.get(si);
    if (!flags) continue;
    const s = report.sentences[si];
    html += xmlEscape(plainInline(text.slice(cursor, s.span.start)));
    let inner = xmlEscape(plainInline(text.slice(s.span.start, s.span.end)));
    for (const k of [...flags].reverse()) {
      const fact = plan.facts[k];
      const format = fact.value === true ? 'ixt:fixed-true' : 'ixt:fixed-false';
      inner = `<ix:nonNumeric id="${prefix}-${k + 1}" name="${CYD_PREFIX}:${fact.element}" contextRef="${contextRef}" format="${format}">${inner}</ix:nonNumeric>`;
    }
    html += inner;
    cursor = s.span.end;
  }
  html += xmlEscape(plainInline(text.slice(cursor, unit.span.end)));
  return `<p>${html.trim()}</p>`;
}
