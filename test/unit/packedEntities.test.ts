// The language server's bundle carries the Markdown parser's entity table packed into one string
// (scripts/packedEntities.mjs). It must be the package's table exactly, or "&sect;" would decode
// differently in the editor than on the command line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const SCRIPT = path.resolve(__dirname, '../../scripts/packedEntities.mjs');

// Imported at run time: these are ES modules, and this test runs as CommonJS.
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<Record<string, unknown>>;

describe('packed entity table of the server bundle', () => {
  it('is the package table, name for name', async () => {
    const { packedEntitiesModule } = (await importEsm(pathToFileURL(SCRIPT).href)) as { packedEntitiesModule: () => string };
    const { characterEntities } = (await importEsm('character-entities')) as { characterEntities: Record<string, string> };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-entities-'));
    try {
      const file = path.join(dir, 'entities.mjs');
      fs.writeFileSync(file, packedEntitiesModule());
      const packed = (await importEsm(pathToFileURL(file).href)) as { characterEntities: Record<string, string> };
      assert.equal(Object.keys(characterEntities).length, 2125);
      assert.deepEqual(packed.characterEntities, characterEntities);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('picks a separator that occurs in no name or value', async () => {
    const { packedEntitiesModule } = (await importEsm(pathToFileURL(SCRIPT).href)) as { packedEntitiesModule: (e: Record<string, string>) => string };
    assert.throws(() => packedEntitiesModule({ a: '~', b: '\u00b6', c: '\u00a7' }), /no separator/);
    assert.match(packedEntitiesModule({ tilde: '~' }), /split\("\u00b6"\)/);
  });
});
