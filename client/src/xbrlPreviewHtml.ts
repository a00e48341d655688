// HTML of the "item1c: Preview XBRL tagging" webview. No vscode import, so it is unit-tested directly.
// Strict CSP: nothing remote, one inline stylesheet and one small inline script, both with a nonce; all
// draft text is HTML-escaped (drafts are untrusted content).
import type { TagPlanFact, TagPlanResult } from '../../server/src/lsp/xbrlProtocol';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 12px 16px; }
h1 { font-size: 1.15em; margin: 12px 0 4px; }
h2 { font-size: 1em; margin: 16px 0 4px; color: var(--vscode-descriptionForeground); text-transform: uppercase; letter-spacing: .04em; }
p.note { color: var(--vscode-descriptionForeground); margin: 4px 0 8px; }
ul { list-style: none; padding: 0; margin: 0; }
li { margin: 0 0 6px; }
button.fact { display: block; width: 100%; text-align: left; background: transparent; color: inherit; font: inherit; border: 1px solid var(--vscode-panel-border, transparent); border-radius: 3px; padding: 6px 8px; cursor: pointer; }
button.fact:hover, button.fact:focus { background: var(--vscode-list-hoverBackground); outline: 1px solid var(--vscode-focusBorder); }
button.fact[disabled] { cursor: default; opacity: .85; }
.name { font-weight: 600; word-break: break-word; }
.value { font-family: var(--vscode-editor-font-family); padding: 0 4px; border-radius: 2px; margin-left: 6px; }
.value.true { background: var(--vscode-testing-iconPassed, #388a34); color: var(--vscode-editor-background); }
.value.false { background: var(--vscode-descriptionForeground); color: var(--vscode-editor-background); }
.value.undetermined { background: var(--vscode-problemsWarningIcon-foreground, #bf8803); color: var(--vscode-editor-background); }
.excerpt { display: block; margin-top: 3px; white-space: pre-wrap; }
.reason { display: block; margin-top: 3px; color: var(--vscode-descriptionForeground); font-size: .92em; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-fact]') : null;
  if (target && !target.disabled) vscode.postMessage({ type: 'reveal', fact: Number(target.getAttribute('data-fact')) });
});
vscode.postMessage({ type: 'ready' });
window.addEventListener('message', (event) => {
  const message = event.data;
  if (message && message.type === 'update' && typeof message.html === 'string') document.getElementById('plan').innerHTML = message.html;
});
`;

/** The whole page; `body` is what `renderPlanBody` returns. */
export function renderPage(nonce: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>XBRL tagging</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="plan">${body}</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const EXCERPT = 220;

function excerpt(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > EXCERPT ? `${one.slice(0, EXCERPT - 1)}\u2026` : one;
}

function label(element: string): string {
  return element.replace(/^Cybersecurity/, '').replace(/(TextBlock|Flag)$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
}

function factItem(fact: TagPlanFact, index: number): string {
  const kind = fact.kind === 'flag' ? 'Flag' : 'Text block';
  const value =
    fact.kind === 'flag' ? `<span class="value ${escapeHtml(String(fact.value))}">${escapeHtml(String(fact.value))}</span>` : fact.tagged ? '' : '<span class="value undetermined">not tagged</span>';
  const lastYear = fact.lastYear === undefined ? '' : ` <span class="reason">Last year: ${fact.lastYear ? 'true' : 'false'}${fact.kind === 'flag' && typeof fact.value === 'boolean' && fact.value !== fact.lastYear ? ' (changed)' : ''}</span>`;
  const text = fact.text ? `<span class="excerpt">${fact.kind === 'flag' ? 'Deciding sentence: ' : ''}${escapeHtml(excerpt(fact.text))}</span>` : '';
  const disabled = fact.range ? '' : ' disabled';
  return `<li><button class="fact" type="button" data-fact="${index}"${disabled} title="cyd:${escapeHtml(fact.element)}"><span class="name">${escapeHtml(label(fact.element))}</span> <small>${kind}</small>${value}${text}<span class="reason">${escapeHtml(fact.reason)}</span>${lastYear}</button></li>`;
}

/** The list of facts, or a message when there is no plan. */
export function renderPlanBody(result: TagPlanResult | null, documentName: string, message?: string): string {
  const title = `<h1>XBRL tagging: ${escapeHtml(documentName)}</h1>`;
  if (message) return `${title}<p class="note">${escapeHtml(message)}</p>`;
  if (!result) return `${title}<p class="note">This document is not checked as an Item 1C / 16K draft.</p>`;
  if (!result.taggable) return `${title}<p class="note">${escapeHtml(result.untagged[0]?.reason ?? 'Nothing to tag.')}</p>`;
  const tagged = result.facts.filter((f) => f.tagged).length;
  const intro = `<p class="note">Form ${escapeHtml(result.form ?? '10-K')}: ${tagged} of ${result.facts.length} cyd facts can be tagged. Click an entry to show its text in the editor.</p>`;
  const group = (heading: string, kind: TagPlanFact['kind']) => {
    const items = result.facts.map((f, i) => (f.kind === kind ? factItem(f, i) : '')).join('');
    return `<h2>${heading}</h2><ul>${items}</ul>`;
  };
  return `${title}${intro}${group('Flags', 'flag')}${group('Text blocks', 'textBlock')}`;
}
