// VS Code side of item1c: starts the bundled language server and hosts the commands that need
// editor APIs (snippets). All analysis happens in the server; nothing here reads draft content.
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { insertSnippet } from './insertSnippet';
import { registerChecklistUi } from './checklistUi';
import { registerXbrlUi } from './xbrlUi';
import { registerPeerExamples } from './peerExamples';
import { registerPreviousFilingUi } from './previousFilingUi';
import { registerWordUi } from './wordUi';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'item1c' },
    outputChannelName: 'item1c',
    // Tells the server this client runs `item1c.insertSnippet`, so fixes can carry tab stops.
    // `checklist`: push `item1c/checklist` after every check, for the checklist view and status bar.
    // `peerExamples`: this client runs `item1c.showPeerExamples` (a quick pick of filed model sentences).
    initializationOptions: { snippetInsertion: true, checklist: true, peerExamples: true },
  };
  // The id must be `item1c`: the client library reads `<id>.trace.server` for tracing.
  client = new LanguageClient('item1c', 'item1c', serverOptions, clientOptions);
  // The client library reports a failed start in its output channel and a notification;
  // swallowing the rejection here only keeps it from surfacing a second time as unhandled.
  starting = client.start().catch(() => undefined);
  registerChecklistUi(context, client, () => starting);
  registerXbrlUi(context, client, () => starting);
  registerPeerExamples(context);
  registerPreviousFilingUi(context);
  registerWordUi(context);

  context.subscriptions.push(
    vscode.commands.registerCommand('item1c.insertSnippet', insertSnippet),
    vscode.commands.registerCommand('item1c.checkThisFile', checkThisFile),
    vscode.commands.registerCommand('item1c.restartServer', async () => {
      await starting;
      await client?.restart();
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Asks the server to check the active file even though it has no Item 1C / 16K heading. */
async function checkThisFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('item1c: open a Markdown file to check it as an Item 1C draft.');
    return;
  }
  if (!client) return;
  try {
    // A command invoked right after activation can arrive before the server is up.
    await starting;
    await client.sendRequest(ExecuteCommandRequest.type, {
      command: 'item1c.checkAsDraft',
      arguments: [editor.document.uri.toString()],
    });
  } catch (error) {
    void vscode.window.showErrorMessage(`item1c: could not check this file: ${error instanceof Error ? error.message : String(error)}`);
  }
}
