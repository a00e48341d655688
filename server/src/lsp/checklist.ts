// item1c's additions to LSP for the VS Code client: the checklist (pushed and on request), the
// "Insert section" fix of one element, and the exported checklist report. Translation only: every
// verdict, fix and count comes from the core report the server already computed.
import type { Connection } from 'vscode-languageserver/node';
import type { Lifecycle } from './lifecycle';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ELEMENTS, VERDICT_RULES, isWaiveFix, elementById, ecfrUrl, specificityOf, type Fix, type Report, type Severity } from '../core';
import {
  CHECKLIST_METHOD,
  EXPORT_CHECKLIST_METHOD,
  INSERT_FIX_METHOD,
  blockerLabel,
  itemLabel,
  type BlockerGroup,
  type Checklist,
  type ChecklistElement,
  type ChecklistParams,
  type ExportChecklistParams,
  type InsertFix,
  type InsertFixParams,
  type LspRange,
} from './protocol';
import { lazyBundle } from '../lazyBundle';
import { blockerFindings, verdictWaiver } from '../report/facts';
import { buildReportModel, displayName, timestamp } from '../report/model';
import { peerFigureViews } from './peerFigures';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function range(doc: TextDocument, start: number, end: number): LspRange {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/**
 * Where "Next missing element" goes: the element's finding, or its first evidence sentence. With the
 * finding's message, which the details pane shows in full.
 */
function anchorOf(doc: TextDocument, report: Report, id: string): { anchor?: LspRange; finding?: string } {
  const finding = report.findings.find((f) => f.element === id && VERDICT_RULES.has(f.rule));
  const span = finding?.span ?? report.elements.find((v) => v.id === id)?.evidence[0]?.span;
  return { ...(span ? { anchor: range(doc, span.start, span.end) } : {}), ...(finding ? { finding: finding.message } : {}) };
}

export function buildChecklist(doc: TextDocument, report: Report, sinceLastYear?: ReadonlyMap<string, NonNullable<ChecklistElement['sinceLastYear']>>): Checklist {
  const peers = peerFigureViews(report);
  const elements: ChecklistElement[] = report.elements.map((verdict) => {
    const def = elementById(verdict.id);
    const waived = verdictWaiver(verdict);
    return {
      id: verdict.id,
      title: def?.title ?? verdict.id,
      part: def?.part ?? 'rms',
      status: verdict.status,
      reason: verdict.reason,
      cite: verdict.cite,
      url: def ? ecfrUrl(def) : '',
      ...(def ? { ruleText: def.ruleText } : {}),
      evidence: verdict.evidence.map((e) => range(doc, e.span.start, e.span.end)),
      ...anchorOf(doc, report, verdict.id),
      ...(waived ? { waived } : {}),
      ...(verdict.review ? { review: { by: verdict.review.by, on: verdict.review.on, current: verdict.review.current } } : {}),
      ...(verdict.advice ? { advice: verdict.advice.map((a) => ({ reason: a.reason, cite: a.cite })) } : {}),
      // A waiver is always on offer; fixable means text can be inserted or completed.
      fixable: report.findings.some((f) => f.element === verdict.id && f.fixes.some((x) => !isWaiveFix(x))),
      ...(peers.has(verdict.id) ? { peers: peers.get(verdict.id) } : {}),
      ...(sinceLastYear?.has(verdict.id) ? { sinceLastYear: sinceLastYear.get(verdict.id) } : {}),
    };
  });

  const blockers = blockerFindings(report);
  const groups = new Map<string, number>();
  for (const f of blockers) groups.set(f.rule, (groups.get(f.rule) ?? 0) + 1);
  const blockerGroups: BlockerGroup[] = [...groups].map(([rule, count]) => ({ rule, count, label: blockerLabel(rule, count) }));

  const unwaived = (status: ChecklistElement['status']) => elements.filter((e) => e.status === status && !e.waived).length;
  const waived = elements.filter((e) => e.waived).length;
  const severities = new Set(report.findings.map((f) => f.severity));
  const section = report.section;
  return {
    uri: doc.uri,
    version: doc.version,
    form: report.form,
    item: itemLabel(report.form),
    section: {
      found: section.found,
      heading: section.heading,
      range: section.found && section.headingSpan ? range(doc, section.headingSpan.start, section.headingSpan.end) : null,
      crossReference: section.crossReference,
    },
    elements,
    blockers: blockers.length,
    blockerGroups,
    ...specificitySummary(report),
    summary: {
      total: section.found ? elements.length : ELEMENTS.length,
      addressed: unwaived('present') + unwaived('not-applicable') + waived,
      present: unwaived('present'),
      partial: unwaived('partial'),
      missing: unwaived('missing'),
      notApplicable: unwaived('not-applicable'),
      drafted: unwaived('drafted'),
      waived,
      errors: report.findings.filter((f) => f.severity === 'error').length,
      warnings: report.findings.filter((f) => f.severity === 'warning').length,
      worst: SEVERITY_ORDER.find((s) => severities.has(s)) ?? null,
    },
  };
}

function toInsertFix(doc: TextDocument, fix: Fix): InsertFix {
  return {
    title: fix.title,
    uri: doc.uri,
    version: doc.version,
    insertions: fix.insertions.map((i) => ({ ...doc.positionAt(i.offset), snippet: i.snippet })),
  };
}

/** The fix the quick-fix menu offers for the element, or "Insert all missing sections". */
export function insertFixFor(doc: TextDocument, report: Report, element: string): InsertFix | null {
  if (element === 'all') {
    const all = report.sourceFixes[0];
    return all ? toInsertFix(doc, all) : null;
  }
  // The element's own fix: a waiver is offered beside it, never instead of it.
  const fix = report.findings.filter((f) => f.element === element).flatMap((f) => f.fixes).find((x) => !isWaiveFix(x));
  return fix ? toInsertFix(doc, fix) : null;
}

type CurrentReport = (uri: string) => Promise<{ doc: TextDocument; report: Report } | null>;
type SinceLastYear = (uri: string) => Promise<ReadonlyMap<string, NonNullable<ChecklistElement['sinceLastYear']>> | undefined>;

/** Registers the three item1c requests. `currentReport` is the server's cached, settings-aware report. */
export function registerChecklistRequests(connection: Connection, lifecycle: Lifecycle, currentReport: CurrentReport, sinceLastYear?: SinceLastYear): void {
  const logged = <P extends { uri?: unknown }, R>(name: string, fallback: R, handler: (params: P) => Promise<R>) => {
    return lifecycle.request(async (params: P): Promise<R> => {
      try {
        if (typeof params?.uri !== 'string') throw new Error(`expected a document uri, got ${JSON.stringify(params)}`);
        return await handler(params);
      } catch (err) {
        connection.console.error(`item1c: ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
        return fallback;
      }
    });
  };

  connection.onRequest(
    CHECKLIST_METHOD,
    logged<ChecklistParams, Checklist | null>(CHECKLIST_METHOD, null, async ({ uri }) => {
      const current = await currentReport(uri);
      return current ? buildChecklist(current.doc, current.report, await sinceLastYear?.(uri)) : null;
    }),
  );

  connection.onRequest(
    INSERT_FIX_METHOD,
    logged<InsertFixParams, InsertFix | null>(INSERT_FIX_METHOD, null, async ({ uri, element }) => {
      const current = await currentReport(uri);
      return current ? insertFixFor(current.doc, current.report, element) : null;
    }),
  );

  connection.onRequest(
    EXPORT_CHECKLIST_METHOD,
    logged<ExportChecklistParams, string | null>(EXPORT_CHECKLIST_METHOD, null, async ({ uri, format }) => {
      const current = await currentReport(uri);
      if (!current) return null;
      const input = { report: current.report, text: current.doc.getText(), source: displayName(uri), generated: timestamp(new Date()) };
      return renderModule().renderModel(buildReportModel(input), format === 'md' ? 'md' : 'html');
    }),
  );
}

/**
 * The report's page templates, from dist/render.js beside the server: a committee's export is rare, so
 * they stay out of dist/server.js (whose size is capped) and load on the first export.
 */
const renderModule = lazyBundle<typeof import('../report/render')>('render');

function specificitySummary(report: Report): Pick<Checklist, 'specificity'> {
  const s = specificityOf(report);
  return s ? { specificity: { score: s.score, paragraphs: s.paragraphs.length } } : {};
}
