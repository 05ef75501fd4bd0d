// The reference receiver bounds every input: the headers must arrive in time, open
// connections are capped, a body over the limit gets a 413 the client can actually read (the rest
// is drained, up to a cap, then the connection closes cleanly), and one corrupt stored file is
// skipped with a log line instead of stopping the desk.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver, type ReceiverOptions } from '../../../tools/desk';
import { samplePayload } from '../../../tools/fixtures/sample-payload';
import { post, tempDir, testDepartment } from '../../../tools/fixtures/desk-signing';

let desk: Receiver | undefined;
const sockets: net.Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await desk?.close();
  desk = undefined;
});

async function start(options: Partial<ReceiverOptions> = {}): Promise<{ desk: Receiver; logs: string[] }> {
  const dept = await testDepartment();
  const logs: string[] = [];
  desk = await startReceiver({ keys: dept.registry, dataDir: tempDir('limits'), host: '127.0.0.1', log: (l) => logs.push(l), ...options });
  return { desk, logs };
}

interface RawExchange { response: string; error: string | null; closed: Promise<void>; socket: net.Socket }

function connect(port: number): RawExchange {
  const socket = net.connect(port, '127.0.0.1');
  sockets.push(socket);
  const x: RawExchange = { response: '', error: null, socket, closed: new Promise((resolve) => socket.once('close', () => resolve())) };
  socket.on('data', (c: Buffer) => { x.response += c.toString('latin1'); });
  socket.on('error', (e: NodeJS.ErrnoException) => { x.error = e.code ?? e.message; });
  return x;
}

const postHead = (length: number | null): string => [
  'POST /submissions HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/jose', `Idempotency-Key: ${randomUUID()}`,
  length === null ? 'Transfer-Encoding: chunked' : `Content-Length: ${length}`, '', '',
].join('\r\n');

describe('reference receiver: bounded inputs', () => {
  it('a body over the limit gets a 413 the client reads in full, and then a clean close (no reset)', async () => {
    const { desk } = await start({ drainLimit: 32 * 1024 * 1024 });
    // Far more than the socket buffers hold: the client is still uploading when the answer comes.
    const size = 16 * 1024 * 1024;
    const x = connect(desk.port);
    x.socket.write(postHead(size));
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    for (let sent = 0; sent < size && !x.socket.destroyed; sent += chunk.length) {
      if (!x.socket.write(chunk)) await new Promise((r) => { x.socket.once('drain', r); x.socket.once('close', r); });
    }
    x.socket.end();
    await x.closed;
    expect(x.response).toMatch(/^HTTP\/1\.1 413 /);
    expect(x.response).toContain('"too-large"');
    expect(x.error).toBeNull();
    expect(desk.stats().stored).toBe(0);
  });

  it('stops reading a refused body after the drain cap and cuts the connection', async () => {
    const { desk } = await start({ drainLimit: 64 * 1024 });
    const x = connect(desk.port);
    x.socket.write(postHead(null));
    let sent = 0;
    let open = true;
    void x.closed.then(() => { open = false; });
    const chunk = `${(64 * 1024).toString(16)}\r\n${'A'.repeat(64 * 1024)}\r\n`;
    // A client that never stops: keep sending until the receiver hangs up (or far past any cap).
    while (open && sent < 256 * 1024 * 1024) {
      if (!x.socket.write(chunk)) await new Promise((r) => { x.socket.once('drain', r); x.socket.once('close', r); });
      sent += chunk.length;
    }
    await x.closed;
    expect(open).toBe(false);
    expect(sent).toBeLessThan(256 * 1024 * 1024);
    expect(x.response).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('answers 408 and closes when the headers do not arrive in time', async () => {
    const { desk } = await start({ headersTimeoutMs: 300 });
    const x = connect(desk.port);
    x.socket.write('POST /submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // and nothing more
    await x.closed;
    expect(x.response).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('caps open connections: one more is dropped at once and logged, and the desk serves again when they go', async () => {
    const { desk, logs } = await start({ maxConnections: 2 });
    const idle = [connect(desk.port), connect(desk.port)];
    await Promise.all(idle.map((x) => new Promise((r) => x.socket.once('connect', r))));
    const extra = connect(desk.port);
    await extra.closed;
    expect(extra.response).toBe('');
    expect(logs.join('\n')).toContain('connection refused, 2 already open');
    for (const x of idle) x.socket.destroy();
    await Promise.all(idle.map((x) => x.closed));
    await expect.poll(async () => (await fetch(desk.url, { method: 'OPTIONS' })).status).toBe(204);
  });

  it('skips one corrupt stored file with a log line and keeps serving', async () => {
    const dept = await testDepartment();
    const dataDir = tempDir('corrupt');
    mkdirSync(path.join(dataDir, 'submissions'), { recursive: true });
    writeFileSync(path.join(dataDir, 'submissions', `${randomUUID()}.json`), '{"submissionId": "trunc');
    const logs: string[] = [];
    desk = await startReceiver({ keys: dept.registry, dataDir, host: '127.0.0.1', log: (l) => logs.push(l) });
    expect(logs.join('\n')).toMatch(/skipped unreadable file .*\.json/);
    const p = samplePayload();
    expect((await post(desk.url, await dept.sign(p), p.submissionId)).status).toBe(201);
  });
});
