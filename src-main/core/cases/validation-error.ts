import type { Issue } from '../../../src-shared/domain';
import { CoreError } from '../errors';

export function validationError(issues: readonly Issue[], what: { ja: string; en: string } = {
  ja: '入力に誤りがあります。各項目の説明に従って直してください。何も保存していません。',
  en: 'Some input is not valid. Correct each field as described. Nothing was saved.',
}): CoreError {
  return new CoreError('validation', what, issues);
}
