// Stands in for `decode-named-character-reference` in the bundles (see scripts/build.mjs).
//
// micromark's only caller of the real function is its `characterReference` construct, and blocks.ts
// disables that construct for every content type (text, and the `string` type of code fence info,
// definition destinations and titles): the tokenizer refuses a disabled construct before running it.
// The real module's only content is the HTML entity table, about 36 KB of the minified server, which
// would be loaded and never read. Were the construct ever enabled again, references would be left
// undecoded rather than misread, and the alias must go.
export function decodeNamedCharacterReference(_value: string): string | false {
  return false;
}
