import type { AnalyzeOptions, Report, SectionInfo } from './types';
// A named import lets the bundler keep only this field of the manifest.
import { version } from '../../../package.json';
import { findSection, emptySection } from './section/findSection';
import { analyzeSection, type SectionMemo } from './sectionAnalysis';
import { inputRefusal } from './guard';
import { ELEMENTS } from './elements/registry';
import { RULE_META, RULES } from './rules/registry';
import type { RuleContext, RuleFinding } from './rules/ruleDef';
import { runRules, toFindings } from './runRules';
import { linkLabels } from './rules/support/mask';
import { lineAt } from './text/lineIndex';
import { importedFlagsComment } from './xbrl/plan';
import { applyWaivers } from './waivers';
import { applyReviews } from './reviews';
import { insertionFixes } from './fixes/insertSections';
import { capFindings } from './findingsCap';
import { applyStrictness } from './strictness';
import { markDrafted } from './drafted';

export const VERSION: string = version;

const ELEMENT_IDS: ReadonlySet<string> = new Set(ELEMENTS.map((e) => e.id));
const KNOWN_IDS: ReadonlySet<string> = new Set([...RULE_META.map((r) => r.id), ...ELEMENT_IDS]);
const DOCUMENT_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.scope === 'document').map((r) => r.id));

/** What a check reads from the whole document besides its section. */
export interface DocumentFacts {
  /** Labels of the link reference definitions anywhere in the document. */
  labels: Set<string>;
  /** The imported XBRL flags comment, or ''. */
  importedFlagsComment: string;
  /** Zero-based line of the section's start. */
  sectionLine: number;
}

/** A report with what it was made from, for an analyzer that moves it after later edits (see edits/). */
export interface Analysis {
  report: Report;
  /** Null when no section was found. */
  facts: DocumentFacts | null;
  /** What the document rules reported, as they reported it (before severities and waivers). */
  documentFindings: ReadonlyMap<string, readonly RuleFinding[]>;
}

/**
 * text + options -> report. Pure and synchronous: no I/O, no editor, no transport.
 * `memo` (see createAnalyzer) only makes repeated checks of one document faster; the report is the same.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, memo?: SectionMemo): Report {
  return analyzeDocument(text, options, memo).report;
}

export function analyzeDocument(text: string, options: AnalyzeOptions = {}, memo?: SectionMemo): Analysis {
  // Files above the size limit and binary files get one finding that says why they are not checked.
  const refusal = inputRefusal(text, options);
  const found = refusal ? emptySection(options) : memo ? memo.tracker.find(text, options) : findSection(text, options);
  if (!found.found) {
    const report: Report = { version: VERSION, form: found.form, section: found, elements: [], findings: refusal ? [refusal] : [], sourceFixes: [], sentences: [], waivers: [] };
    return { report, facts: null, documentFindings: new Map() };
  }
  const facts: DocumentFacts = { labels: linkLabels(text), importedFlagsComment: importedFlagsComment(text), sectionLine: lineAt(text, found.span.start) };
  return analyzeFound(text, found, options, facts, memo);
}

/**
 * The report on a section already found. `text` must hold the section; beyond it, only `facts` and the
 * document rules' findings are read: given `documentFindings`, the document rules do not run, so `text`
 * may be the section alone, with the offsets of `found` and of those findings relative to it.
 */
export function analyzeFound(text: string, found: SectionInfo, options: AnalyzeOptions, facts: DocumentFacts, memo?: SectionMemo, documentFindings?: ReadonlyMap<string, readonly RuleFinding[]>): Analysis {
  const form = found.form;
  const labels = facts.labels;
  // Parse, sentences and element recognisers: see sectionAnalysis.ts (reused across keystrokes with a memo).
  const analysis = analyzeSection(text, found, form, labels, memo);
  const { key, sentences, ctx } = analysis;
  const elements = markDrafted(applyStrictness(analysis.elements, options), sentences);
  const section = { ...found, subsections: analysis.subsections };

  const report: Report = { version: VERSION, form, section, elements, findings: [], sourceFixes: [], sentences, waivers: [] };
  const ruleCtx: RuleContext = {
    text,
    section,
    sentences: ctx.sentences,
    elements,
    syntax: analysis.syntax,
    options,
    sectionLine: facts.sectionLine,
    linkLabels: labels,
    importedFlagsComment: facts.importedFlagsComment,
    memo: memo?.rules.ruleMemo,
  };
  const fixes = insertionFixes(text, report);
  // Configuration (`.item1c.json`) can turn a rule off or give it another severity.
  const produced = runRules(ruleCtx, key, memo?.rules, documentFindings);
  const findings = toFindings(produced, ruleCtx, fixes.perElement);
  const waived = applyWaivers(text, findings, elements, KNOWN_IDS, ELEMENT_IDS, options);
  const reviewProblems = applyReviews(waived.directives, elements);
  report.findings = capFindings(reviewProblems.length > 0 ? [...waived.findings, ...reviewProblems] : waived.findings, section);
  report.waivers = waived.waivers;
  report.sourceFixes = fixes.all ? [fixes.all] : [];
  return { report, facts, documentFindings: new Map([...produced].filter(([id]) => DOCUMENT_RULES.has(id))) };
}
