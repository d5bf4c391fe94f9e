/**
 * A reader that stops early (`vigil classify … | head`) closes the pipe, and the next write fails with EPIPE —
 * an 'error' event that, unhandled, ends node with a stack trace. Like other command-line tools, vigil then stops
 * quietly with status 0: nobody is left to read the rest. Other write errors still end the process, with status 1.
 */
export function endOnClosedPipe(stream: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = (c) => process.exit(c)): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`vigil: cannot write output: ${err.code ?? err.message}\n`);
    exit(err.code === 'EPIPE' ? 0 : 1);
  });
}
