// Runs the practice recognisers on the section the checker read: its sentences and its element verdicts.
import type { ElementId, Evidence, Form, Report, Sentence, Status } from '../types';
import { RecognitionContext } from '../recognise/context';
import { elementById } from '../elements/registry';
import type { PracticeDef, PracticeInput, VerdictView } from './practiceDef';
import { PRACTICES } from './registry';

// Drafted text still shows the practice: the figure says what the text does, not whether it is confirmed.
const shownAs = (status: Status): Status => (status === 'drafted' ? 'present' : status);

/**
 * The sentences that show each practice in the report's section, by practice id. A section that only
 * refers elsewhere, or none found, shows none.
 */
export function practicesInReport(report: Report): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>();
  if (!report.section.found || report.section.crossReference) return out;
  const verdicts = new Map(report.elements.map((v) => [v.id, v]));
  const input: PracticeInput = {
    ctx: new RecognitionContext(report.sentences, report.form),
    verdict(id: ElementId): VerdictView {
      const v = verdicts.get(id);
      if (!v) return { status: 'missing', evidence: [], advice: [] };
      return { status: shownAs(v.status), evidence: v.evidence, advice: (v.advice ?? []).map((a) => a.reason) };
    },
  };
  for (const practice of PRACTICES) {
    const evidence = safely(practice, input);
    if (evidence.length > 0) out.set(practice.id, evidence);
  }
  return out;
}

/** Whether one sentence, read alone, shows the practice: what makes it a model sentence. */
export function shownAlone(practice: PracticeDef, sentence: Sentence, form: Form | null): boolean {
  const ctx = new RecognitionContext([{ ...sentence, block: 0, heading: false }], form);
  const input: PracticeInput = {
    ctx,
    verdict(id: ElementId): VerdictView {
      const r = elementById(id)!.recognise(ctx);
      return { status: r.status, evidence: r.evidence, advice: r.advice ?? [] };
    },
  };
  return safely(practice, input).length > 0;
}

function safely(practice: PracticeDef, input: PracticeInput): Evidence[] {
  try {
    return practice.recognise(input);
  } catch {
    // A peer figure is advice: a faulty practice recogniser says nothing rather than stop the check.
    return [];
  }
}
