// Status bar entry for the active draft: `Item 1C: 9/12` (present, not applicable or waived, over
// twelve) and what blocks filing (`$(error) 2 blanks`), coloured by the worst finding. Clicking it
// opens the checklist view.
import * as vscode from 'vscode';
import type { Checklist } from '../../server/src/lsp/protocol';
import type { ChecklistStore } from './checklistStore';

export const SHOW_CHECKLIST_COMMAND = 'item1c.showChecklist';

export function statusText(checklist: Checklist): string {
  const parts = [`${checklist.item}: ${checklist.summary.addressed}/${checklist.summary.total}`];
  // Drafted elements are not done: their inserted text still waits for confirmation.
  if (checklist.summary.drafted > 0) parts.push(`$(edit) ${checklist.summary.drafted} drafted`);
  for (const group of checklist.blockerGroups) parts.push(`$(error) ${group.label}`);
  return parts.join('  ');
}

function statusTooltip(checklist: Checklist): vscode.MarkdownString {
  const s = checklist.summary;
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${checklist.item} checklist** (${checklist.form ? `Form ${checklist.form}` : 'form not identified'})\n\n`);
  md.appendMarkdown(`${s.addressed} of ${s.total} elements addressed: `);
  const counts = [`${s.present} present`, `${s.partial} partial`, `${s.missing} missing`];
  if (s.drafted > 0) counts.push(`${s.drafted} drafted, to confirm`);
  if (s.notApplicable > 0) counts.push(`${s.notApplicable} not applicable`);
  if (s.waived > 0) counts.push(`${s.waived} waived`);
  md.appendMarkdown(`${counts.join(', ')}.`);
  if (checklist.blockers > 0) md.appendMarkdown(`\n\nBefore filing: ${checklist.blockerGroups.map((g) => g.label).join(', ')}.`);
  md.appendMarkdown('\n\nClick to open the checklist.');
  return md;
}

export class ChecklistStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('item1c.status', vscode.StatusBarAlignment.Left, 10);

  constructor(private readonly store: ChecklistStore) {
    this.item.name = 'Item 1C checklist';
    this.item.command = SHOW_CHECKLIST_COMMAND;
  }

  render(): void {
    const checklist = this.store.checklist;
    if (!checklist || !checklist.section.found) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(checklist);
    this.item.tooltip = statusTooltip(checklist);
    this.item.accessibilityInformation = {
      label: `${checklist.item} checklist: ${checklist.summary.addressed} of ${checklist.summary.total} elements addressed` +
        (checklist.blockers > 0 ? `; ${checklist.blockerGroups.map((g) => g.label).join(', ')}` : ''),
    };
    const worst = checklist.summary.worst;
    this.item.backgroundColor =
      worst === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : worst === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    this.item.color =
      worst === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorForeground')
        : worst === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningForeground')
          : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
