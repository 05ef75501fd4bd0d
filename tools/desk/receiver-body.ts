// Reading a request body under a limit, and refusing one over it so that the client actually reads
// the 413: Node closes a "Connection: close" response's socket as soon as the answer is written,
// and a client still uploading then gets a reset that can swallow the answer. So the 413 is sent
// as an ordinary answer, the rest of the body is drained — up to a cap in bytes and time, never
// without bound — and only then is the connection closed.
import type http from 'node:http';

export class BodyTooLarge extends Error {}

export function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface DrainLimits {
  /** Bytes of the refused body read (and discarded) after the 413 before the connection is cut. */
  readonly bytes: number;
  /** Time allowed for that, in ms. */
  readonly ms: number;
}

/** After a 413 is written: discard the rest of the body within the limits, then close the connection. */
export function drainThenClose(req: http.IncomingMessage, limits: DrainLimits): void {
  const socket = req.socket;
  let drained = 0;
  const timer = setTimeout(() => socket.destroy(), limits.ms);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  req.removeAllListeners('data');
  req.on('data', (c: Buffer) => {
    drained += c.length;
    if (drained > limits.bytes) socket.destroy();
  });
  req.on('end', () => socket.end()); // the whole body arrived: a clean close the client can read to the end
  if (req.complete) socket.end();
  req.resume();
}
