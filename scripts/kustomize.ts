/**
 * A small kustomize-compatible renderer for the subset k8s/ uses: resources (files and directories
 * with a kustomization.yaml), namespace, labels (metadata only), configMapGenerator (literals and
 * files; no hash suffix), images (newName/newTag) and strategic-merge patches (containers, env,
 * volumes, volumeMounts, ports merged by name; tolerations by key). No kustomize binary exists in npm
 * or Debian here; `kubectl kustomize` renders the same directories. Anything outside the subset is refused.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import YAML from 'yaml';

export type K8sObject = Record<string, unknown> & { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> } };

const KNOWN = new Set(['apiVersion', 'kind', 'namespace', 'labels', 'resources', 'generatorOptions', 'configMapGenerator', 'images', 'patches']);
const MERGE_KEYS: Record<string, string> = { containers: 'name', initContainers: 'name', env: 'name', volumes: 'name', volumeMounts: 'name', ports: 'name', tolerations: 'key' };

interface Kustomization {
  namespace?: string;
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean }[];
  resources?: string[];
  generatorOptions?: { disableNameSuffixHash?: boolean };
  configMapGenerator?: { name: string; literals?: string[]; files?: string[] }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string }[];
}

function readDocs(file: string): K8sObject[] {
  return YAML.parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS() as K8sObject).filter((o) => o && typeof o === 'object');
}

function merge(base: unknown, patch: unknown, key?: string): unknown {
  if (Array.isArray(base) && Array.isArray(patch) && key && MERGE_KEYS[key]) {
    const k = MERGE_KEYS[key]!;
    const out = base.map((x) => ({ ...(x as object) })) as Record<string, unknown>[];
    for (const p of patch as Record<string, unknown>[]) {
      const i = out.findIndex((x) => x[k] === p[k]);
      if (i >= 0) out[i] = merge(out[i], p) as Record<string, unknown>;
      else out.push(p);
    }
    return out;
  }
  if (base && patch && typeof base === 'object' && typeof patch === 'object' && !Array.isArray(base) && !Array.isArray(patch)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(patch as Record<string, unknown>)) out[k] = v === null ? undefined : k in out ? merge(out[k], v, k) : v;
    return out;
  }
  return patch;
}

function setImages(o: unknown, images: NonNullable<Kustomization['images']>): void {
  if (Array.isArray(o)) return o.forEach((x) => setImages(x, images));
  if (!o || typeof o !== 'object') return;
  const r = o as Record<string, unknown>;
  for (const k of ['containers', 'initContainers']) {
    for (const c of (r[k] as Record<string, unknown>[] | undefined) ?? []) {
      const [name, tag] = String(c.image).split(':') as [string, string | undefined];
      const img = images.find((i) => i.name === name);
      if (img) c.image = `${img.newName ?? name}:${img.newTag ?? tag ?? 'latest'}`;
    }
  }
  for (const v of Object.values(r)) setImages(v, images);
}

/** Renders a kustomization directory into its objects. */
export function render(dir: string): K8sObject[] {
  const file = join(dir, 'kustomization.yaml');
  if (!existsSync(file)) throw new Error(`${dir}: no kustomization.yaml`);
  const k = YAML.parse(readFileSync(file, 'utf8')) as Kustomization & Record<string, unknown>;
  for (const key of Object.keys(k)) if (!KNOWN.has(key)) throw new Error(`${file}: ${key} is not supported by this renderer`);
  let objects: K8sObject[] = [];
  for (const r of k.resources ?? []) {
    const p = resolve(dir, r);
    objects.push(...(statSync(p).isDirectory() ? render(p) : readDocs(p)));
  }
  for (const g of k.configMapGenerator ?? []) {
    if (!k.generatorOptions?.disableNameSuffixHash) throw new Error(`${file}: name suffix hashes are not supported; set generatorOptions.disableNameSuffixHash`);
    const data: Record<string, string> = {};
    for (const l of g.literals ?? []) {
      const i = l.indexOf('=');
      data[l.slice(0, i)] = l.slice(i + 1);
    }
    for (const f of g.files ?? []) {
      const p = resolve(dir, f);
      if (!p.startsWith(resolve(dir) + '/')) throw new Error(`${file}: ${f} is outside the kustomization directory`);
      data[basename(f)] = readFileSync(p, 'utf8');
    }
    objects.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: g.name }, data });
  }
  for (const p of k.patches ?? []) {
    for (const patch of readDocs(resolve(dir, p.path))) {
      const i = objects.findIndex((o) => o.kind === patch.kind && o.metadata.name === patch.metadata.name);
      if (i < 0) throw new Error(`${p.path}: no ${patch.kind} ${patch.metadata.name} to patch`);
      objects[i] = merge(objects[i], patch) as K8sObject;
    }
  }
  if (k.images) for (const o of objects) setImages(o, k.images);
  for (const l of k.labels ?? []) {
    if (l.includeSelectors) throw new Error(`${file}: labels with includeSelectors are not supported`);
    for (const o of objects) o.metadata.labels = { ...(o.metadata.labels ?? {}), ...l.pairs };
  }
  if (k.namespace) objects = objects.map((o) => ({ ...o, metadata: { ...o.metadata, namespace: k.namespace } }));
  return JSON.parse(JSON.stringify(objects)) as K8sObject[]; // drops undefined (removed) keys
}

/** `node --import tsx scripts/kustomize.ts DIR`: prints the rendered objects as YAML documents. */
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: kustomize.ts DIR\n');
    process.exit(2);
  }
  process.stdout.write(render(dir).map((o) => YAML.stringify(o)).join('---\n'));
}
