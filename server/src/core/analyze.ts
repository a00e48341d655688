import type { AnalyzeOptions, Report } from './types';
// A named import lets the bundler keep only this field of the manifest.
import { version } from '../../../package.json';
import { findSection, emptySection } from './section/findSection';
import { analyzeSection, type SectionMemo } from './sectionAnalysis';
import { inputRefusal } from './guard';
import { ELEMENTS } from './elements/registry';
import { RULE_META } from './rules/registry';
import type { RuleContext } from './rules/ruleDef';
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
import { sectionSpecificity } from './specificity/section';

export const VERSION: string = version;

const ELEMENT_IDS: ReadonlySet<string> = new Set(ELEMENTS.map((e) => e.id));
const KNOWN_IDS: ReadonlySet<string> = new Set([...RULE_META.map((r) => r.id), ...ELEMENT_IDS]);

/**
 * text + options -> report. Pure and synchronous: no I/O, no editor, no transport.
 * `memo` (see createAnalyzer) only makes repeated checks of one document faster; the report is the same.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, memo?: SectionMemo): Report {
  // Files above the size limit and binary files get one finding that says why they are not checked.
  const refusal = inputRefusal(text, options);
  const found = refusal ? emptySection(options) : memo ? memo.tracker.find(text, options) : findSection(text, options);
  const form = found.form;
  if (!found.found) {
    return { version: VERSION, form, section: found, elements: [], findings: refusal ? [refusal] : [], sourceFixes: [], sentences: [], waivers: [] };
  }

  // Parse, sentences and element recognisers: see sectionAnalysis.ts (reused across keystrokes with a memo).
  const labels = linkLabels(text);
  const analysis = analyzeSection(text, found, form, labels, memo);
  const { key, sentences, ctx } = analysis;
  const elements = markDrafted(applyStrictness(analysis.elements, options), sentences);
  const section = { ...found, subsections: analysis.subsections };

  const report: Report = { version: VERSION, form, section, elements, findings: [], sourceFixes: [], sentences, waivers: [], specificity: sectionSpecificity(sentences) };
  const ruleCtx: RuleContext = {
    text,
    section,
    sentences: ctx.sentences,
    elements,
    syntax: analysis.syntax,
    options,
    sectionLine: lineAt(text, section.span.start),
    linkLabels: labels,
    importedFlagsComment: importedFlagsComment(text),
    memo: memo?.rules.ruleMemo,
  };
  const fixes = insertionFixes(text, report);
  // Configuration (`.item1c.json`) can turn a rule off or give it another severity.
  const findings = toFindings(runRules(ruleCtx, key, memo?.rules), ruleCtx, fixes.perElement);
  const waived = applyWaivers(text, findings, elements, KNOWN_IDS, ELEMENT_IDS, options);
  const reviewProblems = applyReviews(waived.directives, elements);
  report.findings = capFindings(reviewProblems.length > 0 ? [...waived.findings, ...reviewProblems] : waived.findings, section);
  report.waivers = waived.waivers;
  report.sourceFixes = fixes.all ? [fixes.all] : [];
  return report;
}
