// The application menu in the UI language (rebuilt when the language setting changes). Only
// standard roles plus one help link through openExternalSafely; reload and DevTools appear only
// in development.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../src-shared/core-api';
import { openExternalSafely } from './open-external-safely';
import { HELP_URL, menuText } from './shell-messages';

export interface MenuOptions {
  readonly language: Language;
  readonly development: boolean;
  readonly platform: NodeJS.Platform;
}

export function menuTemplate({ language: l, development, platform }: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: keyof typeof menuText): string => menuText[key][l];
  const template: MenuItemConstructorOptions[] = [];
  if (platform === 'darwin') template.push({ role: 'appMenu' });
  template.push(
    { label: t('file'), submenu: [{ role: 'close', label: t('close') }, ...(platform === 'darwin' ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t('quit') }])] },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { role: 'resetZoom', label: t('resetZoom') },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('fullScreen') },
        ...(development ? [{ type: 'separator' as const }, { role: 'reload' as const, label: t('reload') }, { role: 'toggleDevTools' as const, label: t('devTools') }] : []),
      ],
    },
    { label: t('window'), submenu: [{ role: 'minimize', label: t('minimize') }] },
    { label: t('help'), submenu: [{ label: t('helpPage'), click: () => void openExternalSafely(HELP_URL) }] },
  );
  return template;
}

export function applyAppMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
