// Reads the text of an `.item1c.json` / `.item1c.jsonc` file into analysis options. Pure: the caller
// reads the file. Every problem carries the offset and length of the JSON that causes it, so the
// server can put a diagnostic on the config file and the CLI can name a line.
//
// What is broken is never fatal: a syntax error ignores the whole file (defaults apply), an invalid
// value ignores that setting, and an unknown key is a warning.
//
// jsonc-parser's parser and `getNodeValue` recurse once per level of nesting, so a file nested a few
// thousand levels deep would overflow the stack. The nesting is measured first with its scanner, which
// does not recurse, and a file deeper than MAX_CONFIG_DEPTH is not parsed at all. Within that depth every
// later walk (validation, messages, the options built) is shallow. How many problems are reported is
// capped too, so a file of garbage gives a screenful, not one line per byte.
import { createScanner, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ELEMENTS, RULE_META, type AnalyzeOptions, type RuleSetting, type Severity } from '../core';

export const CONFIG_FILE_NAMES = ['.item1c.json', '.item1c.jsonc'] as const;

/** What a configuration file contributes to the analysis options. */
export type ConfigOptions = Pick<AnalyzeOptions, 'form' | 'rules' | 'fiscalYear' | 'housePhrases' | 'strictness'> & {
  /** Last year's filed section, relative to the configuration file's folder (see server/src/lsp/previousFiling.ts). */
  previousFiling?: string;
};

export interface ConfigProblem {
  severity: 'error' | 'warning';
  message: string;
  offset: number;
  length: number;
}

export interface ParsedConfig {
  options: ConfigOptions;
  problems: ConfigProblem[];
  /** True when the file could not be parsed at all; `options` is then empty. */
  broken: boolean;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
export const TOP_LEVEL_KEYS = ['$schema', 'rules', 'fiscalYear', 'form', 'housePhrases', 'strictness', 'previousFiling'] as const;

/** Deepest nesting of `[` / `{` read; a real configuration needs three levels. */
export const MAX_CONFIG_DEPTH = 64;
/** Problems reported per file; any beyond are summed up in one more. */
export const MAX_CONFIG_PROBLEMS = 50;

const RULE_IDS = new Set(RULE_META.map((r) => r.id));
const ELEMENT_IDS = new Set<string>(ELEMENTS.map((e) => e.id));

export function parseConfig(text: string): ParsedConfig {
  const parsed = parseChecked(text);
  return { ...parsed, problems: capped(parsed.problems) };
}

function parseChecked(text: string): ParsedConfig {
  const tooDeep = nestingBeyond(text, MAX_CONFIG_DEPTH);
  if (tooDeep >= 0) {
    const message = `The configuration is nested too deeply: more than ${MAX_CONFIG_DEPTH} levels of [ ] or { } (a valid one needs three). item1c ignores this file and uses its defaults until it is fixed.`;
    return { options: {}, problems: [{ severity: 'error', message, offset: tooDeep, length: 1 }], broken: true };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const problems: ConfigProblem[] = [];
  if (errors.length > 0) {
    for (const e of errors) {
      problems.push({ severity: 'error', message: `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}. item1c ignores this file and uses its defaults until it is fixed.`, offset: e.offset, length: Math.max(1, e.length) });
    }
    return { options: {}, problems, broken: true };
  }
  if (!root) return { options: {}, problems, broken: false };
  if (root.type !== 'object') {
    problems.push({ severity: 'error', message: 'The configuration must be a JSON object, e.g. { "rules": { "residue-bracketed-text": "off" } }. item1c uses its defaults.', offset: root.offset, length: root.length });
    return { options: {}, problems, broken: true };
  }

  const options: ConfigOptions = {};
  const problem = (severity: ConfigProblem['severity'], message: string, node: Node): void => {
    problems.push({ severity, message, offset: node.offset, length: node.length });
  };

  for (const [key, keyNode, value] of properties(root)) {
    switch (key) {
      case '$schema':
        if (value.type !== 'string') problem('error', '"$schema" must be a string.', value);
        break;
      case 'fiscalYear': {
        const v = getNodeValue(value) as unknown;
        if (typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100) options.fiscalYear = v;
        else problem('error', `"fiscalYear" must be a four-digit year such as 2025, not ${shown(value)}; it is ignored.`, value);
        break;
      }
      case 'form': {
        const v = getNodeValue(value) as unknown;
        if (v === 'auto' || v === '10-K' || v === '20-F') options.form = v;
        else problem('error', `"form" must be "auto", "10-K" or "20-F", not ${shown(value)}; it is ignored.`, value);
        break;
      }
      case 'strictness': {
        const v = getNodeValue(value) as unknown;
        if (v === 'standard' || v === 'literal') options.strictness = v;
        else problem('error', `"strictness" must be "standard" or "literal", not ${shown(value)}; it is ignored.`, value);
        break;
      }
      case 'previousFiling': {
        const v = getNodeValue(value) as unknown;
        if (typeof v === 'string' && v.trim() !== '') options.previousFiling = v;
        else problem('error', `"previousFiling" must be the path of last year's filed section (Markdown, or the EDGAR page saved as HTML), not ${shown(value)}; it is ignored.`, value);
        break;
      }
      case 'rules':
        if (value.type !== 'object') problem('error', '"rules" must be an object of rule ids, e.g. { "residue-bracketed-text": "off" }; it is ignored.', value);
        else options.rules = parseRules(value, problem);
        break;
      case 'housePhrases':
        if (value.type !== 'object') problem('error', '"housePhrases" must be an object: { "required": [...], "forbidden": [...] }; it is ignored.', value);
        else options.housePhrases = parseHousePhrases(value, problem);
        break;
      default:
        problem('warning', `Unknown setting "${key}"; item1c ignores it. Known settings: ${TOP_LEVEL_KEYS.filter((k) => k !== '$schema').join(', ')}.`, keyNode);
    }
  }
  return { options, problems, broken: false };
}

type Report = (severity: ConfigProblem['severity'], message: string, node: Node) => void;

function parseRules(node: Node, problem: Report): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, keyNode, value] of properties(node)) {
    if (!RULE_IDS.has(id)) {
      const hint = ELEMENT_IDS.has(id)
        ? ` "${id}" is a disclosure element: configure "element-missing" / "element-partial", or waive the element in the draft with <!-- item1c-disable-file ${id}: reason -->.`
        : '';
      problem('warning', `Unknown rule "${id}"; it is ignored.${hint}`, keyNode);
      continue;
    }
    const setting = parseRuleSetting(id, value, problem);
    if (setting) rules[id] = setting;
  }
  return rules;
}

function parseRuleSetting(id: string, value: Node, problem: Report): RuleSetting | undefined {
  const v = getNodeValue(value) as unknown;
  if (v === 'off' || v === false) return { enabled: false };
  if (v === 'on' || v === true) return { enabled: true };
  if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) return { enabled: true, severity: v as Severity };
  if (value.type === 'object') {
    const setting: RuleSetting = {};
    for (const [key, keyNode, child] of properties(value)) {
      const c = getNodeValue(child) as unknown;
      if (key === 'enabled') {
        if (typeof c === 'boolean') setting.enabled = c;
        else problem('error', `"enabled" of rule "${id}" must be true or false; it is ignored.`, child);
      } else if (key === 'severity') {
        if (typeof c === 'string' && (SEVERITIES as readonly string[]).includes(c)) setting.severity = c as Severity;
        else problem('error', `"severity" of rule "${id}" must be one of ${SEVERITIES.join(', ')}; it is ignored.`, child);
      } else {
        problem('warning', `Unknown setting "${key}" for rule "${id}"; use "enabled" and "severity".`, keyNode);
      }
    }
    return setting;
  }
  problem('error', `Rule "${id}" must be "off", "on", a severity (${SEVERITIES.join(', ')}) or { "enabled": ..., "severity": ... }; the setting is ignored.`, value);
  return undefined;
}

function parseHousePhrases(node: Node, problem: Report): NonNullable<ConfigOptions['housePhrases']> {
  const out: NonNullable<ConfigOptions['housePhrases']> = {};
  for (const [key, keyNode, value] of properties(node)) {
    if (key !== 'required' && key !== 'forbidden') {
      problem('warning', `Unknown key "${key}" in "housePhrases"; use "required" and "forbidden".`, keyNode);
      continue;
    }
    const v = getNodeValue(value) as unknown;
    if (!Array.isArray(v)) {
      problem('error', `"housePhrases.${key}" must be a list of phrases; it is ignored.`, value);
      continue;
    }
    const phrases: string[] = [];
    (value.children ?? []).forEach((child, i) => {
      const p = v[i] as unknown;
      if (typeof p === 'string' && p.trim() !== '') phrases.push(p);
      else problem('error', `Each phrase in "housePhrases.${key}" must be non-empty text; this entry is ignored.`, child);
    });
    out[key] = phrases;
  }
  return out;
}

/**
 * Offset of the first `[` or `{` that opens a level deeper than `limit`, or -1. Uses the same scanner
 * as the parser, so brackets in strings and comments do not count. A closing bracket only closes the
 * innermost level it matches: the parser skips one that does not, so the count never falls below the
 * parser's own depth.
 */
export function nestingBeyond(text: string, limit: number): number {
  const OPEN_BRACE = 1;
  const CLOSE_BRACE = 2;
  const OPEN_BRACKET = 3;
  const CLOSE_BRACKET = 4;
  const EOF = 17;
  const scanner = createScanner(text, true);
  const open: number[] = [];
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (open.length === limit) return scanner.getTokenOffset();
      open.push(token);
    } else if ((token === CLOSE_BRACE && open.at(-1) === OPEN_BRACE) || (token === CLOSE_BRACKET && open.at(-1) === OPEN_BRACKET)) {
      open.pop();
    }
  }
  return -1;
}

/** A value as a message shows it: short scalars as written, anything else by its kind. */
function shown(node: Node): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    default: {
      const text = JSON.stringify(node.value) ?? String(node.value);
      return text.length > 40 ? `${text.slice(0, 37)}...` : text;
    }
  }
}

function capped(problems: ConfigProblem[]): ConfigProblem[] {
  if (problems.length <= MAX_CONFIG_PROBLEMS) return problems;
  const hidden = problems.slice(MAX_CONFIG_PROBLEMS - 1);
  const rest = hidden.length;
  const next = hidden[0];
  const severity = hidden.some((p) => p.severity === 'error') ? 'error' : 'warning';
  const summary: ConfigProblem = { severity, message: `${rest} more problems in this file are not shown; fix the ones above first.`, offset: next.offset, length: next.length };
  return [...problems.slice(0, MAX_CONFIG_PROBLEMS - 1), summary];
}

function* properties(node: Node): Generator<[string, Node, Node]> {
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode || !value) continue;
    yield [String(keyNode.value), keyNode, value];
  }
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The configuration's contribution on top of options from settings or the command line. */
export function withConfig(base: AnalyzeOptions, config: ConfigOptions | undefined): AnalyzeOptions {
  if (!config) return base;
  const out: AnalyzeOptions = { ...base };
  if (config.rules) out.rules = { ...config.rules, ...(base.rules ?? {}) };
  if (config.fiscalYear !== undefined && base.fiscalYear === undefined) out.fiscalYear = config.fiscalYear;
  if (config.housePhrases && !base.housePhrases) out.housePhrases = config.housePhrases;
  // Counsel who ask for every literal gap, in the project's file or in their own settings, get them.
  if (config.strictness === 'literal') out.strictness = 'literal';
  // An explicit form from the editor or the command line wins; `auto` defers to the file.
  if (config.form && config.form !== 'auto' && (base.form === undefined || base.form === 'auto')) out.form = config.form;
  return out;
}
