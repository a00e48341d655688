// docs/images/word-export.png: a draft exported to Word by the shipped CLI, opened in LibreOffice and
// rendered as LibreOffice lays it out. LibreOffice's Writer (libreoffice-writer-nogui) has no PNG export,
// so it writes a PDF, and Chromium's PDF viewer draws the page; the picture is cropped to the text.
// Run with `npm run images` (after `npm run build`); needs soffice and what scripts/e2e-install.sh installs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IMAGES, ROOT, withBrowser, type Box, type ImagePage } from './browser';

/** A fictional draft with the residue an export highlights: an unmade choice, a blank, a comment, a drafting note. */
const DRAFT = `# Item 1C. Cybersecurity

## Risk Management and Strategy

We maintain processes for assessing, identifying and managing material risks from cybersecurity threats, based on the NIST Cybersecurity Framework. These processes are integrated into our overall enterprise risk management program. We engage independent assessors, consultants and auditors to review our program at least [annually/every two years].

## Governance

Our Chief Information Security Officer (CISO), who has [●] years of experience in information security, reports to the Audit Committee quarterly [Comment – Jane Doe: Confirm how often the CISO reports.].

The Audit Committee oversees risks from cybersecurity threats on behalf of the Board of Directors. [Note to Draft: confirm the committee charter reference.]
`;

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}${result.stderr}`);
}

/** The bounding box of what is printed on the page (not white, inside the page), with a margin. */
async function printedArea(page: ImagePage, png: Buffer, margin: number): Promise<Box | null> {
  // tsx names the functions it compiles with a helper that exists in Node only; the page gets a stand-in.
  await page.setContent('<script>globalThis.__name = (f) => f;</script>');
  return page.evaluate(async (src: string) => {
    // Runs in the page: the DOM is there, though the project is compiled without its types.
    const doc = (globalThis as unknown as { document: { createElement(tag: string): any } }).document;
    const img = doc.createElement('img');
    img.src = src;
    await img.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height) as { data: Uint8ClampedArray; width: number; height: number };
    const white = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      return data[i] > 245 && data[i + 1] > 245 && data[i + 2] > 245;
    };
    // The page is the white sheet on the viewer's dark background: find its edges along its lower half.
    const row = Math.floor(height * 0.75);
    let left = 0;
    while (left < width && !white(left, row)) left++;
    let right = width - 1;
    while (right > left && !white(right, row)) right--;
    let top = 0;
    while (top < height && !white(left + 1, top)) top++;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -1;
    let maxY = -1;
    for (let y = top; y < height; y++) {
      for (let x = left; x <= right; x++) {
        if (white(x, y)) continue;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    if (maxX < 0) return null;
    return { minX, minY, maxX, maxY, left, right, top, height };
  }, `data:image/png;base64,${png.toString('base64')}`).then((found) => {
    if (!found) return null;
    const x = Math.max(found.left, found.minX - margin);
    const y = Math.max(found.top, found.minY - margin);
    return { x, y, width: Math.min(found.right + 1, found.maxX + margin) - x, height: Math.min(found.height, found.maxY + margin) - y };
  });
}

async function main(): Promise<void> {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-word-image-'));
  try {
    fs.writeFileSync(path.join(tmp, 'draft.md'), DRAFT);
    run(process.execPath, [cli, 'export', '--format', 'docx', '-o', 'draft.docx', 'draft.md'], tmp);
    // A LibreOffice profile of its own, so that a LibreOffice the user has open is not disturbed.
    run('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(path.join(tmp, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', tmp, 'draft.docx'], tmp);
    const pdf = path.join(tmp, 'draft.pdf');
    if (!fs.existsSync(pdf)) throw new Error('soffice wrote no PDF');

    const out = path.join(IMAGES, 'word-export.png');
    await withBrowser(async (browser) => {
      const viewer = await browser.newPage({ viewport: { width: 900, height: 1180 } });
      await viewer.goto(`${pathToFileURL(pdf).href}#toolbar=0&navpanes=0&view=FitH`);
      // The viewer draws the page after the load event: wait until the text is there and two shots a
      // moment apart agree.
      const scratch = await browser.newPage({ viewport: { width: 100, height: 100 } });
      let previous: Buffer = Buffer.alloc(0);
      let clip: Box | null = null;
      for (let i = 0; i < 60; i++) {
        const shot = await viewer.screenshot();
        if (shot.equals(previous) && (clip = await printedArea(scratch, shot, 40))) break;
        previous = shot;
        await viewer.waitForTimeout(250);
      }
      if (!clip) throw new Error('the PDF viewer showed no text');
      await viewer.screenshot({ path: out, clip });
    });
    console.log(`wrote ${path.relative(ROOT, out)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
