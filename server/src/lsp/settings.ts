// The client's `item1c` settings, read through `workspace/configuration` (or pushed with
// didChangeConfiguration by clients that cannot answer it). Settings are user JSON: anything
// unexpected falls back to its default, with one log line saying so, rather than breaking checks.
import type { Severity, Strictness } from '../core';

export interface Settings {
  check: 'auto' | 'always';
  form: 'auto' | '10-K' | '20-F';
  severity: { missing: Severity; partial: Severity };
  debounceMs: number;
  /** Larger files get one diagnostic saying why they are not checked. */
  maxFileSizeMB: number;
  /** `literal` reports literal gaps as partial elements instead of advice. */
  strictness: Strictness;
  /** Last year's filed section to compare the draft with; '' for none (see previousFiling.ts). */
  previousFiling: string;
}

export const DEFAULT_SETTINGS: Settings = {
  check: 'auto',
  form: 'auto',
  severity: { missing: 'error', partial: 'warning' },
  debounceMs: 200,
  maxFileSizeMB: 10,
  strictness: 'standard',
  previousFiling: '',
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function pick<T>(value: unknown, allowed: readonly T[], fallback: T, name: string, problems: string[]): T {
  if (value === undefined || value === null) return fallback;
  if (allowed.includes(value as T)) return value as T;
  problems.push(`${name}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  return fallback;
}

function number(value: unknown, fallback: number, valid: (n: number) => boolean, name: string, expected: string, problems: string[]): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && valid(value)) return value;
  problems.push(`${name}: ${JSON.stringify(value)} is not ${expected}`);
  return fallback;
}

function text(value: unknown, name: string, problems: string[]): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  problems.push(`${name}: ${JSON.stringify(value)} is not a file path`);
  return '';
}

/** Settings from raw client JSON, and what was wrong with it (one line per setting). */
export function normalizeSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && obj !== raw) problems.push(`expected an object of item1c settings, got ${JSON.stringify(raw)?.slice(0, 80)}`);
  const sev = obj.severity && typeof obj.severity === 'object' ? (obj.severity as Record<string, unknown>) : {};
  if (obj.severity !== undefined && obj.severity !== null && typeof obj.severity !== 'object') {
    problems.push(`severity: expected an object, got ${JSON.stringify(obj.severity)}`);
  }
  const debounceMs = number(obj.debounceMs, DEFAULT_SETTINGS.debounceMs, (n) => n >= 0, 'debounceMs', 'a non-negative number', problems);
  const settings: Settings = {
    check: pick(obj.check, ['auto', 'always'] as const, DEFAULT_SETTINGS.check, 'check', problems),
    form: pick(obj.form, ['auto', '10-K', '20-F'] as const, DEFAULT_SETTINGS.form, 'form', problems),
    severity: {
      missing: pick(sev.missing, SEVERITIES, DEFAULT_SETTINGS.severity.missing, 'severity.missing', problems),
      partial: pick(sev.partial, SEVERITIES, DEFAULT_SETTINGS.severity.partial, 'severity.partial', problems),
    },
    // A minute is already far past any useful debounce; a larger value is almost certainly a typo.
    debounceMs: Math.min(Math.round(debounceMs), 60_000),
    strictness: pick(obj.strictness, ['standard', 'literal'] as const, DEFAULT_SETTINGS.strictness, 'strictness', problems),
    previousFiling: text(obj.previousFiling, 'previousFiling', problems),
    maxFileSizeMB: number(obj.maxFileSizeMB, DEFAULT_SETTINGS.maxFileSizeMB, (n) => n > 0, 'maxFileSizeMB', 'a positive number', problems),
  };
  return { settings, problems };
}
