export { keytarSecretStore, DEFAULT_SERVICE } from './keytar-secret-store';
export { memorySecretStore } from './memory-secret-store';
export { keychainUnavailable } from './keychain-error';
