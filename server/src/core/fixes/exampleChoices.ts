// Model sentences from filed sections as a choice in an inserted section: after the drafted paragraph,
// a bracketed reference note whose quoted sentence is picked from a list (VS Code shows the list at the
// tab stop). Its facts are another company's, so the note carries the drafting marker and stays a
// blocker until the drafter has rewritten the paragraph and deleted it.
import type { ElementId } from '../types';
import { exampleSource, peerExamples } from '../peers/figures';

/** `"…" (TSLA, fiscal 2023)` as one option of a snippet choice: commas escaped, snippet syntax dropped. */
function choiceOption(text: string, source: string): string {
  return `"${text}" (${source})`.replace(/[|$}\\]/g, '').replace(/,/g, '\\,');
}

/** The note with its choice at tab stop `stop`, or null when the element has no model sentences. */
export function filedExamplesNote(id: ElementId, stop: number): string | null {
  const models = peerExamples(id);
  if (models.length === 0) return null;
  const options = models.map((m) => choiceOption(m.text, exampleSource(m)));
  return `[Filed example, for reference only; its facts are that company's, not ours: \${${stop}|${options.join(',')}|}] [Company to confirm]`;
}
