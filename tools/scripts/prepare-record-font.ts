// `npm run fonts:record`: make the record's fonts in assets/record-fonts/ from the BIZ UDPGothic
// TTFs in node_modules, with fonttools (tools/fonts/record-font.ts says what changes and why), and
// write record-fonts.json beside them (source and output hashes, fonttools version). The files
// are committed: neither the app nor the packaging needs Python. `-- --check` makes them again
// in memory and exits non-zero when they differ from the committed ones.
import { writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findFontTools } from '../fonts/fonttools';
import { MANIFEST_FILE, prepareRecordFont, RECORD_FONT_SOURCES, RECORD_UNITS_PER_EM, sha256, SUBSET_OPTIONS, type RecordFontFile, type RecordFontManifest } from '../fonts/record-font';

const root = process.cwd();
const outDir = path.join(root, 'assets', 'record-fonts');
const check = process.argv.includes('--check');
const tools = findFontTools();
if (!tools) {
  console.error('fonts:record needs Python with fontTools (Debian: apt install python3-fonttools; else pip install fonttools).');
  process.exit(2);
}
const resolve = createRequire(path.join(root, 'package.json')).resolve;
const files = {} as Record<RecordFontFile, RecordFontManifest['files'][RecordFontFile]>;
let differs = 0;
for (const [name, source] of Object.entries(RECORD_FONT_SOURCES) as [RecordFontFile, string][]) {
  const sourcePath = resolve(source);
  const bytes = prepareRecordFont(tools, sourcePath);
  const target = path.join(outDir, name);
  files[name] = { source, sourceSha256: sha256(readFileSync(sourcePath)), sha256: sha256(bytes) };
  if (check) {
    const same = sha256(readFileSync(target)) === files[name].sha256;
    differs += same ? 0 : 1;
    console.log(`${name}: ${same ? 'same bytes as committed' : 'DIFFERS from the committed file'}`);
  } else {
    writeFileSync(target, bytes);
    console.log(`${path.relative(root, target)}: ${(bytes.length / 1024).toFixed(0)} KB`);
  }
}
if (!check) {
  const manifest: RecordFontManifest = { fonttools: tools.version, unitsPerEm: RECORD_UNITS_PER_EM, subsetOptions: SUBSET_OPTIONS, files };
  writeFileSync(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
process.exitCode = differs ? 1 : 0;
