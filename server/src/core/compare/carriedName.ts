// A name changed in one place only: an edited sentence now calls the CISO or the committee by a new name
// ("Chief Security Officer" where last year's said "Chief Information Security Officer"), while last
// year's name survives elsewhere in this year's draft. Each surviving mention is flagged, with the edit
// that renamed it. A new name that last year's filing already used is a different person or body, not a
// rename, and is left alone.
import { quote } from '../rules/support/util';
import type { CarriedFinding } from './types';
import type { CompareContext } from './context';
import { nameMentions, type NameMention } from './names';

export const CARRIED_OLD_NAME = 'carried-old-name';

interface Rename {
  old: NameMention;
  renamed: NameMention;
}

export function carriedOldNames(ctx: CompareContext): CarriedFinding[] {
  const lastNames = nameMentions(ctx.last.body);
  const thisNames = nameMentions(ctx.current.body);
  const lastKeys = new Set(lastNames.map((n) => n.key));
  const thisKeys = new Set(thisNames.map((n) => n.key));

  const renames: Rename[] = [];
  for (const [index, source] of ctx.edits) {
    const before = lastNames.filter((n) => n.sentence === source);
    const after = thisNames.filter((n) => n.sentence.index === index);
    for (const kind of ['officer', 'committee'] as const) {
      const removed = unique(before.filter((n) => n.kind === kind && !after.some((a) => a.key === n.key)));
      const added = unique(after.filter((n) => n.kind === kind && !before.some((b) => b.key === n.key) && !lastKeys.has(n.key)));
      for (let i = 0; i < Math.min(removed.length, added.length); i++) {
        if (thisKeys.has(removed[i].key)) renames.push({ old: removed[i], renamed: added[i] });
      }
    }
  }

  const out: CarriedFinding[] = [];
  const flagged = new Set<number>();
  for (const { old, renamed } of renames) {
    for (const n of thisNames) {
      if (n.key !== old.key || flagged.has(n.span.start)) continue;
      flagged.add(n.span.start);
      const what = n.kind === 'committee' ? 'committee name' : 'title';
      out.push({
        rule: CARRIED_OLD_NAME,
        severity: 'warning',
        message: `"${quote(n.text)}" is last year's ${what}: line ${ctx.thisLine(renamed.span.start)} now says "${quote(renamed.text)}" where last year's filing said "${quote(old.text)}" (line ${ctx.lastLine(old.span.start)} there). Use the new name here too, or confirm that both are meant.`,
        span: { ...n.span },
        lastSpan: { ...old.span },
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function unique(names: NameMention[]): NameMention[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.key) && seen.add(n.key));
}
