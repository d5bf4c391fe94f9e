/**
 * A reader that stops early (`vigil classify … | head`) closes the pipe, and the next write fails with EPIPE —
 * an 'error' event that, unhandled, ends node with a stack trace. Like other command-line tools, vigil then stops
 * quietly with status 0: nobody is left to read the rest. Other write errors still end the process, with status 1.
 *
 * A command that may have native work in flight when the pipe closes (model inference in text worker threads,
 * ONNX Runtime, libvips) registers a stop with onOutputClosed: process.exit() while such work runs can abort node
 * (status 134, seen on CI). With a stop registered, EPIPE only marks the output closed and calls the stop; the
 * command ends its loop after the batch in flight and returns, and exitAfterFlush then exits with status 0.
 */
let closed = false;
const stops = new Set<() => void>();

/** True once the reader of stdout has gone: a command stops writing and ends its work. */
export function outputClosed(): boolean {
  return closed;
}

/** Registers `stop`, called once when the reader of stdout goes; returns the unregister function. */
export function onOutputClosed(stop: () => void): () => void {
  stops.add(stop);
  return () => stops.delete(stop);
}

export function endOnClosedPipe(stream: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = (c) => process.exit(c)): void {
  stream.on('error', (err: NodeJS.ErrnoException) => onWriteError(err, exit));
}

function onWriteError(err: NodeJS.ErrnoException, exit: (code: number) => void): void {
  if (err.code === 'EPIPE' && stops.size > 0) {
    if (closed) return;
    closed = true;
    for (const stop of [...stops]) stop();
    return;
  }
  if (err.code !== 'EPIPE') process.stderr.write(`vigil: cannot write output: ${err.code ?? err.message}\n`);
  exit(err.code === 'EPIPE' ? 0 : 1);
}

/**
 * Exits with `code` once stdout has drained (process.exit() alone truncates output written to a pipe). Where
 * the last write failed (a full disk), the drain callback gets that error before the stream emits 'error',
 * so it is reported here as endOnClosedPipe reports it: exiting with `code` would hide it. Where the reader
 * has gone (outputClosed), there is nothing left to drain.
 */
export function exitAfterFlush(code: number, stream: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = (c) => process.exit(c)): void {
  if (closed) {
    exit(code);
    return;
  }
  stream.write('', (err?: Error | null) => (err ? onWriteError(err as NodeJS.ErrnoException, exit) : exit(code)));
}
