// The expensive half of a check: parse the section, split it into sentences and run the twelve element
// recognisers. It depends on the section text alone (and on the section's structure and form), so a
// language server that re-checks a document after every keystroke can keep what it computed before:
//
//  - an edit outside the section leaves the section text unchanged: the previous result is reused,
//    its offsets moved by however much the text before the section grew or shrank;
//  - an edit inside the section re-parses only the chunk it touched (see markdown/slice.ts) and
//    re-normalises only the sentences whose text changed; the recognisers run again.
//
// Rules, fixes and waivers run on every check in analyze(): they may look at the whole document.
import type { ElementVerdict, Form, SectionInfo, Sentence, Span, Subsection } from './types';
import { parseSlice, type ChunkCache, type ChunkRead, type SliceFacts } from './markdown/slice';
import { normaliseLabel } from './rules/support/mask';
import { findSubsections } from './section/subsections';
import { buildSentences } from './text/buildSentences';
import { splitSentences } from './text/sentences';
import { RecognitionContext, prepareSentence, type Prepared } from './recognise/context';
import { ELEMENTS, citeFor } from './elements/registry';
import { Lru, detach } from './util/lru';
import { RuleRunMemo } from './runRules';
import { SectionTracker } from './section/sectionTracker';

export interface SectionAnalysis {
  /** What the analysis depends on (null without a memo): section rules add to it. */
  key: string | null;
  /** Sub-headings of the body, from its mdast. */
  subsections: Subsection[];
  /** Markdown syntax in the section (heading line and body), from its mdast, sorted by start. */
  syntax: Span[];
  sentences: Sentence[];
  ctx: RecognitionContext;
  elements: ElementVerdict[];
}

export interface AnalyzerStats {
  /** Checks run through this analyzer. */
  checks: number;
  /** Section analyses computed (parse + recognisers). */
  sectionAnalyses: number;
  /** Checks that reused the previous section analysis because the section text was unchanged. */
  sectionReuses: number;
  /** Whether the latest check reused a section analysis. */
  lastReused: boolean;
  /** Chunks of Markdown parsed, and chunks found already parsed. */
  chunksParsed: number;
  chunksReused: number;
  /** How the parsed chunks were read (see markdown/slice.ts): as prose, as plain text past a limit, with CommonMark, with GFM. */
  chunksRead: Record<ChunkRead, number>;
  /** Checks that scanned the text for the section, and checks that moved the one found before. */
  sectionScans: number;
  sectionMoves: number;
  /** Checks that ran the section rules, and checks that reused their findings (see runRules.ts). */
  ruleRuns: number;
  ruleReuses: number;
  /** Edits taken without reading the text: the report before them moved (see edits/lineEdit.ts). */
  editsMoved: number;
  /** Duration of the latest check in milliseconds. */
  lastMs: number;
}

interface Stored {
  bodyStart: number;
  subsections: Subsection[];
  syntax: Span[];
  sentences: Sentence[];
  elements: ElementVerdict[];
}

/** What one document's consecutive checks share. Bounded: memory does not grow with the number of edits. */
export class SectionMemo {
  readonly stats: AnalyzerStats = { checks: 0, sectionAnalyses: 0, sectionReuses: 0, lastReused: false, chunksParsed: 0, chunksReused: 0, chunksRead: { prose: 0, text: 0, commonmark: 0, gfm: 0 }, sectionScans: 0, sectionMoves: 0, ruleRuns: 0, ruleReuses: 0, editsMoved: 0, lastMs: 0 };
  // Each stored section keeps its sentences' text, which are views on that version of the document.
  readonly sections = new Lru<string, Stored>(2);
  // A section has tens of chunks and a few hundred sentences: room for several versions of each.
  readonly chunks: ChunkCache = new Lru(1000);
  readonly prepared = new Lru<string, Prepared>(2000);
  /** Sentence spans of each block's text: a keystroke splits only the block it changed. */
  readonly splits = new Lru<string, readonly Span[]>(1000);
  readonly rules = new RuleRunMemo(this.stats);
  /** Where the section is, moved by edits that cannot change it (see section/sectionTracker.ts). */
  readonly tracker = new SectionTracker(this.stats);

  clear(): void {
    this.tracker.clear();
    this.rules.clear();
    this.sections.clear();
    this.chunks.clear();
    this.prepared.clear();
    this.splits.clear();
  }
}

/** Entries the chunk and sentence caches keep beyond what the latest version of the section uses. */
const RECENT = 16;

const CROSS_REFERENCE_REASON = 'Not checked: the section only refers to another part of the report.';
const NOT_APPLICABLE_REASON = 'Not disclosed: the section says only that the Item does not apply.';

/**
 * Sub-headings, syntax, sentences, recognition context and element verdicts of the section; `memo`
 * makes it incremental. `labels`: the link definitions of the whole document (see mask.ts).
 */
export function analyzeSection(text: string, section: SectionInfo, form: Form | null, labels: ReadonlySet<string>, memo?: SectionMemo): SectionAnalysis {
  const body = section.bodySpan;
  const key = memo ? sectionKey(text, section, form, labels) : '';
  const stored = memo?.sections.get(key);
  if (memo && stored) {
    memo.stats.sectionReuses++;
    memo.stats.lastReused = true;
    const delta = body.start - stored.bodyStart;
    const subsections = stored.subsections.map((sub) => ({ ...sub, span: shift(sub.span, delta), headingSpan: shift(sub.headingSpan, delta) }));
    const syntax = stored.syntax.map((s) => shift(s, delta));
    const sentences = stored.sentences.map((s) => ({ ...s, span: shift(s.span, delta) }));
    const elements = stored.elements.map((v) => copyVerdict(v, delta));
    return { key, subsections, syntax, sentences, ctx: new RecognitionContext(sentences, form, memoPrepare(memo)), elements };
  }

  const chunks = memo ? countingCache(memo) : undefined;
  const chunksBefore = memo ? memo.stats.chunksParsed + memo.stats.chunksReused : 0;
  const parsed = parseBody(text, section, labels, chunks, memo ? (read) => memo.stats.chunksRead[read]++ : undefined);
  const subsections = findSubsections(text, section, parsed.blocks, parsed.headings);
  const sentences = buildSentences(text, parsed.blocks, { ...section, subsections }, memo ? memoSplit(memo) : undefined);
  const ctx = new RecognitionContext(sentences, form, memo ? memoPrepare(memo) : prepareSentence);
  const elements: ElementVerdict[] = ELEMENTS.map((element) => {
    const cite = citeFor(element, form);
    if (section.crossReference) return { id: element.id, status: 'not-applicable', reason: CROSS_REFERENCE_REASON, evidence: [], cite };
    if (section.notApplicable) return { id: element.id, status: 'missing', reason: NOT_APPLICABLE_REASON, evidence: [], cite };
    try {
      const { advice, ...result } = element.recognise(ctx);
      return { id: element.id, cite, ...result, ...(advice && advice.length > 0 && result.status === 'present' ? { advice: advice.map((reason) => ({ reason, cite })) } : {}) };
    } catch (error) {
      // One faulty recogniser must not take the others down.
      return { id: element.id, cite, status: 'partial', reason: `Could not be checked: ${(error as Error).message}`, evidence: [] };
    }
  });
  const syntax = parsed.syntax;
  if (memo) {
    // Keep what this version of the section uses and a few recent others (an undo finds them): what is
    // kept follows the size of the section, not the number of edits, so memory stays flat over a long
    // drafting session.
    const chunksUsed = memo.stats.chunksParsed + memo.stats.chunksReused - chunksBefore;
    memo.chunks.trim(chunksUsed + RECENT);
    memo.prepared.trim(sentences.length + RECENT);
    memo.splits.trim(parsed.blocks.length + RECENT);
    memo.stats.sectionAnalyses++;
    memo.stats.lastReused = false;
    // Stored as copies: later steps (waivers, callers) may annotate the verdicts they are given. Their
    // texts are views on the stored key, which ends with the body: views on `text` would keep this
    // version of a whole annual report alive while the section stays unchanged.
    const storedKey = detach(key);
    const own = ownText(storedKey, body);
    memo.sections.set(storedKey, {
      bodyStart: body.start,
      subsections: subsections.map((sub) => ({ ...sub, title: detach(sub.title), span: { ...sub.span }, headingSpan: { ...sub.headingSpan } })),
      syntax: syntax.map((s) => ({ ...s })),
      sentences: sentences.map((s) => ({ ...s, span: { ...s.span }, text: own(s.span, s.text) })),
      elements: elements.map((v) => ({ ...v, evidence: v.evidence.map((e) => ({ ...e, span: { ...e.span }, text: own(e.span, e.text) })) })),
    });
  }
  return { key: memo ? key : null, subsections, syntax, sentences, ctx, elements };
}

/**
 * The mdast facts of the body, and the syntax of the heading line too (the mask covers the whole
 * section). A body that defines labels the document scan did not see (a definition inside a list or a
 * block quote) is parsed again with them, so that its references read as in one parse of the body.
 */
function parseBody(text: string, section: SectionInfo, labels: ReadonlySet<string>, cache: ChunkCache | undefined, count: ((read: ChunkRead) => void) | undefined): SliceFacts {
  const body = section.bodySpan;
  let facts = parseSlice(text, body, { labels, cache, count });
  const unseen = facts.definitions.map(normaliseLabel).filter((label) => !labels.has(label));
  if (unseen.length > 0) facts = parseSlice(text, body, { labels: new Set([...labels, ...unseen]), cache, count });
  if (body.start > section.span.start) {
    const heading = parseSlice(text, { start: section.span.start, end: body.start }, { labels, cache, count });
    facts.syntax.unshift(...heading.syntax);
  }
  return facts;
}

/**
 * Everything the section analysis depends on: the form, the link definitions (they decide which
 * brackets are links), the heading line, whether the line after the body is blank (a title line on the
 * body's last line is a sub-heading only with a blank line after it) and the body text.
 */
function sectionKey(text: string, section: SectionInfo, form: Form | null, labels: ReadonlySet<string>): string {
  const defined = [...labels].sort().join('\u0001');
  const heading = text.slice(section.span.start, section.bodySpan.start);
  const after = lineAfterIsBlank(text, section.bodySpan.end) ? 'blank' : 'text';
  return `${form}|${section.crossReference ?? ''}|${defined}|${after}|${heading.length}|${heading}${text.slice(section.bodySpan.start, section.bodySpan.end)}`;
}

/** Whether the line after the line break at `end` is blank or missing. */
function lineAfterIsBlank(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  if (start >= text.length) return true;
  const nl = text.indexOf('\n', start);
  // A lone carriage return ends a line too.
  return text.slice(start, nl < 0 ? text.length : nl).split('\r')[0].trim() === '';
}

function shift(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

/** The text of `span` as a view on `key`, which ends with the body `body`; a copy where it is not that text. */
function ownText(key: string, body: Span): (span: Span, text: string) => string {
  const at = key.length - (body.end - body.start) - body.start;
  return (span, text) => {
    if (span.start >= body.start && span.end <= body.end) {
      const view = key.slice(at + span.start, at + span.end);
      if (view === text) return view;
    }
    return detach(text);
  };
}

function copyVerdict(v: ElementVerdict, delta: number): ElementVerdict {
  return { ...v, evidence: v.evidence.map((e) => ({ ...e, span: shift(e.span, delta) })), ...(v.advice ? { advice: v.advice.map((a) => ({ ...a })) } : {}) };
}

function memoPrepare(memo: SectionMemo): (text: string) => Prepared {
  return (text) => {
    let p = memo.prepared.get(text);
    if (p === undefined) {
      // The normalised text can be the sentence itself (a lower-case sentence), a view on the document.
      const prepared = prepareSentence(text);
      p = { ...prepared, norm: detach(prepared.norm) };
      memo.prepared.set(detach(text), p);
    }
    return p;
  };
}

function memoSplit(memo: SectionMemo): (raw: string) => readonly Span[] {
  return (raw) => {
    let spans = memo.splits.get(raw);
    if (spans === undefined) memo.splits.set(detach(raw), (spans = splitSentences(raw)));
    return spans;
  };
}

/** The memo's chunk cache, counting what was parsed and what was reused. */
function countingCache(memo: SectionMemo): ChunkCache {
  const cache = memo.chunks;
  return {
    get(key: string) {
      const v = cache.get(key);
      if (v === undefined) memo.stats.chunksParsed++;
      else memo.stats.chunksReused++;
      return v;
    },
    set: (key: string, value) => cache.set(key, value),
  } as ChunkCache;
}
