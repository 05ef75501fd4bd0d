import type { Settings } from '../../../src-shared/core-api';

/**
 * A fresh installation does not pretend to belong to any department: the code stays empty until
 * staff choose it in Settings, and finalize() refuses until then (the code is in case numbers).
 */
export const DEFAULT_SETTINGS: Settings = {
  department: { code: '', name: '' },
  staff: [],
  endpointUrl: null,
  language: 'ja',
  retentionDays: 365,
  studentNumberPattern: null,
};
