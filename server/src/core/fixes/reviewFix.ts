// "Mark reviewed": the review comment (see reviews.ts) for an element, with the reviewer's name as the
// one tab stop. The date is the caller's (the core reads no clock); the fingerprint is of the evidence
// the reviewer is looking at now.
import type { ElementVerdict, Fix, SectionInfo } from '../types';
import { elementById } from '../elements/registry';
import { evidenceFingerprint } from '../reviews';
import { blockStart } from './waiveFix';
import { lineBreakAt } from '../text/lineIndex';

export function reviewFix(text: string, section: SectionInfo, verdict: ElementVerdict, date: string): Fix {
  const anchor = verdict.evidence[0]?.span.start ?? section.headingSpan?.start ?? section.span.start;
  const at = blockStart(text, section, anchor);
  const eol = lineBreakAt(text, section.span.start);
  const tail = ` on ${date} (evidence ${evidenceFingerprint(verdict)}) -->${eol}`;
  return {
    title: `Mark "${elementById(verdict.id)?.title ?? verdict.id}" reviewed`,
    kind: 'quickfix',
    // Without tab stops the name is left empty, and the comment is reported until it is given.
    insertions: [{ offset: at, snippet: `<!-- item1c-reviewed ${verdict.id}: \${1:reviewer}${tail}`, plain: `<!-- item1c-reviewed ${verdict.id}: ${tail}` }],
  };
}
