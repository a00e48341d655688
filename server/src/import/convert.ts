// Last year's filed disclosure, as the EDGAR XBRL viewer renders it, back into a Markdown draft: the
// Item heading of the form, the two sub-headings, each paragraph once under the part its elements belong
// to, and the flags kept in a comment for comparison with this year's plan. Pure: text in, text out.
import type { Form, Part } from '../core/types';
import { CYD_ANNUAL, type CydElement } from '../core/xbrl/elements';
import { looksLikeHtml, readHtmlRendering, readTextRendering, type Rendering } from './rendering';

export interface ImportOptions {
  /** `auto` (default) decides from the text ("annual report on Form 20-F"), else Form 10-K. */
  form?: 'auto' | Form;
}

export interface ImportedFact {
  element: string;
  kind: 'textBlock' | 'flag';
  /** Text blocks: paragraphs; flags: the value. */
  value: string[] | boolean;
}

export type ImportResult =
  | { ok: true; markdown: string; form: Form; formFrom: 'option' | 'text' | 'default'; facts: ImportedFact[]; warnings: string[]; period: string | null; input: 'text' | 'html' }
  | { ok: false; error: string };

export const FLAGS_COMMENT = 'item1c-imported-flags';

const PART_HEADING = /^(risk management( and strategy)?|(cyber ?security )?risk management,? (and )?strategy|strategy|governance|cyber ?security governance|cyber ?security risk management,? strategy,? and governance|cyber ?security|item\s*(1c|16k)\b.*)\.?$/i;

export function importEdgarRendering(input: string, options: ImportOptions = {}): ImportResult {
  if (input.replace(/^\uFEFF/, '').trim().length === 0) return { ok: false, error: 'the file is empty' };
  if (input.includes('\u0000')) return { ok: false, error: 'the file is binary, not an EDGAR XBRL viewer page saved as text or HTML' };
  const html = looksLikeHtml(input);
  const rendering: Rendering = html ? readHtmlRendering(input) : readTextRendering(input);

  const warnings: string[] = [];
  const facts: ImportedFact[] = [];
  for (const entry of rendering.entries) {
    const element = elementForLabel(entry.label);
    if (!element) {
      if (entry.value !== null) warnings.push(`skipped a row that is not an annual cyd element: "${entry.label}"`);
      continue;
    }
    if (entry.value === null || entry.value.length === 0) {
      warnings.push(`skipped "${entry.label}": the row has no value`);
      continue;
    }
    if (element.kind === 'flag') {
      const v = entry.value.join(' ').trim().toLowerCase();
      if (v === 'true' || v === 'yes') facts.push({ element: element.name, kind: 'flag', value: true });
      else if (v === 'false' || v === 'no') facts.push({ element: element.name, kind: 'flag', value: false });
      else warnings.push(`skipped the flag "${entry.label}": its value "${entry.value.join(' ')}" is neither true nor false`);
      continue;
    }
    facts.push({ element: element.name, kind: 'textBlock', value: entry.value });
  }

  if (facts.length === 0) {
    return {
      ok: false,
      error: `no cyd cybersecurity facts found in this ${html ? 'HTML' : 'text'} file: expected the EDGAR XBRL viewer page (R page) of a Form 10-K Item 1C or Form 20-F Item 16K disclosure, with rows such as "Cybersecurity Risk Board of Directors Oversight [Text Block]"`,
    };
  }
  if (!facts.some((f) => f.kind === 'textBlock')) {
    return { ok: false, error: 'the page has cyd flags but no text blocks: there is no disclosure text to turn into a draft' };
  }

  const allText = [rendering.title ?? '', ...facts.flatMap((f) => (Array.isArray(f.value) ? f.value : []))].join('\n');
  const decided = decideForm(allText, options.form);
  const markdown = toMarkdown(facts, decided.form, rendering.period);
  return { ok: true, markdown, form: decided.form, formFrom: decided.from, facts, warnings, period: rendering.period, input: rendering.kind };
}

/** The form from an option, else from what the text says about itself, else Form 10-K. */
export function decideForm(text: string, option: ImportOptions['form']): { form: Form; from: 'option' | 'text' | 'default' } {
  if (option === '10-K' || option === '20-F') return { form: option, from: 'option' };
  if (/\bannual report on form\s+20-f\b/i.test(text) || /\bitem\s+16k\b/i.test(text)) return { form: '20-F', from: 'text' };
  if (/\bannual report on form\s+10-k\b/i.test(text) || /\bitem\s+1c\b/i.test(text)) return { form: '10-K', from: 'text' };
  const twentyF = (text.match(/\bform\s+20-f\b/gi) ?? []).length;
  const tenK = (text.match(/\bform\s+10-k\b/gi) ?? []).length;
  if (twentyF > tenK) return { form: '20-F', from: 'text' };
  if (tenK > 0) return { form: '10-K', from: 'text' };
  return { form: '10-K', from: 'default' };
}

const normLabel = (s: string) =>
  s
    .toLowerCase()
    .replace(/\[[^\]]*\]\s*$/, '')
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const BY_LABEL = new Map<string, CydElement>();
for (const e of CYD_ANNUAL) {
  BY_LABEL.set(`${normLabel(e.label)}|${e.kind}`, e);
}

/** The annual cyd element a viewer row label stands for: by standard label and type, or by element name. */
export function elementForLabel(label: string): CydElement | undefined {
  const t = label.trim();
  const byName = /^(?:cyd[:_])?([A-Za-z]+(?:TextBlock|Flag))$/.exec(t);
  if (byName) return CYD_ANNUAL.find((e) => e.name === byName[1]);
  const kind = /\[text block\]$/i.test(t) ? 'textBlock' : /\[flag\]$/i.test(t) ? 'flag' : null;
  if (!kind) return undefined;
  return BY_LABEL.get(`${normLabel(t)}|${kind}`);
}

interface Para {
  text: string;
  norm: string;
  element: string;
  part: Part;
  heading: boolean;
  order: number;
}

const normPara = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase();

function isHeadingLike(text: string): boolean {
  return text.length <= 80 && text.split(/\s+/).length <= 10 && /^\p{Lu}/u.test(text) && !/[.:;,!?]$/.test(text);
}

const PROCESSES = CYD_ANNUAL[0].name;

/** Orders and de-duplicates the paragraphs of all text blocks (the viewer repeats text across blocks). */
export function arrangeParagraphs(facts: ImportedFact[]): { rms: Para[]; gov: Para[] } {
  const all: Para[] = [];
  for (const fact of facts) {
    if (fact.kind !== 'textBlock' || !Array.isArray(fact.value)) continue;
    const element = CYD_ANNUAL.find((e) => e.name === fact.element)!;
    const values = fact.value.map((v) => v.trim()).filter(Boolean);
    values.forEach((text, i) => {
      all.push({ text, norm: normPara(text), element: element.name, part: element.part, heading: i < values.length - 1 && isHeadingLike(text), order: all.length });
    });
  }
  // 1. Sub-headings of the two parts are written by us; other headings inside a block are kept.
  const content = all.filter((p) => !(p.heading && PART_HEADING.test(p.text)));
  // 2. One copy of each paragraph; 3. no paragraph that another paragraph contains.
  const unique: Para[] = [];
  for (const p of content) if (!unique.some((q) => q.norm === p.norm)) unique.push(p);
  const maximal = unique.filter((p) => !unique.some((q) => q !== p && q.norm.length > p.norm.length && q.norm.includes(p.norm)));
  // 4. Partial overlaps: a sentence already given is not given again.
  const seen = new Set<string>();
  const kept: Para[] = [];
  for (const p of maximal) {
    if (p.heading) {
      kept.push(p);
      continue;
    }
    const sentences = splitSentences(p.text).filter((s) => !seen.has(normPara(s)));
    if (sentences.length === 0) continue;
    for (const s of splitSentences(p.text)) seen.add(normPara(s));
    const text = sentences.join(' ');
    kept.push({ ...p, text, norm: normPara(text) });
  }
  // 5. The part: the blocks that hold the paragraph (or pieces of it) vote; the processes block, which
  //    filers often wrap around everything, only decides when nobody else does.
  const rms: Para[] = [];
  const gov: Para[] = [];
  for (const p of kept) {
    let votes = 0;
    for (const q of content) {
      if (q.element === PROCESSES || !(p.norm.includes(q.norm) || q.norm.includes(p.norm))) continue;
      votes += q.part === 'gov' ? 1 : -1;
    }
    const part: Part = votes > 0 ? 'gov' : votes < 0 ? 'rms' : p.part;
    (part === 'gov' ? gov : rms).push({ ...p, part });
  }
  return { rms, gov };
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["\u201D\u2019)]?)\s+(?=["\u201C(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Escapes what Markdown would read as markup, so the draft says exactly what the filing said. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_<]/g, (c) => `\\${c}`)
    .replace(/\[(?=[^\]]*\]\()/g, '\\[')
    .replace(/^(\s*)([#>+-]|\d{1,9}[.)])(?=\s|$)/, (_m, space: string, marker: string) => `${space}${marker.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+-])$/, '\\$1')}`)
    .replace(/^(\s*)(={3,}|-{3,})\s*$/, '$1\\$2');
}

function toMarkdown(facts: ImportedFact[], form: Form, period: string | null): string {
  const { rms, gov } = arrangeParagraphs(facts);
  const lines: string[] = [];
  const when = period ? ` (${period.replace(/--/g, '-')})` : '';
  lines.push(`<!-- item1c import: last year's disclosure${when}, converted from its EDGAR XBRL viewer page. Update it for this year before filing. -->`, '');
  lines.push(form === '20-F' ? '# Item 16K. Cybersecurity' : '# Item 1C. Cybersecurity', '');
  const emit = (title: string, paras: Para[]) => {
    lines.push(`## ${title}`, '');
    for (const p of paras) lines.push(p.heading ? `### ${escapeMarkdown(p.text)}` : escapeMarkdown(p.text), '');
  };
  emit('Risk Management and Strategy', rms);
  emit('Governance', gov);
  const flags = CYD_ANNUAL.filter((e) => e.kind === 'flag')
    .map((e) => facts.find((f) => f.element === e.name))
    .filter((f): f is ImportedFact => f !== undefined);
  if (flags.length > 0) {
    lines.push(`<!-- ${FLAGS_COMMENT}`);
    for (const f of flags) lines.push(`${f.element}: ${f.value === true ? 'true' : 'false'}`);
    lines.push('-->');
  }
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
