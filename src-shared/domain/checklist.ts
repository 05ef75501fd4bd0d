// The identity-check checklist (SPEC §2). Every item for the chosen method must be confirmed
// before a case can be finalized.
import type { DocumentTypeId } from './document-types';

export const verificationMethods = ['in-person', 'video'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

export const checklistItemIds = [
  'photo-matches',
  'name-matches-record',
  'dob-matches-record',
  'id-valid',
  'record-confirms-student',
  'conditions-explained',
  'consent-forwarding',
  'video-in-view',
  'video-id-front-back-tilt',
  'video-id-front-tilt',
  'video-live-challenge',
  'video-not-recorded',
] as const;
export type ChecklistItemId = (typeof checklistItemIds)[number];

export interface ChecklistItem {
  readonly id: ChecklistItemId;
  readonly videoOnly: boolean;
  readonly ja: string;
  readonly en: string;
}

const items: readonly ChecklistItem[] = [
  { id: 'photo-matches', videoOnly: false, ja: '本人確認書類の写真が申請者本人と一致する', en: 'The photo on the ID matches the applicant' },
  { id: 'name-matches-record', videoOnly: false, ja: '本人確認書類の氏名が学籍記録の氏名と一致する', en: 'The name on the ID matches the academic record' },
  { id: 'dob-matches-record', videoOnly: false, ja: '本人確認書類の生年月日が学籍記録の生年月日と一致する', en: 'The date of birth on the ID matches the academic record' },
  { id: 'id-valid', videoOnly: false, ja: '本人確認書類が有効期限内で、改ざんの形跡がない', en: 'The ID is valid (not expired) and shows no sign of tampering' },
  { id: 'record-confirms-student', videoOnly: false, ja: '学籍記録により、離籍直前に学生として在籍していたことと学籍番号を確認した', en: 'The academic record confirms student status immediately before leaving, and the student number' },
  { id: 'conditions-explained', videoOnly: false, ja: '利用条件(各サービス1回限り・アクセスは1週間・許可されない場合がある・データが既に削除されている場合がある)を説明した', en: 'The conditions were explained (once per service, one week of access, may be refused, data may already be deleted)' },
  { id: 'consent-forwarding', videoOnly: false, ja: '申請者は、部局がこれらの情報をuteleconサポート窓口に取り次ぐことに同意した', en: 'The applicant consents to the department forwarding these details to the utelecon support desk' },
  { id: 'video-in-view', videoOnly: true, ja: '申請者は確認の間ずっと映像に映っていた', en: 'The applicant stayed in view throughout the call' },
  { id: 'video-id-front-back-tilt', videoOnly: true, ja: '本人確認書類の表裏をカメラに近づけて示し、傾けて実物であることを確認した', en: 'The ID was shown front and back close to the camera and tilted to show it is a physical card' },
  { id: 'video-id-front-tilt', videoOnly: true, ja: 'マイナンバーカードの表面のみをカメラに近づけて示し、傾けて実物であることを確認した(裏面は見ない・映させない)', en: 'Only the FRONT of the My Number card was shown close to the camera and tilted to show it is a physical card (the back was never shown)' },
  { id: 'video-live-challenge', videoOnly: true, ja: 'その場で決めた問いかけ(指示した動作など)に、申請者がその場で応じた', en: 'A random challenge was asked and answered live' },
  { id: 'video-not-recorded', videoOnly: true, ja: '通話は録画していない(または申請者の同意を得て録画した)', en: 'The call was not recorded (or recorded only with the applicant\u2019s consent)' },
];

/**
 * The ordered checklist for a method and document: the common items, then the video-only ones.
 * On video the ID is shown front and back, except a My Number card: its back carries the
 * individual number, which must never be looked at, so that card is shown front only.
 */
export function checklistFor(method: VerificationMethod, documentType?: DocumentTypeId): readonly ChecklistItem[] {
  const skipped: ChecklistItemId = documentType === 'my-number-card' ? 'video-id-front-back-tilt' : 'video-id-front-tilt';
  return method === 'video' ? items.filter((i) => i.id !== skipped) : items.filter((i) => !i.videoOnly);
}

export function checklistItemById(id: string): ChecklistItem | undefined {
  return items.find((i) => i.id === id);
}

/** Items confirmed on the consent step (conditions explained, consent), not with the identity check. */
export const consentItemIds = ['conditions-explained', 'consent-forwarding'] as const satisfies readonly ChecklistItemId[];

const isConsentItem = (id: ChecklistItemId): boolean => (consentItemIds as readonly ChecklistItemId[]).includes(id);

/**
 * The identity-check items as they were asked (step 3) and as the review, the record and the
 * payload show them: method- and document-aware, so a My Number card on video lists its front only.
 */
export function identityChecklist(method: VerificationMethod, documentType?: DocumentTypeId): readonly ChecklistItem[] {
  return checklistFor(method, documentType).filter((i) => !isConsentItem(i.id));
}

/** The consent-step items, the same for every method and document. */
export function consentChecklist(): readonly ChecklistItem[] {
  return items.filter((i) => isConsentItem(i.id));
}
