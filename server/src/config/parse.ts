// Reads the text of an `.item1c.json` / `.item1c.jsonc` file into analysis options. Pure: the caller
// reads the file. Every problem carries the offset and length of the JSON that causes it, so the
// server can put a diagnostic on the config file and the CLI can name a line.
//
// What is broken is never fatal: a syntax error ignores the whole file (defaults apply), an invalid
// value ignores that setting, and an unknown key is a warning.
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ELEMENTS, RULE_META, type AnalyzeOptions, type RuleSetting, type Severity } from '../core';

export const CONFIG_FILE_NAMES = ['.item1c.json', '.item1c.jsonc'] as const;

/** What a configuration file contributes to the analysis options. */
export type ConfigOptions = Pick<AnalyzeOptions, 'form' | 'rules' | 'fiscalYear' | 'housePhrases'>;

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
export const TOP_LEVEL_KEYS = ['$schema', 'rules', 'fiscalYear', 'form', 'housePhrases'] as const;

const RULE_IDS = new Set(RULE_META.map((r) => r.id));
const ELEMENT_IDS = new Set<string>(ELEMENTS.map((e) => e.id));

export function parseConfig(text: string): ParsedConfig {
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
        else problem('error', `"fiscalYear" must be a four-digit year such as 2025, not ${JSON.stringify(v)}; it is ignored.`, value);
        break;
      }
      case 'form': {
        const v = getNodeValue(value) as unknown;
        if (v === 'auto' || v === '10-K' || v === '20-F') options.form = v;
        else problem('error', `"form" must be "auto", "10-K" or "20-F", not ${JSON.stringify(v)}; it is ignored.`, value);
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
  // An explicit form from the editor or the command line wins; `auto` defers to the file.
  if (config.form && config.form !== 'auto' && (base.form === undefined || base.form === 'auto')) out.form = config.form;
  return out;
}
