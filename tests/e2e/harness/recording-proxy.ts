/**
 * The browsers' only way out: a local proxy that records every request it is asked to carry
 * and refuses it. Page requests are answered (test pages) or aborted before they get here; what
 * arrives here came from somewhere the page routing cannot see — an extension's background,
 * or the browser itself — and is never sent on.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordingProxy {
  port: number;
  close(): Promise<void>;
}

/** `record` gets "CONNECT host:port" for HTTPS and WebSocket over TLS, the absolute URL for plain HTTP. */
export async function startRecordingProxy(record: (request: string) => void): Promise<RecordingProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(403).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // Once a socket is handed to 'connect' or 'upgrade', the server no longer listens for its
  // errors; a browser resetting a refused tunnel would otherwise be an uncaught ECONNRESET.
  const ignoreResets = (socket: Socket) => socket.on('error', () => {});
  server.on('connect', (request, socket: Socket) => {
    ignoreResets(socket);
    record(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (request, socket: Socket) => {
    ignoreResets(socket);
    record(request.url ?? '');
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
