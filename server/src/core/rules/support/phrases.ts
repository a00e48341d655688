/**
 * A literal phrase as a pattern: any case, any run of whitespace, straight or curly quotes, any dash;
 * words may also be joined by hyphens ("state of the art" finds "state-of-the-art").
 */
export function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const body = words
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['\u2018\u2019]/g, "['\u2018\u2019]")
        .replace(/["\u201C\u201D]/g, '["\u201C\u201D]')
        .replace(/[-\u2010-\u2015]/g, '[-\u2010-\u2015]'),
    )
    .join('(?:\\s+|\\s*[-\u2010-\u2015]\\s*)');
  const lead = /^\w/.test(words[0]) ? '\\b' : '';
  const tail = /\w$/.test(words[words.length - 1]) ? '\\b' : '';
  return new RegExp(`${lead}${body}${tail}`, 'gi');
}
