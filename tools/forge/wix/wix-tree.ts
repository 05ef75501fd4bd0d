// The payload as WiX elements: one <Directory> per folder under the install folder, one
// <Component> per file (the file is its key path). Ids and GUIDs derive from the relative path,
// so the same file keeps the same component in every release.
import path from 'node:path';
import { stableGuid, wixId, xml } from './wix-ids';

interface Folder { readonly name: string; readonly folders: Map<string, Folder>; readonly files: string[] }

const folder = (name: string): Folder => ({ name, folders: new Map(), files: [] });

function treeOf(files: readonly string[]): Folder {
  const root = folder('');
  for (const file of files) {
    const parts = file.split('/');
    let at = root;
    for (const part of parts.slice(0, -1)) {
      const next = at.folders.get(part) ?? folder(part);
      at.folders.set(part, next);
      at = next;
    }
    at.files.push(file);
  }
  return root;
}

export interface WixTree {
  /** <Directory> children of the install folder, with their <Component>s, indented. */
  readonly xml: string;
  /** Every component id, for the feature. */
  readonly componentIds: readonly string[];
}

/** `files`: the payload's files, '/'-separated; File/@Source is relative to the payload folder. */
export function wixTree(files: readonly string[], upgradeCode: string): WixTree {
  const componentIds: string[] = [];
  const render = (f: Folder, rel: string, indent: string): string[] => {
    const lines: string[] = [];
    for (const file of [...f.files].sort()) {
      const id = wixId('c', file);
      componentIds.push(id);
      lines.push(`${indent}<Component Id="${id}" Guid="${stableGuid(upgradeCode, `file:${file}`)}" Win64="yes">`);
      lines.push(`${indent}  <File Id="${wixId('f', file)}" Name="${xml(file.split('/').pop() ?? file)}" Source="${xml(path.join(...file.split('/')))}" KeyPath="yes" />`);
      lines.push(`${indent}</Component>`);
    }
    for (const name of [...f.folders.keys()].sort()) {
      const sub = rel ? `${rel}/${name}` : name;
      lines.push(`${indent}<Directory Id="${wixId('d', sub)}" Name="${xml(name)}">`);
      lines.push(...render(f.folders.get(name)!, sub, `${indent}  `));
      lines.push(`${indent}</Directory>`);
    }
    return lines;
  };
  return { xml: render(treeOf(files), '', '          ').join('\n'), componentIds };
}
