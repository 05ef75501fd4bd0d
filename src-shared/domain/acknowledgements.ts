// Warnings that staff must acknowledge before 確定. A plain warning is advice;
// these describe a risk the desk must be able to see was accepted on purpose (an override that
// revives an expired case, answers that contradict each other). The acknowledgement is a case
// field, so it is autosaved, audited like any other answer and part of the stored case.
import { makeIssue, type Issue } from './issue';
import type { IssueCode } from '../messages/issues';

// 'departure-in-future' answers an error, not a warning: ticking it confirms the date was read right,
// and the case then says what that date means (the account is still valid).
export const acknowledgementKeys = ['expiry-override-revives', 'my-number-card-contradiction', 'departure-in-future'] as const;
export type AcknowledgementKey = (typeof acknowledgementKeys)[number];
export type Acknowledgements = Partial<Record<AcknowledgementKey, boolean>>;

/** The warning each acknowledgement answers. */
export const acknowledgedWarning: Record<AcknowledgementKey, IssueCode> = {
  'expiry-override-revives': 'expiry.override-revives',
  'my-number-card-contradiction': 'identity.no-card-but-card',
  'departure-in-future': 'departure.future',
};

export function acknowledgementKeyOf(code: IssueCode): AcknowledgementKey | undefined {
  return acknowledgementKeys.find((k) => acknowledgedWarning[k] === code);
}

export const acknowledgementPath = (key: AcknowledgementKey): string => `acknowledgements.${key}`;

/** One blocking issue per warning that needs an acknowledgement and has none. */
export function acknowledgementIssues(warnings: readonly Issue[], acks: Acknowledgements | undefined): Issue[] {
  const out: Issue[] = [];
  for (const w of warnings) {
    const key = acknowledgementKeyOf(w.code);
    if (!key || acks?.[key] === true || out.some((i) => i.path === acknowledgementPath(key))) continue;
    out.push(makeIssue(acknowledgementPath(key), 'acknowledge.required', { warning: w.message.ja, warningEn: w.message.en }));
  }
  return out;
}
