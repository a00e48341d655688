import { analyze, ELEMENTS, type ElementId, type Report, type Status } from '../../server/src/core';

export interface Label {
  status: Status;
  reason?: string;
}

export type Labels = Record<string, Partial<Record<ElementId, Label>>>;

export interface Agreement {
  gaps: number;
  gapsFound: number;
  presentLabels: number;
  falseAlarms: number;
  disagreements: string[];
}

/** Gap recall: labelled partial or missing, checker says partial or missing. False alarm: labelled present, checker says missing. */
export function agreement(labels: Labels, reports: Map<string, Report>): Agreement {
  const result: Agreement = { gaps: 0, gapsFound: 0, presentLabels: 0, falseAlarms: 0, disagreements: [] };
  for (const [file, byElement] of Object.entries(labels)) {
    const report = reports.get(file);
    if (!report) throw new Error(`labelled file ${file} is not in the corpus`);
    for (const element of ELEMENTS) {
      const label = byElement[element.id];
      if (!label) throw new Error(`${file}: no label for ${element.id}`);
      const verdict = report.elements.find((e) => e.id === element.id);
      const got = verdict?.status ?? 'missing';
      const isGap = (s: Status) => s === 'partial' || s === 'missing';
      if (isGap(label.status)) {
        result.gaps++;
        if (isGap(got)) result.gapsFound++;
        else result.disagreements.push(`${file} ${element.id}: labelled ${label.status} (${label.reason ?? ''}), checker ${got}`);
      } else if (label.status === 'present') {
        result.presentLabels++;
        if (got === 'missing') {
          result.falseAlarms++;
          result.disagreements.push(`${file} ${element.id}: labelled present, checker missing (${verdict?.reason ?? ''})`);
        }
      }
    }
  }
  return result;
}

export interface Ablation {
  trials: number;
  noLongerPresent: number;
  failures: string[];
}

/** For each element found present, delete its evidence sentences and check again: it must no longer be present. */
export function ablation(files: Map<string, string>, reports: Map<string, Report>): Ablation {
  const result: Ablation = { trials: 0, noLongerPresent: 0, failures: [] };
  for (const [file, text] of files) {
    const report = reports.get(file)!;
    for (const verdict of report.elements) {
      if (verdict.status !== 'present' || verdict.evidence.length === 0) continue;
      result.trials++;
      const spans = [...verdict.evidence].sort((a, b) => b.span.start - a.span.start);
      let cut = text;
      for (const e of spans) cut = cut.slice(0, e.span.start) + cut.slice(e.span.end);
      const again = analyze(cut).elements.find((e) => e.id === verdict.id);
      if (again && again.status !== 'present') result.noLongerPresent++;
      else result.failures.push(`${file} ${verdict.id}: still present after deleting ${verdict.evidence.length} sentence(s)`);
    }
  }
  return result;
}
