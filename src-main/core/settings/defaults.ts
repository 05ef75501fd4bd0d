import type { Settings } from '../../../src-shared/core-api';
import { RETENTION_DAYS } from '../../../src-shared/limits';
import { DEFAULT_MAIL_FORM_URL } from '../../../src-shared/protocol/prefill-template';
import { DEFAULT_DESK_LINKS, EMPTY_COUNTER_CONTACT } from '../../../src-shared/counter-contact';

/**
 * A fresh installation does not pretend to belong to any department: the code stays empty until
 * staff choose it in Settings, and finalize() refuses until then (the code is in case numbers).
 */
export const DEFAULT_SETTINGS: Settings = {
  department: { code: '', name: '' },
  staff: [],
  deliveryChannel: 'mail-form',
  endpointUrl: null,
  mailFormUrl: DEFAULT_MAIL_FORM_URL,
  mailFormPrefillTemplate: null,
  language: 'ja',
  retentionDays: RETENTION_DAYS.default,
  studentNumberPattern: null,
  confirmedDestinations: [],
  counterContact: EMPTY_COUNTER_CONTACT,
  deskLinks: DEFAULT_DESK_LINKS,
};
