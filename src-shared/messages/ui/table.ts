// The shape of one screen's message table: every key holds its Japanese (default) and English text
// side by side, so a missing translation is a compile error and a reviewer reads both at once.
export type UiMessageTable = Readonly<Record<string, { readonly ja: string; readonly en: string }>>;
