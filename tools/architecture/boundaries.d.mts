// Types for boundaries.mjs (plain JavaScript so that eslint.config.mjs can load it).
export declare const rendererFolders: Readonly<Record<string, readonly string[]>>;
export declare const topFolders: Readonly<Record<string, readonly string[]>>;
