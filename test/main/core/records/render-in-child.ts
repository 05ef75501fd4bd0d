// Run by render.test.ts in a fresh Node process: prints the standard record (ja, video case) as
// base64, so the test can compare a first-in-process render with one from a warmed-up process.
import { renderRecordPdf } from '../../../../src-main/core/records/render';
import { FINALIZED_AT, finalizedCase, recordViewFixture } from '../../../../tools/fixtures/record-fixtures';

renderRecordPdf(recordViewFixture(finalizedCase({ method: 'video' })), { language: 'ja', createdAt: FINALIZED_AT })
  .then((pdf) => process.stdout.write(Buffer.from(pdf).toString('base64')))
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
