import type { AnalyzeOptions, ElementVerdict, Finding, Report } from './types';
import pkg from '../../../package.json';
import { findSection } from './section/findSection';
import { textBlocks } from './markdown/blocks';
import { buildSentences } from './text/buildSentences';
import { RecognitionContext } from './recognise/context';
import { ELEMENTS, citeFor } from './elements/registry';
import { RULES } from './rules/registry';
import { insertionFixes } from './fixes/insertSections';

export const VERSION: string = pkg.version;

/** text + options -> report. Pure and synchronous: no I/O, no editor, no transport. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const section = findSection(text, options);
  const form = section.form;
  if (!section.found) {
    return { version: VERSION, form, section, elements: [], findings: [], sourceFixes: [], sentences: [] };
  }

  const sentences = buildSentences(text, textBlocks(text, section.bodySpan), section);
  const ctx = new RecognitionContext(sentences, form);
  const elements: ElementVerdict[] = ELEMENTS.map((element) => {
    const cite = citeFor(element, form);
    if (section.crossReference) {
      return { id: element.id, status: 'not-applicable', reason: 'Not checked: the section only refers to another part of the report.', evidence: [], cite };
    }
    try {
      return { id: element.id, cite, ...element.recognise(ctx) };
    } catch (error) {
      // One faulty recogniser must not take the others down.
      return { id: element.id, cite, status: 'partial', reason: `Could not be checked: ${(error as Error).message}`, evidence: [] };
    }
  });

  const report: Report = { version: VERSION, form, section, elements, findings: [], sourceFixes: [], sentences };
  const ruleCtx = { text, section, sentences: ctx.sentences, elements, options };
  const fixes = insertionFixes(text, report);
  const findings: Finding[] = [];
  for (const rule of RULES) {
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
      findings.push({ ...f, fixes: fix ? [fix] : [] });
    }
  }
  report.findings = findings;
  report.sourceFixes = fixes.all ? [fixes.all] : [];
  return report;
}
