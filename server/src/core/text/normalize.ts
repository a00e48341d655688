const NEEDS_REPLACING = /\]\(|[*_`\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u2010-\u2015\u2212\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]| {2}/;

/**
 * Text used for matching: lower case, straight quotes and apostrophes, Markdown emphasis and
 * link targets dropped, whitespace (including no-break spaces) collapsed. Offsets are not kept;
 * evidence ranges always come from the raw sentence spans.
 */
export function normalizeForMatch(raw: string): string {
  // Most sentences hold none of what the replacements below change: one test instead of seven passes.
  if (!NEEDS_REPLACING.test(raw)) return raw.trim().toLowerCase();
  return dropLinkTargets(raw)
    .replace(/[*_`]+/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * `[text](target)` -> `[text]`, like replace(/\]\([^)]*\)/g, ']') but linear: that pattern rescans to the
 * end of the text for every `](` that is never closed.
 */
export function dropLinkTargets(s: string): string {
  let at = s.indexOf('](');
  if (at < 0) return s;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const close = s.indexOf(')', at + 2);
    // No `)` after this `](`, so none after any later one either.
    if (close < 0) break;
    out += s.slice(from, at + 1);
    from = close + 1;
    at = s.indexOf('](', from);
  }
  return out + s.slice(from);
}

/** Removes HTML comments, like replace(/<!--[\s\S]*?-->/g, '') but linear on unclosed comments. */
export function dropComments(s: string): string {
  let at = s.indexOf('<!--');
  if (at < 0) return s;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const close = s.indexOf('-->', at + 4);
    if (close < 0) break;
    out += s.slice(from, at);
    from = close + 3;
    at = s.indexOf('<!--', from);
  }
  return out + s.slice(from);
}
