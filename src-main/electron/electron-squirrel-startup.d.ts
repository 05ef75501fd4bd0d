// electron-squirrel-startup ships no types: it exports true when the Windows installer (Squirrel)
// launched the app only to create or remove shortcuts, in which case the app must quit at once.
declare module 'electron-squirrel-startup' {
  const started: boolean;
  export default started;
}
