// The utelecon support desk's pages: the one help link of the app (header and the Help menu). It
// leaves the app only through the shell's allowlisted external-link path (open-external-safely.ts).
export const HELP_URL = 'https://utelecon.adm.u-tokyo.ac.jp/';
