import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    brokers: string[];
  }
}

const BROKER = resolve(import.meta.dirname, '../../.broker/bin/vigil-mock-broker');
let proc: ChildProcess | undefined;
let dir: string | undefined;

/** Starts one local Kafka-protocol broker for the integration project; tests use their own topics on it. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(BROKER)) throw new Error(`${BROKER} is missing: run 'make setup' (or 'make test', which does)`);
  dir = mkdtempSync(join(tmpdir(), 'vigil-broker-'));
  const file = join(dir, 'bootstrap.txt');
  proc = spawn(BROKER, ['--brokers', '1', '--partitions', '4', '--bootstrap-file', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 10_000;
  while (!existsSync(file)) {
    if (proc.exitCode !== null) throw new Error(`broker exited with ${proc.exitCode}`);
    if (Date.now() > deadline) throw new Error('broker did not write its bootstrap file within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  project.provide('brokers', readFileSync(file, 'utf8').trim().split(','));
}

export async function teardown(): Promise<void> {
  if (proc && proc.exitCode === null) {
    proc.kill('SIGTERM');
    await new Promise((r) => proc!.once('exit', r));
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}
