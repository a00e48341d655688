import type { AnalyzeOptions, ElementVerdict, Finding, Fix, SectionInfo, Severity, Span } from '../types';
import type { Sent } from '../recognise/context';
import type { Lru } from '../util/lru';

export interface RuleContext {
  text: string;
  section: SectionInfo;
  sentences: readonly Sent[];
  elements: readonly ElementVerdict[];
  /** Markdown syntax in the section (from its mdast; see markdown/slice.ts), sorted by start. */
  syntax: readonly Span[];
  options: AnalyzeOptions;
  /** Zero-based line of `section.span.start` in the document (for line numbers in messages). */
  sectionLine: number;
  /** Labels of the link reference definitions anywhere in the document, normalised. */
  linkLabels: ReadonlySet<string>;
  /** The `<!-- item1c-imported-flags -->` comment anywhere in the document, or ''. */
  importedFlagsComment: string;
  /** Keeps what document rules computed for unchanged stretches of text (absent for a one-off check). */
  memo?: RuleMemo;
}

/** Storage a document rule may use between checks of the same document. */
export interface RuleMemo {
  /** The store called `name` (created on first use), holding at most `capacity` entries. */
  store<T>(name: string, capacity: number): Lru<string, T>;
}

/**
 * Which text a rule reads. A `section` rule reads `ctx.text` only within `ctx.section.span`, and beyond
 * it only the facts the context gives (`sectionLine`, `linkLabels`, `importedFlagsComment`): its
 * findings are reused, moved, while all of those and the options are unchanged. A `document` rule may
 * read the whole text and runs on every check (the memo can keep its work small).
 */
export type RuleScope = 'section' | 'document';

/** What a rule reports: a finding, optionally with the fixes that are safe for it. */
export type RuleFinding = Omit<Finding, 'fixes'> & { fixes?: Fix[] };

/** What docs, schema and configuration know about a rule. */
export interface RuleMeta {
  id: string;
  description: string;
  tags: string[];
  defaultSeverity: Severity;
  fixable: boolean;
  /** The rule paragraph or guidance behind the rule, e.g. `Item 106(c)(1)`. */
  cite?: string;
  /** A longer explanation for the rules reference: what is flagged, what is deliberately not. */
  details?: string;
}

/** One check, in its own file, in the manner of markdownlint's rules. */
export interface RuleDef extends RuleMeta {
  /** Default `section`. */
  scope?: RuleScope;
  check(ctx: RuleContext): RuleFinding[];
  /**
   * Document rules only: whether the rule's findings may change when this line (outside Item 1C, without
   * its line break) is edited into another line. A rule without it makes every edit re-check the document.
   */
  lineMatters?(line: string): boolean;
}
