import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { endOnClosedPipe, exitAfterFlush, onOutputClosed, outputClosed } from '../../../services/cli/closed-pipe.js';

const epipe = (): NodeJS.ErrnoException => Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });

// the module keeps one closed state per process, as stdout is one per process: the cases run in order
describe('closed pipe', () => {
  it('exits 0 at once on EPIPE when no command registered a stop', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WriteStream;
    const exits: number[] = [];
    endOnClosedPipe(stream, (c) => exits.push(c));
    const unregister = onOutputClosed(() => {});
    unregister();
    stream.emit('error', epipe());
    expect(exits).toEqual([0]);
    expect(outputClosed()).toBe(false);
  });

  it('with a stop registered, EPIPE calls the stop once and leaves the exit to the command', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WriteStream;
    const exits: number[] = [];
    let stops = 0;
    endOnClosedPipe(stream, (c) => exits.push(c));
    const unregister = onOutputClosed(() => stops++);
    stream.emit('error', epipe());
    stream.emit('error', epipe());
    expect(stops).toBe(1);
    expect(exits).toEqual([]);
    expect(outputClosed()).toBe(true);
    unregister();
    // nothing is left to drain: the command's own status, without writing to the closed stream
    const writes: unknown[] = [];
    exitAfterFlush(0, { write: (...a: unknown[]) => writes.push(a) } as unknown as NodeJS.WriteStream, (c) => exits.push(c));
    expect(exits).toEqual([0]);
    expect(writes).toEqual([]);
  });
});
