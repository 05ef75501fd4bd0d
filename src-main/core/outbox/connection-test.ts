// "Test connection" in Settings: one harmless OPTIONS request to the endpoint (nothing is sent or
// stored), reported in plain ja/en.
import type { ConnectionTestResult } from '../../../src-shared/core-api';
import { checkEndpoint } from './endpoint';

const TEST_TIMEOUT_MS = 10_000;

export async function testConnection(fetchImpl: typeof fetch, value: string): Promise<ConnectionTestResult> {
  const check = checkEndpoint(value);
  if (!check.ok) {
    const insecure = check.reason === 'insecure';
    return {
      ok: false,
      status: null,
      message: insecure
        ? { ja: 'https のURLを入力してください(http はこのPC内のテスト用デスクにだけ使えます)。', en: 'Enter an https URL (http is allowed only for a test desk on this PC).' }
        : { ja: 'URLの形式が正しくありません。https:// で始まる送信先URLを入力してください。', en: 'This is not a valid URL. Enter the endpoint URL starting with https://.' },
    };
  }
  try {
    const res = await fetchImpl(check.url, { method: 'OPTIONS', redirect: 'manual', signal: AbortSignal.timeout(TEST_TIMEOUT_MS) });
    await res.body?.cancel().catch(() => undefined);
    const s = res.status;
    if ((s >= 200 && s < 300) || s === 405) {
      return { ok: true, status: s, message: { ja: `送信先に接続できました(HTTP ${s})。`, en: `The endpoint answered (HTTP ${s}).` } };
    }
    if (s === 404) {
      return { ok: false, status: s, message: { ja: 'サーバーには接続できましたが、このURLに受付窓口がありません(HTTP 404)。URLのパスを確認してください。', en: 'The server answered, but there is no desk at this URL (HTTP 404). Check the path.' } };
    }
    if (s >= 300 && s < 400) {
      return { ok: false, status: s, message: { ja: `送信先が別のURLへ転送しています(HTTP ${s})。転送先の正しいURLを設定してください。`, en: `The endpoint redirects elsewhere (HTTP ${s}). Set the final URL instead.` } };
    }
    return { ok: false, status: s, message: { ja: `送信先がエラーを返しました(HTTP ${s})。サポート窓口に確認してください。`, en: `The endpoint answered with an error (HTTP ${s}). Check with the support desk.` } };
  } catch (e) {
    const timeout = (e as { name?: string } | null)?.name === 'TimeoutError';
    return {
      ok: false,
      status: null,
      message: timeout
        ? { ja: `${TEST_TIMEOUT_MS / 1000}秒以内に応答がありませんでした。ネットワーク・プロキシ・URLを確認してください。`, en: `No answer within ${TEST_TIMEOUT_MS / 1000} seconds. Check the network, the proxy and the URL.` }
        : { ja: '送信先に接続できませんでした。ネットワーク・プロキシ・URLを確認してください。', en: 'Could not connect to the endpoint. Check the network, the proxy and the URL.' },
    };
  }
}
