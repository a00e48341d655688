// The expensive half of a check: parse the section, split it into sentences and run the twelve element
// recognisers. It depends on the section text alone (and on the section's structure and form), so a
// language server that re-checks a document after every keystroke can keep what it computed before:
//
//  - an edit outside the section leaves the section text unchanged: the previous result is reused,
//    its offsets moved by however much the text before the section grew or shrank;
//  - an edit inside the section re-parses only the chunk it touched (see markdown/blocks.ts) and
//    re-normalises only the sentences whose text changed; the recognisers run again.
//
// Rules, fixes and waivers run on every check in analyze(): they may look at the whole document.
import type { ElementVerdict, Form, SectionInfo, Sentence, Span } from './types';
import { textBlocks, type BlockCache } from './markdown/blocks';
import { buildSentences } from './text/buildSentences';
import { RecognitionContext, prepareSentence, type Prepared } from './recognise/context';
import { ELEMENTS, citeFor } from './elements/registry';
import { Lru, detach } from './util/lru';
import { RuleRunMemo } from './runRules';
import { SectionTracker } from './section/sectionTracker';

export interface SectionAnalysis {
  /** What the analysis depends on (null without a memo): section rules add to it. */
  key: string | null;
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
  /** Checks that scanned the text for the section, and checks that moved the one found before. */
  sectionScans: number;
  sectionMoves: number;
  /** Checks that ran the section rules, and checks that reused their findings (see runRules.ts). */
  ruleRuns: number;
  ruleReuses: number;
  /** Duration of the latest check in milliseconds. */
  lastMs: number;
}

interface Stored {
  bodyStart: number;
  sentences: Sentence[];
  elements: ElementVerdict[];
}

/** What one document's consecutive checks share. Bounded: memory does not grow with the number of edits. */
export class SectionMemo {
  readonly stats: AnalyzerStats = { checks: 0, sectionAnalyses: 0, sectionReuses: 0, lastReused: false, chunksParsed: 0, chunksReused: 0, sectionScans: 0, sectionMoves: 0, ruleRuns: 0, ruleReuses: 0, lastMs: 0 };
  // Each stored section keeps its sentences' text, which are views on that version of the document.
  readonly sections = new Lru<string, Stored>(2);
  // A section has tens of chunks and a few hundred sentences: room for several versions of each.
  readonly chunks: BlockCache = new Lru(1000);
  readonly prepared = new Lru<string, Prepared>(2000);
  readonly rules = new RuleRunMemo(this.stats);
  /** Where the section is, moved by edits that cannot change it (see section/sectionTracker.ts). */
  readonly tracker = new SectionTracker(this.stats);

  clear(): void {
    this.tracker.clear();
    this.rules.clear();
    this.sections.clear();
    this.chunks.clear();
    this.prepared.clear();
  }
}

/** Entries the chunk and sentence caches keep beyond what the latest version of the section uses. */
const RECENT = 16;

const CROSS_REFERENCE_REASON = 'Not checked: the section only refers to another part of the report.';

/** Sentences, recognition context and element verdicts of the section; `memo` makes it incremental. */
export function analyzeSection(text: string, section: SectionInfo, form: Form | null, memo?: SectionMemo): SectionAnalysis {
  const body = section.bodySpan;
  const key = memo ? sectionKey(text, section, form) : '';
  const stored = memo?.sections.get(key);
  if (memo && stored) {
    memo.stats.sectionReuses++;
    memo.stats.lastReused = true;
    const delta = body.start - stored.bodyStart;
    const sentences = stored.sentences.map((s) => ({ ...s, span: shift(s.span, delta) }));
    const elements = stored.elements.map((v) => copyVerdict(v, delta));
    return { key, sentences, ctx: new RecognitionContext(sentences, form, memoPrepare(memo)), elements };
  }

  const chunks = memo ? countingCache(memo) : undefined;
  const chunksBefore = memo ? memo.stats.chunksParsed + memo.stats.chunksReused : 0;
  const sentences = buildSentences(text, textBlocks(text, body, chunks), section);
  const ctx = new RecognitionContext(sentences, form, memo ? memoPrepare(memo) : prepareSentence);
  const elements: ElementVerdict[] = ELEMENTS.map((element) => {
    const cite = citeFor(element, form);
    if (section.crossReference) return { id: element.id, status: 'not-applicable', reason: CROSS_REFERENCE_REASON, evidence: [], cite };
    try {
      return { id: element.id, cite, ...element.recognise(ctx) };
    } catch (error) {
      // One faulty recogniser must not take the others down.
      return { id: element.id, cite, status: 'partial', reason: `Could not be checked: ${(error as Error).message}`, evidence: [] };
    }
  });
  if (memo) {
    // Keep what this version of the section uses and a few recent others (an undo finds them): what is
    // kept follows the size of the section, not the number of edits, so memory stays flat over a long
    // drafting session.
    const chunksUsed = memo.stats.chunksParsed + memo.stats.chunksReused - chunksBefore;
    memo.chunks.trim(chunksUsed + RECENT);
    memo.prepared.trim(sentences.length + RECENT);
    memo.stats.sectionAnalyses++;
    memo.stats.lastReused = false;
    // Stored as copies: later steps (waivers, callers) may annotate the verdicts they are given. Their
    // texts are views on the stored key, which ends with the body: views on `text` would keep this
    // version of a whole annual report alive while the section stays unchanged.
    const storedKey = detach(key);
    const own = ownText(storedKey, body);
    memo.sections.set(storedKey, {
      bodyStart: body.start,
      sentences: sentences.map((s) => ({ ...s, span: { ...s.span }, text: own(s.span, s.text) })),
      elements: elements.map((v) => ({ ...v, evidence: v.evidence.map((e) => ({ ...e, span: { ...e.span }, text: own(e.span, e.text) })) })),
    });
  }
  return { key: memo ? key : null, sentences, ctx, elements };
}

/** Everything the section analysis depends on: the body text, and the section's structure relative to it. */
function sectionKey(text: string, section: SectionInfo, form: Form | null): string {
  const base = section.bodySpan.start;
  const rel = (s: Span) => `${s.start - base},${s.end - base}`;
  const subs = section.subsections.map((s) => `${s.part}:${rel(s.span)}:${rel(s.headingSpan)}`).join(';');
  return `${form}|${section.crossReference ?? ''}|${subs}|${text.slice(base, section.bodySpan.end)}`;
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
  return { ...v, evidence: v.evidence.map((e) => ({ ...e, span: shift(e.span, delta) })) };
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

/** The memo's chunk cache, counting what was parsed and what was reused. */
function countingCache(memo: SectionMemo): BlockCache {
  const cache = memo.chunks;
  return {
    get(key: string) {
      const v = cache.get(key);
      if (v === undefined) memo.stats.chunksParsed++;
      else memo.stats.chunksReused++;
      return v;
    },
    set: (key: string, value) => cache.set(key, value),
  } as BlockCache;
}
