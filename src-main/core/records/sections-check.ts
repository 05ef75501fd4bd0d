// Sections 4–5: how the identity was checked (never a document number) and by whom.
import type { Language } from '../../../src-shared/core-api';
import { checklistItemById } from '../../../src-shared/domain';
import { fieldPairRow, fieldRow, sectionHeading, STYLE } from './blocks';
import { documentTypeName, formatInstant, personName } from './format';
import { COLOR, CONTENT_WIDTH, PAD } from './layout';
import type { Flow } from './flow';
import { drawRow } from './rows';
import type { RecordView } from './record-view';
import { recordText } from './text';

const MARK_WIDTH = 44;

export function checkSection(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  const f = t.fields;
  const v = view.verification;
  sectionHeading(flow, 4, t.sections.check);
  fieldPairRow(flow, lang, [f['verification.method'] as string, t.methods[v.method]], [f['verification.verifiedAt'] as string, formatInstant(v.verifiedAt, lang)]);
  if (v.method === 'video') fieldRow(flow, lang, f['verification.videoReason'] as string, v.videoReason ?? '');
  const doc = documentTypeName(v.documentType, lang);
  fieldRow(flow, lang, f['verification.documentType'] as string, v.documentTypeOther ? `${doc}: ${v.documentTypeOther}` : doc);
  checklistTable(flow, view, lang);
}

function checklistTable(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  const textWidth = CONTENT_WIDTH - MARK_WIDTH;
  const widths = [MARK_WIDTH, textWidth];
  flow.y += 6;
  const head = (s: string, w: number) => flow.lines(s, w - 2 * PAD.x, { ...STYLE.label, align: 'center' });
  const header = () => drawRow(flow, widths, [
    { lines: head(t.checklistHead.result, MARK_WIDTH), fill: COLOR.fill },
    { lines: head(t.checklistHead.item, textWidth), fill: COLOR.fill },
  ]);
  flow.ensure(60);
  header();
  flow.pageHeader = header;
  for (const entry of view.verification.checklist) {
    const item = checklistItemById(entry.id);
    const mark = entry.ok ? t.ok : t.notOk;
    drawRow(flow, widths, [
      // The mark is drawn larger than the text but takes no more height, so rows stay compact.
      { lines: flow.lines(mark, MARK_WIDTH - 2 * PAD.x, { font: 'B', size: 12, align: 'center' }).map((l) => ({ ...l, height: 14 })), valign: 'middle' },
      { lines: flow.lines(item ? item[lang] : entry.id, textWidth - 2 * PAD.x, { ...STYLE.value, size: 9.5 }), valign: 'middle' },
    ]);
  }
  flow.pageHeader = null;
}

export function verifierSection(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  const f = t.fields;
  const v = view.verification;
  const show = (p: { name: string; role: string }) => personName(p, lang);
  sectionHeading(flow, 5, t.sections.verifier);
  fieldPairRow(flow, lang, [f['verification.verifier'] as string, show(v.verifier)], [f['verification.secondChecker'] as string, v.secondChecker ? show(v.secondChecker) : t.none]);
  if (view.finalizedBy && view.finalizedBy !== v.verifier.name) {
    fieldRow(flow, lang, f['verification.finalizedBy'] as string, view.finalizedBy);
  }
}
