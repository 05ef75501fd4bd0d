// `npm run fonts:subset`: regenerate the UI subsets of BIZ UDPGothic (SIL OFL 1.1) in
// src-renderer/fonts/. The subset holds the characters of every UI and rule text in the source,
// kana, CJK punctuation, full-width forms and the JIS level-1 kanji (most names), as WOFF2
// (~1/4 of the full TTF). Anything else (a rarer kanji in a name) falls back to the full font,
// which the CSS lists second, so a stale subset never shows a missing glyph; it only costs the
// full font's load. Needs Debian's python3-fonttools and python3-brotli; CI does not run it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const FONT_DIR = path.join(root, 'node_modules/@expo-google-fonts/biz-udpgothic');
const OUT_DIR = path.join(root, 'src-renderer/fonts');
const weights = [
  { weight: 400, ttf: '400Regular/BIZUDPGothic_400Regular.ttf' },
  { weight: 700, ttf: '700Bold/BIZUDPGothic_700Bold.ttf' },
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx|html)$/.test(name)) out.push(full);
  }
  return out;
}

function codepoints(): number[] {
  const set = new Set<number>();
  const range = (from: number, to: number) => { for (let c = from; c <= to; c++) set.add(c); };
  range(0x20, 0x7e);
  range(0xa0, 0xff);
  range(0x2010, 0x2027); // dashes, quotes, ellipsis
  range(0x2190, 0x2193); // arrows
  range(0x2713, 0x2717); // check marks
  range(0x3000, 0x30ff); // CJK punctuation, hiragana, katakana
  range(0xff01, 0xff9f); // full-width ASCII, half-width katakana
  // JIS X 0208 level 1 kanji: rows 16–47 in EUC-JP.
  const decoder = new TextDecoder('euc-jp');
  for (let row = 0xb0; row <= 0xcf; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = decoder.decode(new Uint8Array([row, cell]));
      if (ch && ch !== '\ufffd') set.add(ch.codePointAt(0) as number);
    }
  }
  for (const file of [...sourceFiles(path.join(root, 'src-shared')), ...sourceFiles(path.join(root, 'src-renderer'))]) {
    for (const ch of readFileSync(file, 'utf8')) {
      const cp = ch.codePointAt(0) as number;
      if (cp >= 0x20) set.add(cp);
    }
  }
  return [...set].sort((a, b) => a - b);
}

const work = mkdtempSync(path.join(tmpdir(), 'ui-font-'));
try {
  const list = path.join(work, 'unicodes.txt');
  const cps = codepoints();
  writeFileSync(list, cps.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`).join('\n'));
  for (const { weight, ttf } of weights) {
    const output = path.join(OUT_DIR, `biz-udpgothic-ui-${weight}.woff2`);
    execFileSync('/usr/bin/python3', ['-m', 'fontTools.subset', path.join(FONT_DIR, ttf), `--unicodes-file=${list}`,
      '--flavor=woff2', '--layout-features=*', `--output-file=${output}`], { stdio: 'inherit' });
    process.stdout.write(`${path.relative(root, output)}: ${cps.length} code points, ${(statSync(output).size / 1024).toFixed(0)} KB\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
