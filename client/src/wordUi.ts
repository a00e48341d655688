// Word drafts in VS Code:
//   - item1c.importWord: a .docx into a Markdown draft saved beside it (draft.docx -> draft.md) and
//     opened; an existing draft.md is never replaced without asking (or the draft opens untitled). The
//     file comes from the explorer's context menu, or else from a file dialog;
//   - item1c.exportWord: the active Markdown draft as a .docx, optionally with the checklist appendix.
// The conversion lives in dist/word.js (mammoth, docx), loaded the first time one of these runs so
// that activating the extension costs nothing more.
import * as vscode from 'vscode';
import type * as WordModule from '../../server/src/word';
import { lazyBundle } from '../../server/src/lazyBundle';

type Word = typeof WordModule;

export function registerWordUi(context: vscode.ExtensionContext): void {
  const load = lazyBundle<Word>('word', { dir: context.asAbsolutePath('dist') });
  context.subscriptions.push(
    // From the explorer's context menu VS Code passes the file clicked; from the palette, nothing.
    vscode.commands.registerCommand('item1c.importWord', (clicked?: unknown) => importWord(load, clicked instanceof vscode.Uri ? clicked : undefined)),
    vscode.commands.registerCommand('item1c.exportWord', () => exportWord(load)),
  );
}

const basename = (uri: vscode.Uri): string => uri.path.split('/').pop() ?? uri.toString();

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function importWord(load: () => Word, clicked: vscode.Uri | undefined): Promise<void> {
  const picked = clicked
    ? [clicked]
    : await vscode.window.showOpenDialog({
        canSelectMany: false,
        canSelectFolders: false,
        openLabel: 'Import',
        title: 'item1c: Import Word draft',
        filters: { 'Word document': ['docx'], 'All files': ['*'] },
      });
  const file = picked?.[0];
  if (!file) return;
  const name = basename(file);
  const word = load();
  let conversion: WordModule.DocxConversion;
  try {
    conversion = await word.docxToMarkdown(await vscode.workspace.fs.readFile(file));
  } catch (error) {
    const detail = error instanceof word.WordInputError ? `${name} ${error.message}` : `${name}: ${error instanceof Error ? error.message : String(error)}`;
    void vscode.window.showErrorMessage(`item1c: could not import ${detail}.`);
    return;
  }

  // Beside the Word file, under the same name: what a lawyer looks for after importing.
  const target = file.with({ path: file.path.replace(/\.[^./]*$/, '') + '.md' });
  let document: vscode.TextDocument;
  if (await exists(target)) {
    const replace = `Replace ${basename(target)}`;
    const untitled = 'Open as untitled';
    const choice = await vscode.window.showWarningMessage(`${basename(target)} already exists next to ${name}.`, { modal: true }, replace, untitled);
    if (choice === undefined) return;
    if (choice === replace) {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(conversion.markdown));
      document = await vscode.workspace.openTextDocument(target);
    } else {
      document = await vscode.workspace.openTextDocument({ language: 'markdown', content: conversion.markdown });
    }
  } else {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(conversion.markdown));
    document = await vscode.workspace.openTextDocument(target);
  }
  await vscode.window.showTextDocument(document, { preview: false });
  if (conversion.notes.length > 0) void vscode.window.showInformationMessage(`item1c: imported ${name}. ${conversion.notes.join(' ')}`);
}

async function exportWord(load: () => Word): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('item1c: open a Markdown draft to export it to Word.');
    return;
  }
  const document = editor.document;
  const withChecklist = await vscode.window.showQuickPick(
    [
      { label: 'Draft only', checklist: false },
      { label: 'Draft with the checklist appendix', description: 'status, citation and reason per element; blockers', checklist: true },
    ],
    { title: 'item1c: Export to Word' },
  );
  if (!withChecklist) return;
  const base = document.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : document.uri.with({ path: document.uri.path.replace(/\/[^/]*$/, '') });
  const stem = document.isUntitled ? 'draft' : basename(document.uri).replace(/\.[^.]*$/, '');
  // The save dialog asks before replacing an existing file.
  const target = await vscode.window.showSaveDialog({
    ...(base ? { defaultUri: vscode.Uri.joinPath(base, `${stem}.docx`) } : {}),
    filters: { 'Word document': ['docx'] },
    title: 'item1c: Export to Word',
  });
  if (!target) return;
  const settings = vscode.workspace.getConfiguration('item1c', document.uri);
  const form = settings.get<string>('form');
  const strictness = settings.get<string>('strictness');
  try {
    const bytes = await load().markdownToDocx(document.getText(), {
      checklist: withChecklist.checklist,
      analyze: {
        ...(form === '10-K' || form === '20-F' ? { form } : {}),
        ...(strictness === 'literal' ? { strictness: 'literal' as const } : {}),
      },
      source: document.isUntitled ? 'untitled draft' : basename(document.uri),
      generated: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    });
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (error) {
    void vscode.window.showErrorMessage(`item1c: could not export to Word: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  void vscode.window.showInformationMessage(`item1c: wrote ${basename(target)}.`);
}
