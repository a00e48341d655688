import type { RuleDef, RuleFinding } from './ruleDef';
import type { Sent } from '../recognise/context';
import { DRAFT_MARKER } from '../drafted';
import { committeeMentions } from './support/committees';
import { excerpt, lineOf } from './support/util';

const ID = 'consistency-drafted-names';

// Titles as written, and the one name each stands for: "CISO" and "Chief Information Security Officer" are one officer.
const TITLE = /\b(chief (?:[a-z]+ ){0,3}?officer|ciso|cio|cto|cso|cro|cpo)\b/gi;
const ABBREVIATIONS: Record<string, string> = {
  ciso: 'chief information security officer',
  cio: 'chief information officer',
  cto: 'chief technology officer',
  cso: 'chief security officer',
  cro: 'chief risk officer',
  cpo: 'chief privacy officer',
};
const canonical = (title: string) => ABBREVIATIONS[title.toLowerCase()] ?? title.toLowerCase().replace(/\s+/g, ' ');
// The drafter's own statement of who is responsible, not a passing mention.
const RESPONSIBLE = /\b(responsib\w*|leads?|heads?|oversees?|manag\w+|accountable)\b/;

interface Mention {
  key: string;
  text: string;
  start: number;
  end: number;
  sentence: Sent;
}

/** Titles in a sentence, outside unmade choices ("[CIO/CEO]" names nobody yet). */
function titles(s: Sent): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(TITLE)) {
    const at = m.index!;
    const open = s.text.lastIndexOf('[', at);
    const close = s.text.indexOf(']', at);
    if (open >= 0 && close >= 0 && s.text.lastIndexOf(']', at) < open && s.text.slice(open, close).includes('/')) continue;
    out.push({ key: canonical(m[0]), text: m[0], start: s.span.start + at, end: s.span.start + at + m[0].length, sentence: s });
  }
  return out;
}

export const consistencyDraftedNames: RuleDef = {
  id: ID,
  description: "Inserted text that is not yet confirmed names a different responsible officer or committee than the drafter's own text.",
  tags: ['consistency', 'governance'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Item 106(c)',
  details:
    'A drafted section carries example titles and committees as bracketed blanks. When the drafter\'s own text already names the responsible officer (a "Chief Information Officer ... is responsible" sentence) or the overseeing committee, and a paragraph still marked "[Company to confirm]" names another one, the section would name two. Flagged on the inserted name, with the drafter\'s sentence quoted. Choices not yet made ("[Audit/Risk/Technology]") are not names.',
  check(ctx) {
    const drafted = new Set(ctx.sentences.filter((s) => DRAFT_MARKER.test(s.text)).map((s) => s.block));
    if (drafted.size === 0) return [];
    const isDrafted = (s: Sent) => drafted.has(s.block);
    const own = ctx.sentences.filter((s) => !s.heading && !isDrafted(s));
    const inserted = ctx.sentences.filter((s) => !s.heading && isDrafted(s));
    const out: RuleFinding[] = [];

    const ownOfficers = own.filter((s) => RESPONSIBLE.test(s.norm)).flatMap(titles);
    const ownOfficerKeys = new Set(ownOfficers.map((m) => m.key));
    if (ownOfficers.length > 0) {
      for (const m of inserted.flatMap(titles)) {
        if (ownOfficerKeys.has(m.key)) continue;
        const theirs = ownOfficers[0];
        out.push({
          rule: ID,
          element: null,
          severity: 'warning',
          message: `The inserted text names the ${m.text}, but your text names the ${theirs.text} as responsible on line ${lineOf(ctx, theirs.start)} ("${excerpt(ctx.text, theirs, theirs.sentence.span)}"). Name one officer throughout, or confirm that both are meant.`,
          span: { start: m.start, end: m.end },
        });
      }
    }

    const ownCommittees = committeeMentions(own).filter((c) => c.key !== '');
    const ownCommitteeKeys = new Set(ownCommittees.map((c) => c.key));
    if (ownCommittees.length > 0) {
      for (const c of committeeMentions(inserted)) {
        // An unmade choice ("[Audit/Risk/Technology] Committee") yields no name, so only names are compared.
        if (c.key === '' || ownCommitteeKeys.has(c.key)) continue;
        const theirs = ownCommittees[0];
        out.push({
          rule: ID,
          element: null,
          severity: 'warning',
          message: `The inserted text names the ${c.text}, but your text names the ${theirs.text} on line ${lineOf(ctx, theirs.span.start)}. Name one committee throughout, or confirm that both are meant.`,
          span: { ...c.span },
        });
      }
    }
    return out;
  },
};
