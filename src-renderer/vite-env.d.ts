// CSS side-effect imports are handled by Vite.
declare module '*.css';
