// Runs the rules of one check. Section rules (see RuleScope) depend on the section and a few document
// facts only, so a language server re-checking after every keystroke keeps their findings while those are
// unchanged: an edit elsewhere in a whole annual report moves them instead of running them again.
// Document rules run on every check; they keep their own work small through the rule memo.
import type { Finding, Fix } from './types';
import type { RuleContext, RuleDef, RuleFinding, RuleMemo } from './rules/ruleDef';
import { RULES } from './rules/registry';
import { Lru, detach } from './util/lru';
import { waiveFix } from './fixes/waiveFix';
import { ELEMENT_FINDING_RULES } from './elementFindings';
import { lineBreakAt } from './text/lineIndex';
import { mover } from './offsets';

/** The rule id of the finding that stands for a rule that threw. */
export const INTERNAL_ERROR = 'internal-error';

/** What consecutive checks of one document share for the rules. Bounded, like the section memo. */
export class RuleRunMemo {
  constructor(private readonly stats: { ruleRuns: number; ruleReuses: number }) {}

  /** Findings of the section rules by what they depend on; offsets relative to the section start. */
  readonly sectionFindings = new Lru<string, ReadonlyMap<string, readonly RuleFinding[]>>(2);
  // A store's name may carry what its entries depend on (a rule's settings): few names stay in use.
  private readonly stores = new Lru<string, Lru<string, unknown>>(16);

  /** Storage for a document rule, by name; each holds at most `capacity` entries. */
  readonly ruleMemo: RuleMemo = {
    store: <T>(name: string, capacity: number): Lru<string, T> => {
      let store = this.stores.get(name);
      if (!store) this.stores.set(name, (store = new Lru<string, unknown>(capacity)));
      return store as Lru<string, T>;
    },
  };

  /** Counts a run of the section rules, or a reuse of their findings. */
  count(reused: boolean): void {
    if (reused) this.stats.ruleReuses++;
    else this.stats.ruleRuns++;
  }

  clear(): void {
    this.sectionFindings.clear();
    this.stores.clear();
  }
}

/**
 * Findings of every enabled rule, in registry order, as the rules produced them. `documentFindings`, when
 * given, stands for what the document rules would report (see analyzeFound): they do not run.
 */
export function runRules(ctx: RuleContext, sectionKey: string | null, memo?: RuleRunMemo, documentFindings?: ReadonlyMap<string, readonly RuleFinding[]>): Map<string, readonly RuleFinding[]> {
  const enabled = RULES.filter((rule) => ctx.options.rules?.[rule.id]?.enabled !== false);
  const base = ctx.section.span.start;
  const key = memo && sectionKey !== null ? dependencyKey(ctx, sectionKey) : null;
  const stored = key === null ? undefined : memo?.sectionFindings.get(key);
  const out = new Map<string, readonly RuleFinding[]>();
  const fresh = new Map<string, readonly RuleFinding[]>();
  let local: RuleContext | undefined;
  const toDocument = mover((o) => o + base);
  for (const rule of enabled) {
    if (rule.scope === 'document') {
      out.set(rule.id, documentFindings ? (documentFindings.get(rule.id) ?? []) : checkSafely(rule, ctx));
      continue;
    }
    let relative = stored?.get(rule.id);
    if (!relative) {
      // Section rules run on the section alone, as if it were the whole text: they cannot read past it,
      // and nothing they build (masked text, indexes) is the size of a whole annual report.
      relative = checkSafely(rule, (local ??= sectionContext(ctx)));
      fresh.set(rule.id, relative);
    }
    out.set(rule.id, relative.map(toDocument.finding));
  }
  if (memo && key !== null) {
    memo.count(stored !== undefined);
    if (!stored) memo.sectionFindings.set(detach(key), fresh);
  }
  return out;
}

/** A rule's findings; a rule that throws gives one finding that says so, and the others still run. */
function checkSafely(rule: RuleDef, ctx: RuleContext): readonly RuleFinding[] {
  try {
    return rule.check(ctx);
  } catch (error) {
    return [
      {
        rule: INTERNAL_ERROR,
        element: null,
        severity: 'information',
        message: `Rule ${rule.id} could not run: ${(error as Error).message}`,
        span: ctx.section.headingSpan ?? { start: 0, end: 0 },
      },
    ];
  }
}

/**
 * Everything section rules may depend on besides the section analysis (`sectionKey`): the heading,
 * the options, the section's first line, the link labels and the imported flags.
 */
function dependencyKey(ctx: RuleContext, sectionKey: string): string {
  const { span, bodySpan } = ctx.section;
  const heading = ctx.text.slice(span.start, bodySpan.start);
  const labels = [...ctx.linkLabels].sort().join('\u0001');
  return `${JSON.stringify(ctx.options)}\u0000${ctx.sectionLine}\u0000${labels}\u0000${ctx.importedFlagsComment}\u0000${heading}\u0000${sectionKey}`;
}

/** The context with the section's text only, every offset relative to the section's start. */
function sectionContext(ctx: RuleContext): RuleContext {
  const { section } = ctx;
  const base = section.span.start;
  const toLocal = mover((o) => o - base);
  return {
    ...ctx,
    // A copy: strings the rules derive from it (messages, fix texts) are kept with their findings, and
    // a view on the document would keep the whole annual report alive with them.
    text: detach(ctx.text.slice(base, section.span.end)),
    section: toLocal.section(section),
    sentences: toLocal.sentences(ctx.sentences),
    elements: toLocal.elements(ctx.elements),
    syntax: ctx.syntax.map(toLocal.span),
  };
}

/** Applies configured severities and attaches the insertion fixes of missing elements. */
export function toFindings(produced: ReadonlyMap<string, readonly RuleFinding[]>, ctx: RuleContext, perElement: ReadonlyMap<string, readonly Fix[]>): Finding[] {
  const findings: Finding[] = [];
  // The section's line break, for the waiver comments: looked up once, and only if a waiver is offered.
  let eol: string | undefined;
  for (const [ruleId, list] of produced) {
    const setting = ctx.options.rules?.[ruleId];
    for (const f of list) {
      if (f.rule === INTERNAL_ERROR) {
        findings.push({ ...f, fixes: [] });
        continue;
      }
      const inserts = f.rule === 'element-missing' && f.element ? (perElement.get(f.element) ?? []) : [];
      const fix = inserts[0];
      // A missing element sits on the heading of its part; the place its section would go is shown beside it.
      const at = fix?.insertions[0]?.offset;
      const related = at === undefined ? f.related : [...(f.related ?? []), { span: { start: at, end: at }, message: 'The drafted section would be inserted here ("Insert section").' }];
      // Every element finding can be settled in place with a waiver and its reason.
      const waive = f.element && ELEMENT_FINDING_RULES.has(f.rule) ? [waiveFix(ctx.text, ctx.section, f.element, f.span, (eol ??= lineBreakAt(ctx.text, ctx.section.span.start)))] : [];
      findings.push({ ...f, severity: setting?.severity ?? f.severity, fixes: [...inserts, ...(f.fixes ?? []), ...waive], ...(related ? { related } : {}) });
    }
  }
  return findings;
}
