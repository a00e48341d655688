import type { AnalyzeOptions, Finding, Report } from './types';
// A named import lets the bundler keep only this field of the manifest.
import { version } from '../../../package.json';
import { findSection, emptySection } from './section/findSection';
import { analyzeSection, type SectionMemo } from './sectionAnalysis';
import { inputRefusal } from './guard';
import { ELEMENTS } from './elements/registry';
import { RULES, RULE_META } from './rules/registry';
import { applyWaivers } from './waivers';
import { insertionFixes } from './fixes/insertSections';

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
  const section = refusal ? emptySection(options) : findSection(text, options);
  const form = section.form;
  if (!section.found) {
    return { version: VERSION, form, section, elements: [], findings: refusal ? [refusal] : [], sourceFixes: [], sentences: [], waivers: [] };
  }

  // Parse, sentences and element recognisers: see sectionAnalysis.ts (reused across keystrokes with a memo).
  const { sentences, ctx, elements } = analyzeSection(text, section, form, memo);

  const report: Report = { version: VERSION, form, section, elements, findings: [], sourceFixes: [], sentences, waivers: [] };
  const ruleCtx = { text, section, sentences: ctx.sentences, elements, options };
  const fixes = insertionFixes(text, report);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    // Configuration (`.item1c.json`): a rule can be turned off or given another severity.
    const setting = options.rules?.[rule.id];
    if (setting?.enabled === false) continue;
    let produced;
    try {
      produced = rule.check(ruleCtx);
    } catch (error) {
      findings.push({
        rule: 'internal-error',
        element: null,
        severity: 'information',
        message: `Rule ${rule.id} could not run: ${(error as Error).message}`,
        span: section.headingSpan ?? { start: 0, end: 0 },
        fixes: [],
      });
      continue;
    }
    for (const f of produced) {
      const fix = f.rule === 'element-missing' && f.element ? fixes.perElement.get(f.element) : undefined;
      findings.push({ ...f, severity: setting?.severity ?? f.severity, fixes: [...(fix ? [fix] : []), ...(f.fixes ?? [])] });
    }
  }
  const waived = applyWaivers(text, findings, elements, KNOWN_IDS, ELEMENT_IDS, options);
  report.findings = waived.findings;
  report.waivers = waived.waivers;
  report.sourceFixes = fixes.all ? [fixes.all] : [];
  return report;
}
