// Every UI message key has a reader: its literal appears somewhere in the code that shows text
// (src-renderer, src-main, tools, or src-shared outside the message tables). Status names are
// built from the one status table (status-labels.ts) and read through it, so they count as used.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusUiMessages } from '../../../src-shared/messages/status-labels';
import { uiMessages } from '../../../src-shared/messages/ui';

const root = path.resolve(__dirname, '../../..');
const scanned = ['src-renderer', 'src-main', 'tools', 'src-shared'];
/** The tables that define the keys do not count as readers of them. */
const definitions = ['src-shared/messages/ui.ts', 'src-shared/messages/ui/'];

function sourceTexts(): string[] {
  return scanned.flatMap((folder) => readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((entry) => path.posix.join(folder, entry.split(path.sep).join('/')))
    .filter((file) => /\.(ts|tsx|mts)$/.test(file) && !definitions.some((d) => file === d || file.startsWith(d)))
    .map((file) => readFileSync(path.join(root, file), 'utf8')));
}

/** Keys never written as a string literal ('key', "key" or `key`) in the given texts. */
export function unreadKeys(keys: readonly string[], texts: readonly string[]): string[] {
  const all = texts.join('\n');
  return keys.filter((key) => !['\'', '"', '`'].some((quote) => all.includes(`${quote}${key}${quote}`)));
}

describe('UI message keys', () => {
  it('are each read somewhere (no key without a reader)', () => {
    const fromStatusTable = new Set(Object.keys(statusUiMessages('ja')));
    const keys = Object.keys(uiMessages.ja).filter((key) => !fromStatusTable.has(key));
    expect(unreadKeys(keys, sourceTexts())).toEqual([]);
  });

  it('the check fails on a key nobody reads, and not on one read in any quote style', () => {
    const texts = ["t('shell.title')", 'formatUi(lang, "cases.empty")', 'label: `next.print`'];
    expect(unreadKeys(['shell.title', 'cases.empty', 'next.print', 'cases.unused'], texts)).toEqual(['cases.unused']);
    expect(unreadKeys(['cases.empty'], ["t('cases.empty.more')", 't(`cases.empty.${x}`)'])).toEqual(['cases.empty']);
  });
});
