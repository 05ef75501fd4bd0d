// The department profile's native dialogs: export proposes "<department>.salvage-profile.json" in
// Documents; import opens one JSON file; both speak the UI language; cancel means "nothing".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, electronMock } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));
const { chooseProfileToImport, chooseSavePath } = await import('../../../src-main/electron/dialogs');

beforeEach(() => electronMock.reset());

const ctx = (language: 'ja' | 'en') => ({ window: () => null, language: () => language });

describe('profile dialogs', () => {
  it('export proposes the department file name in Documents, titled in the UI language', async () => {
    electronMock.saveDialogResult = { canceled: false, filePath: '/home/staff/Documents/engineering.salvage-profile.json' };
    expect(await chooseSavePath(ctx('ja'), 'profile', 'engineering.salvage-profile.json')).toBe('/home/staff/Documents/engineering.salvage-profile.json');
    const options = vi.mocked(dialog.showSaveDialog).mock.calls[0]![0] as { title: string; defaultPath: string; filters: Array<{ extensions: string[] }> };
    expect(options.title).toBe('部局の設定を書き出す');
    expect(options.defaultPath).toMatch(/engineering\.salvage-profile\.json$/);
    expect(options.filters[0]!.extensions).toEqual(['json']);
  });

  it('import opens one JSON file, in English when the UI is English, and null when cancelled', async () => {
    electronMock.openDialogResult = { canceled: false, filePaths: ['/media/usb/engineering.salvage-profile.json'] };
    expect(await chooseProfileToImport(ctx('en'))).toBe('/media/usb/engineering.salvage-profile.json');
    const options = vi.mocked(dialog.showOpenDialog).mock.calls[0]![0] as { title: string; properties: string[]; filters: Array<{ extensions: string[] }> };
    expect(options.title).toBe('Choose the settings file to import');
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters[0]!.extensions).toEqual(['json']);
    electronMock.openDialogResult = { canceled: true, filePaths: [] };
    expect(await chooseProfileToImport(ctx('en'))).toBeNull();
  });
});
