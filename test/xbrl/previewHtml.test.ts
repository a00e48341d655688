// The "Preview XBRL tagging" webview page: strict CSP, nothing remote, all draft text escaped.
import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, renderPage, renderPlanBody } from '../../client/src/xbrlPreviewHtml';
import type { TagPlanResult } from '../../server/src/lsp/xbrlProtocol';

const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 20 } };

const result: TagPlanResult = {
  uri: 'file:///d.md',
  version: 1,
  form: '10-K',
  taggable: true,
  untagged: [],
  facts: [
    {
      element: 'CybersecurityRiskManagementThirdPartyEngagedFlag',
      kind: 'flag',
      value: true,
      text: 'We engage <script>alert(1)</script> assessors & "auditors".',
      reason: 'The text states that third parties are engaged.',
      tagged: true,
      range,
      ranges: [range],
      elementIds: ['third-party-assessors'],
      part: 'rms',
      lastYear: false,
    },
    {
      element: 'CybersecurityRiskBoardOfDirectorsOversightTextBlock',
      kind: 'textBlock',
      value: null,
      text: null,
      reason: 'No text to tag: <b>nothing</b>.',
      tagged: false,
      range: null,
      ranges: [],
      elementIds: ['board-oversight'],
      part: 'gov',
    },
  ],
};

describe('xbrl: preview webview', () => {
  const nonce = 'abcDEF123';
  const page = renderPage(nonce, renderPlanBody(result, 'd.md'));

  it('declares a strict content security policy with a nonce', () => {
    const csp = contentSecurityPolicy(nonce);
    assert.match(page, new RegExp(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`));
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'`));
    assert.match(csp, new RegExp(`style-src 'nonce-${nonce}'`));
    assert.doesNotMatch(csp, /unsafe|https?:|\*/);
  });

  it('loads nothing remote and runs only its own nonce\'d script', () => {
    assert.doesNotMatch(page, /\b(src|href)=/);
    assert.doesNotMatch(page, /https?:\/\//);
    const scripts = page.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [`<script nonce="${nonce}">`]);
    assert.deepEqual(page.match(/<style\b[^>]*>/g), [`<style nonce="${nonce}">`]);
    assert.doesNotMatch(page, /\son[a-z]+=/i, 'no inline event handlers');
  });

  it('escapes draft text and reasons', () => {
    assert.doesNotMatch(page, /<script>alert/);
    assert.match(page, /We engage &lt;script&gt;alert\(1\)&lt;\/script&gt; assessors &amp; &quot;auditors&quot;\./);
    assert.match(page, /No text to tag: &lt;b&gt;nothing&lt;\/b&gt;\./);
  });

  it('lists element, value, excerpt and deciding sentence; entries without a range cannot be clicked', () => {
    assert.match(page, /<button class="fact" type="button" data-fact="0" title="cyd:CybersecurityRiskManagementThirdPartyEngagedFlag">/);
    assert.match(page, /<span class="value true">true<\/span>/);
    assert.match(page, /Deciding sentence: We engage/);
    assert.match(page, /Last year: false \(changed\)/);
    assert.match(page, /data-fact="1" disabled/);
  });

  it('says when there is nothing to show', () => {
    assert.match(renderPlanBody(null, 'notes.md'), /not checked as an Item 1C \/ 16K draft/);
    assert.match(renderPlanBody({ ...result, taggable: false, untagged: [{ element: 'x', kind: 'flag', reason: 'No Item 1C <section>' }] }, 'n.md'), /No Item 1C &lt;section&gt;/);
  });
});
