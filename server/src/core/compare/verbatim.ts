// When two sentences count as "the same sentence" across years. A filing's text reaches us through
// different routes (EDGAR's HTML rendered to Markdown, a draft typed in an editor), so the comparison
// ignores what those routes change and a reader does not see: line breaks and runs of spaces, Markdown
// emphasis and backslash escapes, list markers, and the typographic form of quotes, apostrophes and
// dashes. Everything else, capitalization and punctuation included, must match.
import { dropLinkTargets } from '../text/normalize';

export function verbatimKey(text: string): string {
  return dropLinkTargets(text)
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*(?:>\s*)*(?:#{1,6}\s+|[-+•]\s+|\d{1,3}[.)]\s+|\([a-z0-9]{1,3}\)\s+)?/i, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
    .trim();
}
