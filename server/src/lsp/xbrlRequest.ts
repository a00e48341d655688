// Serves `item1c/tagPlan`: the core's tagging plan of an open document, with LSP ranges. No analysis here.
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { Lifecycle } from './lifecycle';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { tagPlan, type Report, type Span } from '../core';
import { TAG_PLAN_METHOD, type TagPlanParams, type TagPlanRange, type TagPlanResult } from './xbrlProtocol';

type CurrentReport = (uri: string) => Promise<{ doc: TextDocument; report: Report } | null>;

export function registerXbrlRequests(connection: Connection, lifecycle: Lifecycle, currentReport: CurrentReport): void {
  connection.onRequest(
    TAG_PLAN_METHOD,
    lifecycle.request(async (params: TagPlanParams): Promise<TagPlanResult | null> => {
    const uri = (params as Partial<TagPlanParams> | null | undefined)?.uri;
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${TAG_PLAN_METHOD} expects { uri: string }`);
    const current = await currentReport(uri);
    if (!current) return null;
    const { doc, report } = current;
    const plan = tagPlan(doc.getText(), report);
    const range = (s: Span): TagPlanRange => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
    return {
      uri,
      version: doc.version,
      form: plan.form,
      taggable: plan.taggable,
      facts: plan.facts.map((f) => ({
        element: f.element,
        kind: f.kind,
        value: f.value,
        text: f.text,
        reason: f.reason,
        tagged: f.tagged,
        range: f.spans.length > 0 ? range({ start: f.spans[0].start, end: f.spans[f.spans.length - 1].end }) : null,
        ranges: f.spans.map(range),
        elementIds: f.ids,
        part: f.part,
        ...(f.lastYear !== undefined ? { lastYear: f.lastYear } : {}),
      })),
      untagged: plan.untagged,
    };
  }),
  );
}
