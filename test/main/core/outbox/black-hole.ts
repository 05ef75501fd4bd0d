// A desk that accepts connections and never answers (a black-holed endpoint), for the quit tests
// and the quit benchmark.
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface BlackHole {
  readonly url: string;
  /** Connections that sent at least one byte. */
  readonly requests: () => number;
  close(): Promise<void>;
}

export async function startBlackHole(): Promise<BlackHole> {
  const sockets = new Set<net.Socket>();
  let requests = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.once('data', () => requests++);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/submissions`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
