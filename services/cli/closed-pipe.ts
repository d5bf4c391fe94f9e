/**
 * A reader that stops early (`vigil classify … | head`) closes the pipe, and the next write fails with EPIPE —
 * an 'error' event that, unhandled, ends node with a stack trace. Like other command-line tools, vigil then stops
 * quietly with status 0: nobody is left to read the rest. Other write errors still end the process, with status 1.
 */
export function endOnClosedPipe(stream: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = (c) => process.exit(c)): void {
  stream.on('error', (err: NodeJS.ErrnoException) => onWriteError(err, exit));
}

function onWriteError(err: NodeJS.ErrnoException, exit: (code: number) => void): void {
  if (err.code !== 'EPIPE') process.stderr.write(`vigil: cannot write output: ${err.code ?? err.message}\n`);
  exit(err.code === 'EPIPE' ? 0 : 1);
}

/**
 * Exits with `code` once stdout has drained (process.exit() alone truncates output written to a pipe). Where
 * the last write failed (a full disk), the drain callback gets that error before the stream emits 'error',
 * so it is reported here as endOnClosedPipe reports it: exiting with `code` would hide it.
 */
export function exitAfterFlush(code: number, stream: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = (c) => process.exit(c)): void {
  stream.write('', (err?: Error | null) => (err ? onWriteError(err as NodeJS.ErrnoException, exit) : exit(code)));
}
