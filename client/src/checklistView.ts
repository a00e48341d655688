// The Item 1C checklist tree: the twelve elements under their two parts, each with a status icon
// and the verdict's reason. Clicking an element shows its evidence, or inserts a drafted section
// when it is missing. Everything shown comes from the server's checklist.
import * as vscode from 'vscode';
import type { Checklist, ChecklistElement } from '../../server/src/lsp/protocol';
import type { ChecklistStore } from './checklistStore';
import { sinceLastYearLabel } from '../../server/src/lsp/previousFilingProtocol';

export const VIEW_ID = 'item1c.checklist';
/** Internal command behind a click on an element. */
export const OPEN_ELEMENT_COMMAND = 'item1c.checklist.open';

type Part = ChecklistElement['part'];

const PART_TITLES: Record<Part, string> = { rms: 'Risk Management and Strategy', gov: 'Governance' };

type Node = { kind: 'part'; part: Part } | { kind: 'element'; element: ChecklistElement; uri: string };

export type ElementNode = Extract<Node, { kind: 'element' }>;

interface Look {
  icon: string;
  color: string;
  label: string;
}

const LOOKS: Record<ChecklistElement['status'] | 'waived', Look> = {
  present: { icon: 'pass', color: 'testing.iconPassed', label: 'Present' },
  partial: { icon: 'warning', color: 'problemsWarningIcon.foreground', label: 'Partial' },
  missing: { icon: 'error', color: 'problemsErrorIcon.foreground', label: 'Missing' },
  'not-applicable': { icon: 'circle-slash', color: 'disabledForeground', label: 'Not applicable' },
  drafted: { icon: 'edit', color: 'problemsWarningIcon.foreground', label: 'Drafted, to confirm' },
  waived: { icon: 'eye-closed', color: 'descriptionForeground', label: 'Waived' },
};

export function lookOf(element: ChecklistElement): Look {
  return LOOKS[element.waived ? 'waived' : element.status];
}

function isAddressed(element: ChecklistElement): boolean {
  return element.status === 'present' || element.status === 'not-applicable' || element.waived !== undefined;
}

function tooltip(element: ChecklistElement): vscode.MarkdownString {
  const look = lookOf(element);
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`$(${look.icon}) **`).appendText(element.title).appendMarkdown(`**: ${look.label}`);
  if (element.waived) md.appendMarkdown(` (the text itself is ${element.status.replace('-', ' ')})`);
  md.appendMarkdown('\n\n');
  md.appendText(element.reason);
  if (element.waived) md.appendMarkdown('\n\n*Waiver:* ').appendText(element.waived.reason);
  if (element.review) md.appendMarkdown(element.review.current ? '\n\n*Reviewed* by ' : '\n\n*Changed since review* by ').appendText(`${element.review.by} on ${element.review.on}`);
  if (element.sinceLastYear) md.appendMarkdown('\n\n*Since last year\'s filing:* ').appendText(sinceLastYearLabel(element.sinceLastYear).replace(/ since last year$/, ''));
  for (const a of element.advice ?? []) md.appendMarkdown(`\n\n*Advice (${a.cite}, information only):* `).appendText(a.reason);
  if (element.peers && element.peers.length > 0) {
    md.appendMarkdown('\n\n*Filed practice (information only):*');
    for (const p of element.peers) md.appendMarkdown('\n- ').appendText(p.text);
  }
  md.appendMarkdown('\n\n');
  if (element.url) md.appendMarkdown(`[${element.cite}](${element.url})`);
  else md.appendText(element.cite);
  md.appendMarkdown(` · \`${element.id}\``);
  const hint =
    element.status === 'missing' && element.fixable
      ? 'Click to insert a drafted section.'
      : element.evidence.length > 0
        ? `Click to show the evidence (${element.evidence.length} ${element.evidence.length === 1 ? 'sentence' : 'sentences'}).`
        : '';
  if (hint) md.appendMarkdown('\n\n').appendText(hint);
  return md;
}

/** Beside the element: the filed practices this draft does not show, e.g. ` · 54/99 filed: briefing frequency`. */
export function peerNote(element: ChecklistElement): string {
  const lacking = (element.peers ?? []).filter((p) => p.practice !== null && p.inDraft === false);
  return lacking.map((p) => ` · ${p.label}`).join('');
}

export class ChecklistTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: ChecklistStore) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const checklist = this.store.checklist;
    if (!checklist || !checklist.section.found) return [];
    if (!node) return (['rms', 'gov'] as const).map((part) => ({ kind: 'part', part }));
    if (node.kind === 'part') {
      return checklist.elements.filter((e) => e.part === node.part).map((element) => ({ kind: 'element', element, uri: checklist.uri }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'part') {
      // Counted from the checklist held now: the node may outlive the checklist it came from.
      const elements = (this.store.checklist?.elements ?? []).filter((e) => e.part === node.part);
      const item = new vscode.TreeItem(PART_TITLES[node.part], vscode.TreeItemCollapsibleState.Expanded);
      item.id = `part:${node.part}`;
      item.description = `${elements.filter(isAddressed).length}/${elements.length}`;
      const summary = `${PART_TITLES[node.part]}: ${elements.filter(isAddressed).length} of ${elements.length} elements addressed`;
      // A MarkdownString wraps, where a plain string tooltip runs on in one line; screen readers
      // then need the summary said explicitly (a plain tooltip used to be read out).
      item.tooltip = new vscode.MarkdownString().appendText(summary);
      item.accessibilityInformation = { label: summary, role: 'treeitem' };
      item.contextValue = 'part';
      return item;
    }
    const { element } = node;
    const look = lookOf(element);
    const item = new vscode.TreeItem(element.title, vscode.TreeItemCollapsibleState.None);
    item.id = `element:${element.id}`;
    item.iconPath = new vscode.ThemeIcon(look.icon, new vscode.ThemeColor(look.color));
    const review = element.review ? (element.review.current ? `reviewed by ${element.review.by} · ` : 'changed since review · ') : '';
    const since = element.sinceLastYear ? `${sinceLastYearLabel(element.sinceLastYear)} · ` : '';
    item.description = element.waived ? `Waived: ${element.waived.reason}` : `${since}${review}${element.advice?.length ? `${element.reason} (advice: ${element.advice.length})` : element.reason}${peerNote(element)}`;
    item.tooltip = tooltip(element);
    item.accessibilityInformation = { label: `${element.title}: ${look.label}. ${element.reason}`, role: 'treeitem' };
    item.contextValue = `element.${element.waived ? 'waived' : element.status}${element.evidence.length > 0 ? '.evidence' : ''}${element.fixable ? '.fixable' : ''}`;
    item.command = { command: OPEN_ELEMENT_COMMAND, title: 'Open', arguments: [node.uri, element.id] };
    return item;
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'element' ? { kind: 'part', part: node.element.part } : undefined;
  }
}

/** One-line summary under the view title, e.g. `5 of 12 addressed · 5 missing · 2 partial · 2 blanks · specificity 2.4/4`. */
export function summaryMessage(checklist: Checklist): string {
  const s = checklist.summary;
  const parts = [`${s.addressed} of ${s.total} addressed`];
  if (s.missing > 0) parts.push(`${s.missing} missing`);
  if (s.partial > 0) parts.push(`${s.partial} partial`);
  for (const group of checklist.blockerGroups) parts.push(group.label);
  if (checklist.section.crossReference) parts.push('section only cross-refers');
  if (checklist.specificity && checklist.specificity.score !== null) parts.push(`specificity ${checklist.specificity.score.toFixed(1)}/4`);
  return parts.join(' · ');
}
