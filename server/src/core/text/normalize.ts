/**
 * Text used for matching: lower case, straight quotes and apostrophes, Markdown emphasis and
 * link targets dropped, whitespace (including no-break spaces) collapsed. Offsets are not kept;
 * evidence ranges always come from the raw sentence spans.
 */
export function normalizeForMatch(raw: string): string {
  return raw
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_`]+/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .toLowerCase();
}
