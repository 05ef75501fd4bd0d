// Two counter PCs of one department, configured from one exported profile (as README "For IT"
// recommends) and never connected, give 1,000 applicants each without one case number in common:
// every installation puts its own station code (drawn at its first start, never from the
// profile) inside its numbers. The signed payload and the ledger carry the same number.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { openTestCore, tempDir, type TestCore } from '../open-test-core';

const N = 1000;
const opened: TestCore[] = [];
afterAll(async () => {
  for (const t of opened) await t.cleanup();
});

async function finalizeMany(t: TestCore, n: number): Promise<string[]> {
  const c = completeCase();
  const numbers: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: String(4_000_000_000 + i) } }, { operator: '窓口 太郎' });
    numbers.push((await t.core.cases.finalize(d.id, { operator: '窓口 太郎' })).caseNumber!);
  }
  return numbers;
}

describe('case numbers across a department’s PCs', () => {
  it('two data folders from one profile finalize 1,000 cases each with no case number in common', async () => {
    const first = await openTestCore();
    opened.push(first);
    const profile = path.join(tempDir('profile-'), 'profile.json');
    fs.writeFileSync(profile, JSON.stringify(await first.core.settings.exportProfile()));
    const second = await openTestCore({ department: false, profilePath: profile });
    opened.push(second);
    await second.core.settings.update({ staff: [{ name: '窓口 太郎', role: '学務係' }] }, { operator: '窓口 太郎' });
    expect((await second.core.settings.get()).department).toEqual((await first.core.settings.get()).department);

    const started = performance.now();
    const [a, b] = [await finalizeMany(first, N), await finalizeMany(second, N)];
    const ms = performance.now() - started;
    console.log(`station numbers: ${2 * N} finalizes (each signing its request) in ${(ms / 1000).toFixed(1)} s, ${(ms / (2 * N)).toFixed(2)} ms each`);
    const stations = [a[0]!, b[0]!].map((n) => n.split('-')[2]);
    expect(stations[0]).not.toBe(stations[1]);
    for (const numbers of [a, b]) {
      expect(new Set(numbers).size).toBe(N);
      for (const n of numbers) expect(n).toMatch(/^engineering-2026-[A-Z0-9]{3}-\d{6}$/);
    }
    expect(a.filter((n) => b.includes(n))).toEqual([]);
    expect(a[0]!.endsWith('-000001') && b[0]!.endsWith('-000001')).toBe(true); // each PC still counts from 1

    // The number inside the signed request and the ledger is the same one.
    const [item] = await first.core.outbox.list();
    const text = await first.core.outbox.mailFormText(item!.id);
    expect(text).toContain(`案件番号: ${item!.caseNumber}`);
    expect(a).toContain(item!.caseNumber);
    const ledger = path.join(tempDir('ledger-'), 'ledger.csv');
    await first.core.exportLedger(ledger, { operator: '窓口 太郎' });
    expect(fs.readFileSync(ledger, 'utf8')).toContain(a[0]!);
  }, 300_000);
});

describe('the station code', () => {
  it('is shown by the core, can be set by IT per PC (audited, refused with a clear message when unreadable), and never renumbers a case', async () => {
    const t = await openTestCore();
    opened.push(t);
    const drawn = await t.core.settings.stationCode();
    expect(drawn).toMatch(/^[A-Z0-9]{3}$/);
    const c = completeCase();
    const first = await t.core.cases.finalize((await t.core.cases.createDraft(c)).id, { operator: '窓口 太郎' });
    expect(first.caseNumber).toBe(`engineering-2026-${drawn}-000001`);
    for (const bad of ['A', 'ABCDE', 'A0', 'I1', 'a-7', '']) {
      await expect(t.core.settings.setStationCode(bad, { operator: '係長' })).rejects.toMatchObject({
        code: 'validation', issues: [expect.objectContaining({ path: 'stationCode', code: 'settings.station-code-invalid' })],
      });
    }
    expect(await t.core.settings.setStationCode('ｋ７', { operator: '係長' })).toBe('K7'); // full-width, lower case: as typed on an IME
    const second = await t.core.cases.finalize((await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: '2222222222' } })).id, { operator: '窓口 太郎' });
    expect(second.caseNumber).toBe('engineering-2026-K7-000002');
    expect((await t.core.cases.get(first.id)).caseNumber).toBe(first.caseNumber);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true });
  });
});
