import { createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportOnnx, loadTextModel } from '../text/model.js';
import { hashCommand } from '../image/hash-cli.js';
import { onnxBuildPath, readManifest } from '../image/models.js';
import { loadNsfwjsArtifacts } from '../ml/tfjs-artifacts.js';
import { tfjsToOnnx } from '../ml/tfjs-to-onnx.js';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Kafka, Message } from 'kafkajs';
import { createKafka } from '../runtime/kafka.js';
import { ENV_VARS, SECRET_VARS, loadConfig, type VigilConfig } from '../common/config.js';
import { VigilError, describeError } from '../common/errors.js';
import { createLogger } from '../common/logger.js';
import { PolicyCatalogue, SIGNALS, createPolicy, loadRules, type FiredRule } from '../policy/index.js';
import { createPipeline, createServiceWorker, type ServicePipeline } from '../runtime/create-worker.js';
import { SERVICES } from '../runtime/services.js';
import { RegistrySchemas, loadSchemas } from '../schema/registry-schemas.js';
import { SUBJECTS, type ContentEvent, type DeadLetter, type Verdict } from '../schema/types.js';
import { parseJsonlEvent, verdictToJson } from './jsonl.js';
import { formatReport, judgeRows, labelMap, readLabelled, score as scoreEval } from './eval.js';
import { sampleFeed } from './sample.js';
import { sampleImages } from './sample-images.js';
import { endOnClosedPipe, exitAfterFlush, onOutputClosed, outputClosed } from './closed-pipe.js';
import { extractFrames } from '../video/frames.js';
import { ReviewConsole, ReviewStore, createPool } from '../review/index.js';

const HELP = `vigil — streaming content classification with policy-tagged verdicts

Usage:
  vigil classify --input events.jsonl [--output verdicts.jsonl] [--service auto|NAME]
      Judge events in-process (no broker). One verdict (or error record) per input line.
  vigil eval --input labelled.csv [--map label=category,…] [--map-file map.json] [--json]
      Measure vigil on your own labelled texts: per-category precision, recall, F1 and false-positive
      rate at the rules in force, and the confusion between categories.
  vigil serve <service>
      Run a Kafka worker. Services: ${Object.keys(SERVICES).join(', ')}; \`review\`: the review console.
  vigil labels export [--output FILE] [--format jsonl|csv]
      Write the review console's labelled text rows (text, category, decision, rule, time) for training.
  vigil produce (--sample | --input events.jsonl | --video FILE...) [--prefix P] [--poison]
      Publish events as Avro (Confluent framing) to the input topics.
  vigil verdicts [--max N] [--idle-ms MS] [--json] [--deadletters | --priority]
      Read the verdict (or dead-letter, or high-priority) topic from the beginning and print it.
  vigil policy check [FILE]
      Validate a rule file (default VIGIL_RULES_FILE); exit 1 naming file, line and field on an error.
  vigil policy explain [--rules FILE]
      Read one event (JSON) on stdin, classify it, and print which rules fire and why.
  vigil hash FILE... [--dihedral] [--pdq-only]  |  vigil hash --video FILE... [--csv VIDEO_ID]
      Print one JSON line per image: PDQ hash and quality, MD5, SHA-256 (and the 8 dihedral PDQ hashes);
      or per video frame (--csv: rows of a video bank).
  vigil config
      Print every environment variable with its default and meaning (markdown table).

Configuration comes from the environment only; see \`vigil config\`.
Run any command with --help for its options.`;

const SUB_HELP: Record<string, string> = {
  classify: `vigil classify --input FILE [--output FILE] [--service NAME]   (auto (default: text → text, image and video-frame → image), or one of ${Object.keys(SERVICES).join(', ')})\n  Reads one JSON event per line ({"kind":"text","eventId":…,"senderId":…,"occurredAt":…,"text":…}; images as "imagePath" or "imageBase64").\n  Writes one verdict per line (stdout by default); a malformed line yields {"line":N,"error":{"code","reason"}} and processing continues.`,
  serve: `vigil serve SERVICE\n  Runs the Kafka worker for SERVICE (${Object.keys(SERVICES).join(', ')}) until SIGTERM/SIGINT. HTTP: /healthz /readyz /metrics on VIGIL_HTTP_PORT.`,
  eval: 'vigil eval --input labelled.csv [--map label=category,…] [--map-file map.json] [--text-column text] [--label-column label] [--json]\n  Judges each row\'s text in-process with the rules in force (one sender per row) and compares the verdict\'s categories with the label.\n  Labels map to verdict categories or none: by --map/--map-file, else a category name maps to itself and benign labels (ham, safe, neither, benign, none …) to none; an unmapped label is an error.\n  Prints per-category precision, recall, F1, false-positive rate and block recall, the share of harmful rows flagged and of benign rows flagged, and the confusion matrix.',
  produce: 'vigil produce (--sample | --input FILE | --video FILE...) [--prefix P] [--poison] [--video-id ID] [--sender S] [--fps R] [--no-last] [--register]\n  With VIGIL_SCHEMA_REGISTRY_URL: events carry the registry\'s id of vigil\'s event schema under <topic>-value (the platform registers it; --register registers it on a test registry); without: the embedded ids\n  --video    extract frames with ffmpeg (VIGIL_VIDEO_FPS per second) and publish them as video-frame events keyed by videoId; --no-last leaves the last frame unflagged (the worker then ends the video by idle timeout)\n  --sample   the built-in sample feed: chat (chatter, a burst sender, a 100-sender campaign, a fan-out sender, harmful texts) and images (synthetic pictures, a copy of the sample bank picture, a truncated JPEG, a pixel bomb)\n  --input    events as JSON lines, as for classify\n  --prefix   id prefix for the sample feed (default: a fresh one per run)\n  --poison   also publish undecodable messages (bad framing, unknown schema id, truncated Avro)',
  verdicts: 'vigil verdicts [--max N] [--idle-ms MS] [--json] [--deadletters | --priority]\n  With VIGIL_SCHEMA_REGISTRY_URL the writer schemas are fetched from the registry by id\n  Prints verdicts from the start of the verdict topic (or the dead-letter or high-priority topic); stops after N records or MS without new ones (default 3000).',
  config: 'vigil config [--env]\n  Prints the configuration table; --env prints the variables set in this environment, secrets masked.',
  hash: 'vigil hash FILE... [--dihedral] [--pdq-only]\n  One JSON line per file: {file, pdq, quality, md5, sha256[, dihedral: {orig, r090, r180, r270, flpx, flpy, flpp, flpm}]}; exit 1 if a file cannot be hashed.\n  --pdq-only: {file, pdq, quality[, dihedral]} alone, as the reference hasher prints (no digests; a JPEG\'s luma decoded alone: within a bit or two of the default\'s PDQ).\nvigil hash --video FILE... [--fps R] [--csv VIDEO_ID]\n  Frame hashes of videos (ffmpeg at R frames/s): JSON lines {file, frameIndex, ptsMs, pdq, quality}, or with --csv the rows of a video bank (video_id,pdq,quality).',
  policy: 'vigil policy check [FILE]\n  Validates a rule file (default: VIGIL_RULES_FILE) against the catalogue and the signal list; exit 1 with file:line: /field: reason.\nvigil policy explain [--rules FILE] [--service NAME]\n  Reads one event as JSON on stdin (as for classify; "signals": {"text.hate": 0.95} adds measured signals of classifiers not run here),\n  classifies it and prints each rule that fires with its evidence, and the resulting decision.\nvigil policy signals\n  Lists the signals rules can use.',
};

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(HELP + '\n');
    return cmd ? 0 : 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    const h = SUB_HELP[cmd];
    if (!h) return unknown(cmd);
    process.stdout.write(h + '\n');
    return 0;
  }
  switch (cmd) {
    case 'classify':
      return classify(rest);
    case 'eval':
      return evalCommand(rest);
    case 'serve':
      return serve(rest);
    case 'produce':
      return produce(rest);
    case 'verdicts':
      return verdicts(rest);
    case 'config':
      process.stdout.write(rest.includes('--env') ? configEnv(process.env) : configTable());
      return 0;
    case 'policy':
      return policyCommand(rest);
    case 'models':
      return modelsCommand(rest);
    case 'hash':
      return hashCommand(rest);
    case 'labels':
      return labelsCommand(rest);
    default:
      return unknown(cmd);
  }
}

function unknown(cmd: string): number {
  process.stderr.write(`vigil: unknown command "${cmd}"\n\n${HELP}\n`);
  return 2;
}

/** The variables set in this environment, secrets masked (`vigil config --env`). */
function configEnv(env: NodeJS.ProcessEnv): string {
  const lines: string[] = [];
  for (const v of ENV_VARS) {
    const value = env[v.name];
    if (value !== undefined) lines.push(`${v.name}=${SECRET_VARS.has(v.name) ? (value ? '****** (set, masked)' : '') : value}`);
    const file = env[`${v.name}_FILE`];
    if (file !== undefined) lines.push(`${v.name}_FILE=${file}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '(no vigil variable is set: defaults apply)\n';
}

function configTable(): string {
  const rows = ENV_VARS.map((v) => `| \`${v.name}\` | \`${v.default}\` | ${v.doc} |`);
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

/** The service `classify --service auto` uses for each kind of event. */
const SERVICE_FOR_KIND: Record<ContentEvent['kind'], string> = { text: 'text', image: 'image', 'video-frame': 'video' };

async function evalCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { input: { type: 'string' }, map: { type: 'string' }, 'map-file': { type: 'string' }, 'text-column': { type: 'string', default: 'text' }, 'label-column': { type: 'string', default: 'label' }, json: { type: 'boolean', default: false } } });
  if (!values.input) throw new VigilError('VGL_INPUT', 'eval: --input is required (a CSV with a header; columns text and label)');
  const rows = readLabelled(values.input, values['text-column'], values['label-column']);
  const map = labelMap(rows.map((r) => r.label), values.map, values['map-file']);
  const config = loadConfig(process.env, { withoutKafka: true });
  const policy = createPolicy(config, createLogger('silent'), { watch: false });
  const { judge } = await createPipeline(SERVICES.text!, config, policy, { logger: createLogger('warn') });
  const verdicts = await judgeRows(judge, rows, values.input);
  const report = scoreEval(rows, verdicts, map);
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}

async function classify(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { input: { type: 'string' }, output: { type: 'string' }, service: { type: 'string', default: 'auto' } } });
  if (!values.input) throw new VigilError('VGL_INPUT', 'classify: --input is required (use - for stdin)');
  const config = loadConfig(process.env, { withoutKafka: true });
  if (values.service !== 'auto' && !SERVICES[values.service!]) throw new VigilError('VGL_INPUT', `classify: unknown service "${values.service}"`);
  const policy = createPolicy(config, createLogger('silent'), { watch: false });
  const judges = new Map<string, Promise<ServicePipeline>>();
  const judgeFor = (e: ContentEvent): Promise<ServicePipeline> => {
    const name = values.service === 'auto' ? SERVICE_FOR_KIND[e.kind] : values.service!;
    let j = judges.get(name);
    if (!j) {
      j = createPipeline(SERVICES[name]!, config, policy, { logger: createLogger('warn') });
      judges.set(name, j);
    }
    return j;
  };
  const input = values.input === '-' ? process.stdin : createReadStream(values.input);
  const out = values.output ? createWriteStream(values.output) : process.stdout;
  const inputFile = values.input === '-' ? undefined : values.input;
  let lineNo = 0;
  let pending: { line: number; event: ContentEvent }[] = [];
  const flush = async (): Promise<void> => {
    // one batch per service, output in input order; video verdicts after the chunk that completed them
    const batch = pending;
    pending = [];
    if (outputClosed()) return;
    const records = new Map<number, unknown>();
    const extra: unknown[] = [];
    const groups = new Map<Promise<ServicePipeline>, { line: number; event: ContentEvent }[]>();
    for (const p of batch) {
      const j = judgeFor(p.event);
      if (!groups.has(j)) groups.set(j, []);
      groups.get(j)!.push(p);
    }
    for (const [jp, items] of groups) {
      const { judge, stage } = await jp;
      const judged = await judge.judge(items.map((p) => p.event));
      judged.forEach((r, i) => {
        const p = items[i]!;
        if (!r.ok) records.set(p.line, { line: p.line, eventId: p.event.eventId, error: { code: r.error.code, reason: r.error.message } });
        else if (!stage) records.set(p.line, verdictToJson(r.verdict));
      });
      if (stage) {
        const out = stage.onChunk(items.map((p, i) => ({ topic: 'classify', partition: 0, offset: String(p.line), event: p.event, judged: judged[i]! })), Date.now());
        extra.push(...out.verdicts.map(verdictToJson));
      }
    }
    if (outputClosed()) return;
    for (const p of batch) if (records.has(p.line)) out.write(JSON.stringify(records.get(p.line)) + '\n');
    for (const r of extra) out.write(JSON.stringify(r) + '\n');
  };
  // a reader that stops early (| head): the batch in flight ends, then the loop, before the process exits
  const lines = createInterface({ input, crlfDelay: Infinity });
  const unregister = out === process.stdout ? onOutputClosed(() => lines.close()) : () => false;
  for await (const line of lines) {
    if (outputClosed()) break;
    lineNo++;
    if (!line.trim()) continue;
    try {
      pending.push({ line: lineNo, event: parseJsonlEvent(line, inputFile, Date.now()) });
    } catch (err) {
      await flush();
      const d = describeError(err);
      out.write(JSON.stringify({ line: lineNo, error: { code: d.code, reason: d.message } }) + '\n');
      continue;
    }
    if (pending.length >= 64) await flush();
  }
  await flush();
  unregister();
  if (outputClosed()) return 0;
  // the input has ended: videos still open get their final verdict now
  for (const jp of judges.values()) {
    const { stage } = await jp;
    for (const v of stage?.flush?.(Date.now()) ?? []) out.write(JSON.stringify(verdictToJson(v)) + '\n');
  }
  if (out !== process.stdout) await new Promise<void>((r) => (out as NodeJS.WritableStream).end(r));
  return 0;
}

async function serve(args: string[]): Promise<number> {
  const name = args[0];
  if (name === 'review') return serveReview();
  const def = name ? SERVICES[name] : undefined;
  if (!def) throw new VigilError('VGL_INPUT', `serve: give a service: ${Object.keys(SERVICES).join(', ')}`);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { worker } = await createServiceWorker(def.name, config, { logger });
  const done = new Promise<number>((resolve) => {
    const onSignal = (sig: string): void => {
      logger.info('signal received', { signal: sig });
      void worker.stop().then((ok) => resolve(ok ? 0 : 1));
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
  await worker.start();
  return done;
}

async function serveReview(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const console_ = new ReviewConsole(config, { logger });
  const done = new Promise<number>((resolve) => {
    const onSignal = (sig: string): void => {
      logger.info('signal received', { signal: sig });
      void console_.stop().then(() => resolve(0), () => resolve(1));
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
  await console_.start();
  return done;
}

/** `vigil labels export`: decided text items as labelled rows (JSON lines, or CSV with a header). */
async function labelsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new VigilError('VGL_INPUT', 'labels: the subcommand is export');
  const { values } = parseArgs({ args: rest, options: { output: { type: 'string' }, format: { type: 'string', default: 'jsonl' } } });
  if (values.format !== 'jsonl' && values.format !== 'csv') throw new VigilError('VGL_INPUT', 'labels export: --format is jsonl or csv');
  const config = loadConfig(process.env, { withoutKafka: true });
  if (!config.review.databaseUrl) throw new VigilError('VGL_CONFIG', 'labels export: set DATABASE_URL');
  const pool = createPool(config.review.databaseUrl, 2);
  try {
    const rows = await new ReviewStore(pool, PolicyCatalogue.load(), { claimTtlMs: config.review.claimTtlMs, sessionTtlMs: config.review.sessionTtlMs }).labels();
    const csv = (x: string) => (/[",\n\r]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x);
    const lines = values.format === 'csv'
      ? ['text,category,decision,rule,time', ...rows.map((r) => [r.text, r.category, r.outcome, r.rule ?? '', new Date(r.decidedAt).toISOString()].map(csv).join(','))]
      : rows.map((r) => JSON.stringify({ text: r.text, category: r.category, decision: r.outcome, rule: r.rule, time: new Date(r.decidedAt).toISOString() }));
    const out = lines.join('\n') + (lines.length ? '\n' : '');
    if (values.output) writeFileSync(values.output, out);
    else process.stdout.write(out);
    process.stderr.write(`labels export: ${rows.length} rows\n`);
    return 0;
  } finally {
    await pool.end();
  }
}

async function modelsCommand(args: string[]): Promise<number> {
  const config = loadConfig(process.env, { withoutKafka: true });
  if (args[0] !== 'export') {
    process.stderr.write('vigil models export: writes the ONNX form of the text models to <VIGIL_TEXT_MODELS_DIR>/build/ and of the TF.js image models to <VIGIL_IMAGE_MODELS_DIR>/build/\n');
    return 2;
  }
  const dir = join(config.text.modelsDir, 'build');
  mkdirSync(dir, { recursive: true });
  for (const lang of ['en', 'zh']) {
    const model = loadTextModel(config.text.modelsDir, lang);
    const bytes = exportOnnx(model);
    writeFileSync(join(dir, `${lang}.onnx`), bytes);
    process.stdout.write(`models: ${model.meta.id} ${model.meta.version} → ${join(dir, `${lang}.onnx`)} (${bytes.length} bytes)\n`);
  }
  const imageDir = config.image.modelsDir;
  mkdirSync(join(imageDir, 'build'), { recursive: true });
  for (const file of readdirSync(imageDir).filter((f) => f.endsWith('.json')).sort()) {
    const m = readManifest(join(imageDir, file));
    if (!('nsfwjs' in m.source)) continue;
    const started = performance.now();
    const bytes = tfjsToOnnx(loadNsfwjsArtifacts(m.source.nsfwjs), { model_id: m.id, model_version: m.version });
    const out = onnxBuildPath(imageDir, m);
    writeFileSync(out, bytes);
    process.stdout.write(`models: ${m.id} ${m.version} → ${out} (${bytes.length} bytes, converted in ${Math.round(performance.now() - started)} ms)\n`);
  }
  return 0;
}

async function policyCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const config = loadConfig(process.env, { withoutKafka: true });
  const catalogue = PolicyCatalogue.load();
  if (sub === 'check') {
    const file = rest[0] ?? config.policy.rulesFile;
    try {
      const set = loadRules(file, catalogue);
      const live = new Set(SIGNALS.filter((x) => x.status === 'live').map((x) => x.name));
      const uses = (r: (typeof set.rules)[number]): string[] => JSON.stringify(r.when).match(/"signal":"([^"]+)"/g)?.map((m) => m.slice(10, -1)) ?? [];
      const liveRules = set.rules.filter((r) => uses(r).some((sig) => live.has(sig))).length;
      process.stdout.write(`${file}: ok — version ${set.version}, ${set.rules.length} rules (${liveRules} on live signals, ${set.rules.filter((r) => r.shadow).length} in shadow mode), cites ${new Set(set.rules.flatMap((r) => r.policies)).size} catalogue items\n`);
      return 0;
    } catch (err) {
      process.stderr.write(`${describeError(err).message}\n`);
      return 1;
    }
  }
  if (sub === 'signals') {
    for (const x of SIGNALS) process.stdout.write(`${x.name.padEnd(32)} ${x.status.padEnd(8)} ${x.provider.padEnd(6)} ${x.doc}\n`);
    return 0;
  }
  if (sub === 'explain') {
    const { values } = parseArgs({ args: rest, options: { rules: { type: 'string' }, service: { type: 'string', default: 'text' } } });
    const rules = loadRules(values.rules ?? config.policy.rulesFile, catalogue);
    const def = SERVICES[values.service!];
    if (!def) throw new VigilError('VGL_INPUT', `unknown service "${values.service}"`);
    const line = readFileSync(0, 'utf8').trim();
    const event = parseJsonlEvent(line, undefined, Date.now());
    const extra = (JSON.parse(line) as { signals?: Record<string, unknown> }).signals ?? {};
    const result = (await (await def.createClassifier(config)).classifyBatch([event]))[0]!;
    if (result instanceof VigilError) throw result;
    const signals = [...result.signals];
    for (const [name, score] of Object.entries(extra)) {
      if (typeof score !== 'number') throw new VigilError('VGL_INPUT', `/signals/${name}: must be a number`);
      const dot = name.indexOf('.');
      signals.push({ classifier: name.slice(0, dot), modelId: 'given', modelVersion: '-', label: name.slice(dot + 1), score, evidence: {} });
    }
    const policy = createPolicy(config, createLogger('silent'), { catalogue, watch: false });
    const { enforced, shadow } = policy.engine.evaluate(rules, event, signals);
    const out = process.stdout;
    out.write(`rules ${rules.file} (version ${rules.version})\nsignals: ${signals.map((x) => `${x.classifier}.${x.label}=${x.score.toFixed(3)}`).join(', ') || 'none'}\n`);
    const show = (f: FiredRule): void => {
      out.write(`  ${f.shadow ? '[shadow] ' : ''}${f.id} → ${f.decision.toLowerCase()} (${f.category}, score ${f.score.toFixed(3)})${f.exception ? `, exception ${f.exception}` : ''}\n`);
      for (const e of f.evidence) out.write(`      ${e.signal} = ${e.value.toFixed(3)} ${e.op} ${e.threshold}\n`);
      out.write(`      cites ${f.policies.join(', ')}\n`);
    };
    out.write(enforced.rules.length ? 'fired:\n' : 'no rule fired\n');
    enforced.rules.forEach(show);
    for (const f of shadow?.rules.filter((r) => r.shadow) ?? []) show(f);
    out.write(`decision: ${enforced.decision.toLowerCase()}; actions: ${enforced.actions.map((a) => a.toLowerCase()).join(', ') || 'none'}\n`);
    for (const n of enforced.notes) out.write(`note: ${n}\n`);
    return 0;
  }
  process.stderr.write(`vigil policy: give check, explain or signals\n${SUB_HELP.policy}\n`);
  return 2;
}

function kafkaFor(config: VigilConfig, who: string): Kafka {
  return createKafka(config, { who });
}

function topicFor(config: VigilConfig, e: ContentEvent): { topic: string; subject: string; key: string } {
  switch (e.kind) {
    case 'text':
      return { topic: config.topics.text, subject: SUBJECTS.text, key: e.senderId };
    case 'image':
      return { topic: config.topics.image, subject: SUBJECTS.image, key: e.senderId };
    case 'video-frame':
      return { topic: config.topics.video, subject: SUBJECTS.videoFrame, key: e.videoId };
  }
}

async function produce(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: {
    sample: { type: 'boolean' }, input: { type: 'string' }, prefix: { type: 'string' }, poison: { type: 'boolean' },
    video: { type: 'string', multiple: true }, 'video-id': { type: 'string' }, sender: { type: 'string' }, fps: { type: 'string' }, 'no-last': { type: 'boolean' },
    register: { type: 'boolean' },
  } });
  if (!values.sample && !values.input && !values.video) throw new VigilError('VGL_INPUT', 'produce: give --sample, --input FILE or --video FILE');
  const config = loadConfig();
  if (values.register && !config.schemaRegistry) throw new VigilError('VGL_INPUT', 'produce: --register needs VIGIL_SCHEMA_REGISTRY_URL');
  let events: ContentEvent[] = [];
  if (values.video) {
    const fps = values.fps ? Number(values.fps) : config.video.fps;
    if (!(fps > 0 && fps <= 60)) throw new VigilError('VGL_INPUT', 'produce: --fps must be in (0, 60]');
    for (const [n, file] of values.video.entries()) {
      const frames = await extractFrames(file, fps);
      if (!frames.length) throw new VigilError('VGL_INPUT', `produce: ${file} gave no frames`);
      const videoId = values['video-id'] ? `${values['video-id']}${values.video.length > 1 ? `-${n}` : ''}` : `video-${randomUUID().slice(0, 8)}`;
      const start = Date.now() - frames.length * (1000 / fps);
      for (const f of frames) {
        events.push({
          kind: 'video-frame', eventId: `${videoId}-f${f.frameIndex}`, occurredAt: Math.round(start + f.ptsMs), source: 'feed', senderId: values.sender ?? `uploader-${videoId}`,
          conversationId: null, jurisdiction: null, locale: null, videoId, frameIndex: f.frameIndex, ptsMs: f.ptsMs,
          last: !values['no-last'] && f.frameIndex === frames.length - 1, mimeType: 'image/jpeg', bytes: f.bytes,
        });
      }
      process.stderr.write(`produce: ${file} → video ${videoId}, ${frames.length} frames at ${fps} fps${values['no-last'] ? ' (no last frame flagged)' : ''}\n`);
    }
  }
  if (values.sample) {
    const prefix = values.prefix ?? `sample-${randomUUID().slice(0, 8)}`;
    events = events.concat(sampleFeed({ prefix, start: Date.now() - 15 * 60_000 }).events);
    for (const img of await sampleImages()) {
      events.push({
        kind: 'image', eventId: `${prefix}-image-${img.name}`, occurredAt: Date.now() - 60_000, source: 'feed', senderId: `${prefix}-img-${img.name}`,
        conversationId: null, jurisdiction: null, locale: null, mimeType: 'application/octet-stream', bytes: img.bytes, caption: null, contexts: [],
      });
    }
  }
  if (values.input) {
    const now = Date.now();
    events = events.concat(readFileSync(values.input, 'utf8').split('\n').filter((l) => l.trim()).map((l) => parseJsonlEvent(l, values.input, now)));
  }
  // the same schemas as the workers: with a Schema Registry, the ids it has for vigil's event schemas
  const schemas = loadSchemas(config);
  try {
    return await produceEncoded(config, schemas, events, { poison: !!values.poison, register: !!values.register });
  } finally {
    schemas.close();
  }
}

async function produceEncoded(config: VigilConfig, schemas: ReturnType<typeof loadSchemas>, events: readonly ContentEvent[], o: { poison: boolean; register: boolean }): Promise<number> {
  if (schemas instanceof RegistrySchemas) {
    const inputs = new Map<string, string>(events.map((e) => topicFor(config, e)).map(({ topic, subject }) => [topic, subject]));
    if (o.poison) inputs.set(config.topics.text, SUBJECTS.text);
    await schemas.openInputs([...inputs].map(([topic, subject]) => ({ topic, subject })), { register: o.register });
  }
  const byTopic = new Map<string, Message[]>();
  for (const e of events) {
    const { topic, subject, key } = topicFor(config, e);
    const { kind: _kind, ...value } = e;
    if (!byTopic.has(topic)) byTopic.set(topic, []);
    byTopic.get(topic)!.push({ key, value: schemas.encode(subject, value) });
  }
  if (o.poison) {
    const good = schemas.encode(SUBJECTS.text, { eventId: 'poison', occurredAt: Date.now(), source: 'chat', senderId: 'poison-sender', conversationId: null, jurisdiction: null, locale: null, text: 'x', replyToEventId: null, contexts: [] });
    const unknownId = Buffer.from(good);
    unknownId.writeUInt32BE(9999, 1);
    const list = byTopic.get(config.topics.text) ?? [];
    list.push({ key: 'poison', value: Buffer.from('{"not":"avro"}') }, { key: 'poison', value: unknownId }, { key: 'poison', value: good.subarray(0, good.length - 3) });
    byTopic.set(config.topics.text, list);
  }
  const producer = kafkaFor(config, 'producer').producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
  await producer.connect();
  await producer.sendBatch({ topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })), acks: -1 });
  await producer.disconnect();
  const counts = [...byTopic].map(([t, m]) => `${m.length} → ${t}`).join(', ');
  process.stdout.write(`produced ${counts}\n`);
  return 0;
}

async function verdicts(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { max: { type: 'string' }, 'idle-ms': { type: 'string', default: '3000' }, json: { type: 'boolean' }, deadletters: { type: 'boolean' }, priority: { type: 'boolean' } } });
  const config = loadConfig();
  // the same schemas as the workers: with a Schema Registry, writer schemas are fetched by id (nothing is registered)
  const schemas = loadSchemas(config);
  const max = values.max ? Number(values.max) : Infinity;
  const idleMs = Number(values['idle-ms']);
  const topic = values.deadletters ? config.topics.deadLetter : values.priority ? config.topics.priority : config.topics.verdicts;
  const subject = values.deadletters ? SUBJECTS.deadLetter : SUBJECTS.verdict;
  const consumer = kafkaFor(config, 'reader').consumer({ groupId: `vigil-reader-${randomUUID()}`, maxWaitTimeInMs: 200, sessionTimeout: 10_000 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let n = 0;
  let last = Date.now();
  const tally = new Map<string, number>();
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (n >= max) return;
      last = Date.now();
      const d = await schemas.decodeFetched(message.value, [subject]); // registry unreachable: thrown, kafkajs reads the message again
      n++;
      if (values.json) {
        process.stdout.write(JSON.stringify(values.deadletters ? { ...(d.value as DeadLetter), originalKey: undefined, originalValue: undefined } : verdictToJson(d.value as Verdict)) + '\n');
      } else if (values.deadletters) {
        const dl = d.value as DeadLetter;
        process.stdout.write(`${dl.errorCode.padEnd(20)} ${dl.topic}[${dl.partition}]@${dl.offset}  ${dl.reason}\n`);
        tally.set(dl.errorCode, (tally.get(dl.errorCode) ?? 0) + 1);
      } else {
        const v = d.value as Verdict;
        const cats = v.categories.map((c) => `${c.name}=${c.score.toFixed(2)}`).join(',') || '-';
        const pols = v.policies.map((p) => p.id).join(',') || '-';
        const acts = v.actions.map((a) => a.toLowerCase()).join(',') || '-';
        const video = v.video ? `  [video ${v.video.final ? `final, ${v.video.endedBy}` : 'early'}: ${v.video.framesSeen} frames${v.video.bankMatches.length ? `, bank ${v.video.bankMatches.map((b) => b.bank).join(',')}` : ''}]` : '';
        process.stdout.write(`${v.decision.padEnd(6)} ${v.senderId.padEnd(26)} ${v.eventId.padEnd(28)} ${cats.padEnd(16)} ${pols.padEnd(32)} ${acts}${video}\n`);
        tally.set(v.decision, (tally.get(v.decision) ?? 0) + 1);
      }
    },
  });
  while (n < max && Date.now() - last < idleMs) await new Promise((r) => setTimeout(r, 100));
  await consumer.disconnect();
  schemas.close();
  if (!values.json) process.stdout.write(`-- ${n} ${values.deadletters ? 'dead letters' : 'verdicts'}: ${[...tally].map(([k, c]) => `${k.toLowerCase()} ${c}`).join(', ')}\n`);
  return 0;
}

endOnClosedPipe();
main(process.argv.slice(2)).then(exitAfterFlush, (err: unknown) => {
  const d = describeError(err);
  process.stderr.write(`vigil: ${d.code}: ${d.message}\n`);
  exitAfterFlush(d.code === 'VGL_INPUT' || d.code === 'VGL_CONFIG' ? 2 : 1);
});
