// `npm run record:png`: renders sample verification records (ja and en, plus a long two-page
// case) and writes page PNGs with poppler's pdftoppm into artifacts/ so a person can look at the
// layout. The sample data is the test fixture; no real case is ever read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderRecordPdf } from '../../src-main/core/records/render';
import { FINALIZED_AT, finalizedCase, longReason, recordViewFixture, tenAmendments } from '../fixtures/record-fixtures';

async function main(): Promise<void> {
  const out = path.join(import.meta.dirname, '..', '..', 'artifacts');
mkdirSync(out, { recursive: true });

const normal = recordViewFixture(finalizedCase({ method: 'video' }));
const base = finalizedCase();
const long = recordViewFixture(finalizedCase({
  input: { ...base.input, request: { ...base.input.request, reason: longReason() } },
  amendments: tenAmendments(),
}));

const jobs = [
  { name: 'record-ja', view: normal, language: 'ja' as const, pages: 2 },
  { name: 'record-en', view: normal, language: 'en' as const, pages: 2 },
  { name: 'record-long-ja', view: long, language: 'ja' as const, pages: 9 },
];
for (const job of jobs) {
  const pdf = await renderRecordPdf(job.view, { language: job.language, createdAt: FINALIZED_AT });
  const pdfPath = path.join(out, `${job.name}.pdf`);
  writeFileSync(pdfPath, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', String(job.pages), pdfPath, path.join(out, job.name)]);
  console.log(`${job.name}: ${pdf.length} bytes → ${path.relative(process.cwd(), out)}/${job.name}-*.png`);
}
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
