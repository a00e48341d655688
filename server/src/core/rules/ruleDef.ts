import type { AnalyzeOptions, ElementVerdict, Finding, SectionInfo, Severity } from '../types';
import type { Sent } from '../recognise/context';

export interface RuleContext {
  text: string;
  section: SectionInfo;
  sentences: readonly Sent[];
  elements: readonly ElementVerdict[];
  options: AnalyzeOptions;
}

/** One check, in its own file, in the manner of markdownlint's rules. */
export interface RuleDef {
  id: string;
  description: string;
  tags: string[];
  defaultSeverity: Severity;
  fixable: boolean;
  check(ctx: RuleContext): Omit<Finding, 'fixes'>[];
}
