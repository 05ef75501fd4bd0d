// The checks the desk's verifier page must pass in every engine, written once: the registry survives
// a reload; a genuine block verifies, an edited name is text-mismatch naming 氏名, a flipped
// signature is bad-signature; and the whole paste corpus gets the verdicts it gets in Chromium. Each
// engine's suite supplies how to read the registry status and how to check a paste in its browser.
import { expect, it } from 'vitest';
import type { PageVerdict } from './desk-page-driver';
import type { CorpusEntry } from './paste-corpus';

export interface VerifierPageEngine {
  registryStatus(): Promise<unknown>;
  verdict(text: string): Promise<PageVerdict | null>;
  corpus(): { benign: CorpusEntry[]; adversarial: CorpusEntry[] };
}

export function verifierPageChecks(engine: VerifierPageEngine, corpusTimeoutMs: number): void {
  it('keeps the registry across a reload', async () => {
    expect(await engine.registryStatus()).toContain('鍵 1 件');
  });

  it('a genuine block verifies; an edited name is text-mismatch naming 氏名; a flipped signature is bad-signature', async () => {
    const corpus = engine.corpus();
    const genuine = corpus.benign.find((e) => e.name === 'the block as the app writes it')!;
    expect(await engine.verdict(genuine.text)).toMatchObject({ state: 'verified', reason: 'verified', headline: '✔ 工学部の部局窓口が本人確認した申請です' });
    const edited = corpus.adversarial.find((e) => e.name === 'a quoted block with an edited name')!;
    expect(await engine.verdict(edited.text)).toMatchObject({ state: 'failed', reason: 'text-mismatch', fields: ['氏名'], headline: '✖ この申請を受け付けないでください' });
    const flipped = corpus.adversarial.find((e) => e.name === 'one character of the signature changed')!;
    expect(await engine.verdict(flipped.text)).toMatchObject({ state: 'failed', reason: 'bad-signature' });
  }, 60_000);

  it('the whole corpus gets the same verdicts as in Chromium', async () => {
    const corpus = engine.corpus();
    const all = [...corpus.benign, ...corpus.adversarial];
    const outcomes: unknown[] = [];
    for (const e of all) {
      const v = await engine.verdict(e.text);
      outcomes.push([e.name, v === null ? 'no verdict' : v.state === 'verified' ? 'verified' : v.reason, (e.fields ?? []).filter((f) => v?.fields.includes(f))]);
    }
    expect(outcomes).toEqual(all.map((e) => [e.name, e.expect, e.fields ?? []]));
  }, corpusTimeoutMs);
}
