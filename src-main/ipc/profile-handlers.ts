// The department profile's channels: export saves `<department>.salvage-profile.json` through the
// host's save dialog; import reads the file the host's open dialog chose and answers with what it
// would change (step 1), and apply writes the profile staff confirmed (step 2).
import path from 'node:path';
import { saveChosenFile } from './save-file';
import { saveThroughDialog } from './save-through-dialog';
import { profileFileName } from '../../src-shared/profile/profile-schema';
import type { Core } from '../core/core-types';
import { CoreError, isCoreError } from '../core/errors';
import { readProfileFile } from '../core/settings/machine-profile';
import type { ChannelHandlers, OutputHost } from './handler-types';

type ProfileChannel = 'settings:export-profile' | 'settings:import-profile' | 'settings:apply-profile';

const notSupported = new CoreError('io', {
  ja: 'この環境では設定ファイルを読み込めません。デスクトップ版のアプリで読み込んでください。',
  en: 'Settings files cannot be imported here. Import it in the desktop app.',
});

const unreadable = new CoreError('io', {
  ja: '設定ファイルを開けませんでした。ファイルの場所と読み取り権限を確認して、もう一度選んでください。',
  en: 'The settings file could not be opened. Check where it is and that you may read it, then choose it again.',
});

function readChosen(file: string): unknown {
  try {
    return readProfileFile(file);
  } catch (e) {
    if (isCoreError(e)) throw e; // not JSON: said as a field-level issue
    throw unreadable;
  }
}

export function profileHandlers(core: Core, host: OutputHost): Pick<ChannelHandlers, ProfileChannel> {
  return {
    'settings:export-profile': async () => {
      const profile = await core.settings.exportProfile();
      const text = `${JSON.stringify(profile, null, 2)}\n`;
      // Written 0o600: staff names are not for everyone.
      return { saved: await saveThroughDialog(host, 'profile', profileFileName(profile.department.code), (target) => saveChosenFile(target, text)) };
    },
    'settings:import-profile': async () => {
      await core.settings.get(); // a closed core (quit, restore) answers "closed" before any dialog opens
      if (!host.chooseProfileToImport) throw notSupported;
      const file = await host.chooseProfileToImport();
      if (!file) return { opened: false };
      const input = readChosen(file);
      const changes = await core.settings.previewProfile(input);
      return { opened: true, fileName: path.basename(file), profile: input as never, changes };
    },
    'settings:apply-profile': ({ profile, operator, confirmDestinations }) => core.settings.applyProfile(profile, { operator, ...(confirmDestinations ? { confirmDestinations } : {}) }),
  };
}
