// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards and CI annotations.
// Element findings use the element id as ruleId so that a dashboard groups them by disclosure
// element and links each to its paragraph of Item 106; the core's own rule id travels in
// `properties.rule`. Findings that concern no element (placeholders, headings) use the rule id.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ELEMENTS, citeFor, ecfrUrl } from '../core';
import type { Finding, Severity } from '../core';
import type { FileOutcome } from './model';
import { toRange } from './model';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

interface ReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string };
  helpUri?: string;
  properties?: Record<string, unknown>;
}

/** Slash-separated, percent-encoded path relative to `cwd`, or an absolute file URI outside it. */
export function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

function elementRules(): ReportingDescriptor[] {
  return ELEMENTS.map((element) => ({
    id: element.id,
    name: element.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
    shortDescription: { text: `${element.title} (${citeFor(element, '10-K')})` },
    fullDescription: { text: element.ruleText },
    help: { text: element.satisfiedBy },
    helpUri: ecfrUrl(element),
    properties: {
      item106: citeFor(element, '10-K'),
      item16K: citeFor(element, '20-F'),
      tags: ['item106', element.part === 'rms' ? 'risk-management-and-strategy' : 'governance'],
    },
  }));
}

function ruleIdOf(finding: Finding): string {
  return finding.element ?? finding.rule;
}

export function formatSarif(outcomes: readonly FileOutcome[], version: string, cwd: string): string {
  const rules = elementRules();
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const ensureRule = (finding: Finding): number => {
    const id = ruleIdOf(finding);
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.length;
      rules.push({ id, shortDescription: { text: id }, ...(finding.url ? { helpUri: finding.url } : {}) });
      ruleIndex.set(id, index);
    }
    return index;
  };

  const artifacts = outcomes.map((o) => ({ location: artifactUri(o.path, cwd) }));
  const results: unknown[] = [];
  const notifications: unknown[] = [];

  outcomes.forEach((outcome, artifactIndex) => {
    const artifactLocation = { ...artifacts[artifactIndex].location, index: artifactIndex };
    if (outcome.kind === 'failed') {
      notifications.push({
        level: 'error',
        message: { text: `${outcome.path}: ${outcome.error}` },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
      return;
    }
    for (const finding of outcome.report.findings) {
      // A Word draft has no lines to point at: the location is its paragraph, named and quoted.
      const word = outcome.word ? outcome.word.locate(outcome.text, finding.span) : null;
      results.push({
        ruleId: ruleIdOf(finding),
        ruleIndex: ensureRule(finding),
        level: LEVEL[finding.severity],
        message: { text: word ? `${finding.message} (Word ${word.where}: "${word.quote}")` : finding.message },
        locations: [
          word
            ? { physicalLocation: { artifactLocation }, logicalLocations: [{ name: word.where, kind: 'paragraph' }] }
            : { physicalLocation: { artifactLocation, region: toRange(outcome.lines, finding.span) } },
        ],
        properties: {
          rule: finding.rule,
          element: finding.element,
          severity: finding.severity,
          ...(word ? { wordParagraph: word.paragraph, quote: word.quote } : {}),
          ...(finding.element
            ? { cite: outcome.report.elements.find((e) => e.id === finding.element)?.cite ?? null }
            : {}),
        },
      });
    }
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'item1c', version, semanticVersion: version, rules } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + path.sep).href } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
