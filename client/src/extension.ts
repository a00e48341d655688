// VS Code side of item1c: starts the bundled language server and hosts the commands that need
// editor APIs (snippets). All analysis happens in the server; nothing here reads draft content.
// First, so that its clock starts before the other modules of the bundle are evaluated.
import { mark, markFirstDiagnostics, markServer, writeTimelineTo } from './startupTimeline';
// Second: it starts the server's process, which then loads while the rest of the bundle does.
import { discardEarlyServer, takeServerProcess } from './serverProcess';
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

// The last module of the bundle to run: everything it imports has been evaluated by now.
mark('evaluated');

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

export function activate(context: vscode.ExtensionContext): void {
  mark('activated');
  const serverModule = context.asAbsolutePath('dist/server.js');
  let serverOptions: ServerOptions;
  if (context.extensionMode === vscode.ExtensionMode.Production) {
    // The process started when the bundle loaded (stdio); a restart forks a new one.
    serverOptions = () => Promise.resolve(takeServerProcess());
  } else {
    // Developing the extension: the library's own launch, which can attach a debugger.
    discardEarlyServer();
    serverOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
  }
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
    // Pass-throughs that only note when the first settings request and the first diagnostics happen.
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          mark('firstConfigurationAsked');
          const answer = await next(params, token);
          mark('firstConfigurationAnswered');
          return answer;
        },
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report) markFirstDiagnostics(('uri' in document ? document.uri : document).toString());
        return report;
      },
      handleDiagnostics: (uri, diagnostics, next) => {
        markFirstDiagnostics(uri.toString());
        next(uri, diagnostics);
      },
    },
  };
  // The id must be `item1c`: the client library reads `<id>.trace.server` for tracing.
  client = new LanguageClient('item1c', 'item1c', serverOptions, clientOptions);
  // The client library reports a failed start in its output channel and a notification;
  // swallowing the rejection here only keeps it from surfacing a second time as unhandled.
  mark('startCalled');
  const started = client;
  starting = client.start().then(
    () => {
      mark('initialized');
      markServer(started.initializeResult);
    },
    () => undefined,
  );
  writeTimelineTo(context, () => started.outputChannel);
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
  discardEarlyServer();
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
