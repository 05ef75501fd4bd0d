// The paste corpus (test/support/paste-corpus.ts) against the shared verification module: every
// benign paste verifies, every adversarial one is refused with its reason, and a text-mismatch
// names each differing field with the pasted line beside the signed one.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPasted, type Registry } from '../../../../src-shared/protocol/verify';
import { buildCorpus, type CorpusEntry } from '../../../support/paste-corpus';
import { testDepartment } from '../../../../tools/fixtures/desk-signing';

let corpus: { benign: CorpusEntry[]; adversarial: CorpusEntry[] };
let registry: Registry;

beforeAll(async () => {
  const dept = await testDepartment();
  registry = dept.registry;
  corpus = await buildCorpus(dept, await testDepartment());
});

describe('paste corpus against the shared module', () => {
  it('holds at least 30 adversarial and 10 benign pastes', () => {
    expect(corpus.adversarial.length).toBeGreaterThanOrEqual(30);
    expect(corpus.benign.length).toBeGreaterThanOrEqual(10);
  });

  it('every benign paste verifies', async () => {
    const outcomes = await Promise.all(corpus.benign.map(async (e) => {
      const r = await verifyPasted(e.text, registry);
      return [e.name, r.ok ? 'verified' : `${r.code} ${r.details.join(',')}`];
    }));
    expect(outcomes).toEqual(corpus.benign.map((e) => [e.name, 'verified']));
  });

  it('every adversarial paste is refused with its reason, naming the changed field', async () => {
    const outcomes = await Promise.all(corpus.adversarial.map(async (e) => {
      const r = await verifyPasted(e.text, registry);
      if (r.ok) return [e.name, 'verified'];
      const named = (e.fields ?? []).filter((f) => r.differences.some((d) => d.label === f));
      return [e.name, r.code, named];
    }));
    expect(outcomes).toEqual(corpus.adversarial.map((e) => [e.name, e.expect, e.fields ?? []]));
  });

  it('a text-mismatch shows the pasted line beside the signed line, invisible characters escaped', async () => {
    const zw = corpus.adversarial.find((e) => e.name === 'zero-width space inside the name')!;
    const r = await verifyPasted(zw.text, registry);
    expect(r.ok ? [] : r.differences).toEqual([{ label: '氏名', pasted: '氏名: 東大\\u200b 花子', signed: '氏名: 東大 花子', outside: false }]);
    const above = corpus.adversarial.find((e) => e.name === 'a changed name line placed above the title')!;
    const a = await verifyPasted(above.text, registry);
    expect(a.ok ? [] : a.differences).toEqual([{ label: '氏名', pasted: '氏名: 偽 名前', signed: '氏名: 東大 花子', outside: true }]);
  });

  it('text outside the block is listed as not part of the request and never counts', async () => {
    const google = corpus.benign.find((e) => e.name.startsWith('inside a Google Form'))!;
    const r = await verifyPasted(google.text, registry);
    expect(r.ok && r.comparison.outside).toEqual(expect.arrayContaining(['タイムスタンプ', '申請の本文', 'Google フォームで作成されました。このフォームの作成者は Google ではありません。']));
  });
});
