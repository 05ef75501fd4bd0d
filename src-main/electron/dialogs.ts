// Native file dialogs for the IPC handlers (OutputHost): save record PDFs, the public key, backups,
// the ledger and the department profile; choose a backup to restore or a profile to import. Default
// names come from the handlers and contain no personal data (a case number or a date). A cancelled
// save dialog, or one that answers without a path, is null: handlers save only through
// saveThroughDialog (src-main/ipc/save-through-dialog.ts), which then writes nothing.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Language } from '../../src-shared/core-api';
import type { SaveKind } from '../ipc/handlers';
import { profileOpenDialogTitle, restoreConfirm, restoreDialogTitle, saveDialogText } from './shell-messages';

export interface DialogContext {
  readonly window: () => BrowserWindow | null;
  readonly language: () => Language;
}

export async function chooseSavePath(ctx: DialogContext, kind: SaveKind, defaultName: string): Promise<string | null> {
  const text = saveDialogText[kind];
  const lang = ctx.language();
  const options = {
    title: text.title[lang],
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters: [{ name: text.filter[lang], extensions: text.extensions }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
  };
  const parent = ctx.window();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function chooseFileToOpen(ctx: DialogContext, title: Record<Language, string>, kind: SaveKind): Promise<string | null> {
  const lang = ctx.language();
  const options = {
    title: title[lang],
    defaultPath: app.getPath('documents'),
    filters: [{ name: saveDialogText[kind].filter[lang], extensions: saveDialogText[kind].extensions }],
    properties: ['openFile'] as Array<'openFile'>,
  };
  const parent = ctx.window();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function chooseBackupToRestore(ctx: DialogContext): Promise<string | null> {
  return chooseFileToOpen(ctx, restoreDialogTitle, 'backup');
}

/** The department profile to import (*.salvage-profile.json, offered as JSON files). */
export function chooseProfileToImport(ctx: DialogContext): Promise<string | null> {
  return chooseFileToOpen(ctx, profileOpenDialogTitle, 'profile');
}

/** "Replace the data with this backup?" — Cancel is the default (Enter and Esc both cancel). */
export async function confirmRestore(ctx: DialogContext): Promise<boolean> {
  const lang = ctx.language();
  const options = {
    type: 'warning' as const,
    title: restoreConfirm.title[lang],
    message: restoreConfirm.message[lang],
    detail: restoreConfirm.detail[lang],
    buttons: [restoreConfirm.cancel[lang], restoreConfirm.restore[lang]],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const parent = ctx.window();
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response === 1;
}
