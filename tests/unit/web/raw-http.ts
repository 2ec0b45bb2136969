import net from 'node:net';

/**
 * Raw HTTP over a socket: request lines no HTTP client would send (bad escapes, NUL bytes,
 * absolute targets), requests left unfinished, connections left idle.
 */
export interface RawConnection {
  socket: net.Socket;
  /** Everything the server sent so far. */
  received(): string;
  /** Resolves when the server sent a status line: its code. */
  status(): Promise<number>;
  /** Resolves once the server closed the connection. */
  closed(): Promise<void>;
  write(text: string | Buffer): void;
}

export function connect(port: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    const waiters: (() => void)[] = [];
    const wake = () => waiters.splice(0).forEach((w) => w());
    let ended = false;
    socket.on('data', (c) => {
      data += c.toString('latin1');
      wake();
    });
    socket.on('close', () => {
      ended = true;
      wake();
    });
    socket.on('error', () => {});
    const until = <T>(test: () => T | undefined): Promise<T> =>
      new Promise((res, rej) => {
        const check = () => {
          const v = test();
          if (v !== undefined) return res(v);
          if (ended) return rej(new Error(`connection closed; received: ${JSON.stringify(data.slice(0, 200))}`));
          waiters.push(check);
        };
        check();
      });
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => data,
        status: () => until(() => (/^HTTP\/1\.1 (\d{3})/.exec(data) ? Number(/^HTTP\/1\.1 (\d{3})/.exec(data)![1]) : undefined)),
        closed: () => new Promise<void>((res) => (ended ? res() : socket.once('close', () => res()))),
        write: (t) => socket.write(t),
      }),
    );
    socket.once('error', reject);
  });
}

/** Sends one raw request (its head, then the body if any) and returns the status the server answered. */
export async function rawStatus(port: number, head: string, body = ''): Promise<number> {
  const c = await connect(port);
  c.write(`${head}\r\n\r\n${body}`);
  const status = await c.status();
  c.socket.destroy();
  return status;
}
