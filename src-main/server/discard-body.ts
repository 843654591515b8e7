/**
 * A request refused before its body was read (413: too large) must still have its body read —
 * and thrown away — before the answer closes the connection. Closing while the client is still
 * sending resets the connection: the client gets EPIPE/ECONNRESET mid-upload (a browser shows a
 * network error) instead of the 413 envelope. Bounded, so a client cannot keep a connection
 * busy forever: past `maxBytes` or `maxMs` the connection is closed as before.
 */
import type { IncomingMessage } from 'node:http';

export function discardBody(
  req: IncomingMessage,
  { maxBytes, maxMs }: { maxBytes: number; maxMs: number },
): Promise<void> {
  if (req.complete || req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => {
      clearTimeout(timer);
      req.removeListener('data', onData);
      req.removeListener('end', done);
      req.removeListener('error', done);
      req.removeListener('close', done);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) done();
    };
    const timer = setTimeout(done, maxMs);
    timer.unref();
    req.on('data', onData);
    req.once('end', done);
    req.once('error', done);
    req.once('close', done);
    req.resume();
  });
}
