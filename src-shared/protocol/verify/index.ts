// The one verification module: `npm run verify`, the reference receiver and the desk's
// verifier page all call it. Pure TypeScript over jose and WebCrypto: no Buffer, no node:*.
export * from './failure';
export * from './find-jws';
export * from './escape-control';
export * from './registry';
export * from './register-keys';
export * from './verify-jws';
export * from './block-compare';
export * from './signed-view';
export * from './verify-pasted';
export * from './paste-lines';
export * from './verdict';
export * from './fingerprint';
export * from './key-statement';
