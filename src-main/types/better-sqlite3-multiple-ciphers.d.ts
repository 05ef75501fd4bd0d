// The addon's package.json has an exports map without a "types" condition, so TypeScript cannot
// find its bundled index.d.ts. A tsconfig `paths` entry pointing at that .d.ts fixed typecheck but
// made tsx (bench, crash-test child) try to *run* the .d.ts. The API is better-sqlite3's, so its
// DefinitelyTyped types describe it; encryption is configured through PRAGMAs (cipher, key).
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
