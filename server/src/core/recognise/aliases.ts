import type { RecognitionContext } from './context';

// Filers name an office or a committee once, define a short form ("our Chief Cybersecurity Officer
// ("CCO")", "the Risk, Compliance and Security Committee (RCSC)") and use only the short form afterwards.
// The short form stands for whatever the full name stands for.

const DEFINITION = /\(\s*(?:the |our )?"?([a-z][a-z0-9&.'-]*(?: [a-z0-9&.'-]+){0,3}?)"?\s*\)/g;

const cache = new WeakMap<RecognitionContext, Map<RegExp, RegExp | null>>();

/**
 * The short forms the section defines for names matching `names`, as one pattern (null when none). `names`
 * must match the full name right before the parenthesis.
 */
export function aliasesOf(ctx: RecognitionContext, names: RegExp): RegExp | null {
  let byNames = cache.get(ctx);
  if (!byNames) cache.set(ctx, (byNames = new Map()));
  if (byNames.has(names)) return byNames.get(names)!;
  const ending = new RegExp(`(?:${names.source})\\s*,?\\s*$`);
  const found = new Set<string>();
  for (const s of ctx.sentences) {
    // matchAll copies the pattern on every call: most sentences define nothing, and are passed over.
    if (!s.norm.includes('(')) continue;
    for (const m of s.norm.matchAll(DEFINITION)) {
      const before = s.norm.slice(Math.max(0, m.index - 120), m.index);
      const alias = m[1].trim();
      if (ending.test(before) && !names.test(alias) && alias.length >= 2) found.add(alias);
    }
  }
  const pattern = found.size > 0 ? new RegExp(`\\b(${Array.from(found, escape).join('|')})\\b`) : null;
  byNames.set(names, pattern);
  return pattern;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
