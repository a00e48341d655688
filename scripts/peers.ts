// `npm run peers [FOLDER]`: peer figures over a folder of filed sections (default: the shared corpus
// beside the repository), written to server/src/core/peers/peerData.json, which ships in the product.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildPeerData } from '../server/src/core/peers/count';
import { FolderError, readFiledSections } from '../server/src/peers/folder';

export const DEFAULT_FOLDER = path.resolve(__dirname, '../../shared/corpus/dev');
export const DATA_FILE = path.resolve(__dirname, '../server/src/core/peers/peerData.json');

/** The data file's text for a folder: what `npm run peers` writes and the drift test compares. */
export function peerDataText(folder: string): string {
  const data = buildPeerData(readFiledSections(folder), path.basename(path.resolve(folder)));
  return `${JSON.stringify(data)}\n`;
}

if (require.main === module) {
  const folder = path.resolve(process.argv[2] ?? DEFAULT_FOLDER);
  try {
    const text = peerDataText(folder);
    fs.writeFileSync(DATA_FILE, text);
    const data = JSON.parse(text) as ReturnType<typeof buildPeerData>;
    console.log(`${path.relative(process.cwd(), DATA_FILE)}: ${data.sections} filed sections (${data.crossReferenceOnly} only refer elsewhere), ${text.length} bytes`);
    for (const [id, p] of Object.entries(data.practices)) console.log(`  ${id.padEnd(26)}${String(p.count).padStart(3)} of ${data.sections}, ${p.examples.length} model sentences`);
  } catch (error) {
    console.error(`peers: ${error instanceof FolderError ? error.message : (error as Error).stack}`);
    process.exitCode = 2;
  }
}
