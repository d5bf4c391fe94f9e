import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model } from '@kubernetes-models/base';
import { render, type K8sObject } from '../../scripts/kustomize.js';

const ROOT = resolve(import.meta.dirname, '../..');
const overlays = ['cpu', 'gpu'] as const;

/** The model class of an object from the Kubernetes (and KEDA, prometheus-operator) schema packages. */
async function modelOf(o: K8sObject): Promise<new (data: object) => Model<unknown>> {
  const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : ['', o.apiVersion];
  const path = group === 'keda.sh' ? `@kubernetes-models/keda/keda.sh/${version}/${o.kind}`
    : group === 'monitoring.coreos.com' ? `@kubernetes-models/prometheus-operator/monitoring.coreos.com/${version}/${o.kind}`
      : `kubernetes-models/${group ? `${group}/` : ''}${version}/${o.kind}`;
  const mod = (await import(path)) as Record<string, new (data: object) => Model<unknown>>;
  return mod[o.kind]!;
}

type Container = { name: string; image: string; env?: { name: string; value?: string }[]; resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> }; readinessProbe?: unknown; livenessProbe?: unknown; securityContext?: Record<string, unknown>; args?: string[] };
type Deployment = K8sObject & { spec: { template: { spec: { containers: Container[]; terminationGracePeriodSeconds: number; securityContext: Record<string, unknown>; nodeSelector?: Record<string, string>; tolerations?: { key: string }[] } } } };

describe('Kubernetes manifests (k8s/overlays rendered by scripts/kustomize.ts)', () => {
  for (const overlay of overlays) {
    it(`${overlay}: every object validates against its schema`, async () => {
      const objects = render(join(ROOT, 'k8s/overlays', overlay));
      expect(objects.length).toBeGreaterThan(15);
      for (const o of objects) {
        const M = await modelOf(o);
        expect(() => new M(o).validate(), `${o.kind}/${o.metadata.name}`).not.toThrow();
        expect(o.metadata.namespace).toBe('vigil');
        expect(o.metadata.labels?.['app.kubernetes.io/part-of']).toBe('vigil');
      }
    });

    it(`${overlay}: each service is deployed safely, probed, bounded, disruption-budgeted and scaled on lag`, () => {
      const objects = render(join(ROOT, 'k8s/overlays', overlay));
      const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'vigil-config') as K8sObject & { data: Record<string, string> };
      const deadlineS = Number(config.data.VIGIL_SHUTDOWN_DEADLINE_MS) / 1000;
      // the review console (k8s/base/review.yaml) is not a lag-scaled worker: test/scripts/kustomize-review.test.ts
      const deployments = objects.filter((o) => o.kind === 'Deployment' && o.metadata.name !== 'vigil-review') as Deployment[];
      expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['vigil-image', 'vigil-spam', 'vigil-text', 'vigil-video']);
      for (const d of deployments) {
        const pod = d.spec.template.spec;
        const c = pod.containers[0]!;
        const service = d.metadata.name.replace('vigil-', '');
        expect(c.args).toEqual(['serve', service]);
        expect(c.readinessProbe).toMatchObject({ httpGet: { path: '/readyz' } });
        expect(c.livenessProbe).toMatchObject({ httpGet: { path: '/healthz' } });
        expect(c.resources?.requests?.cpu).toBeDefined();
        expect(c.resources?.limits?.memory).toBeDefined();
        expect(pod.securityContext.runAsNonRoot).toBe(true);
        expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
        expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(deadlineS);
        expect(c.image).toMatch(/^ghcr\.io\/vigil\/vigil(-gpu)?:0\.3\.0$/);
        expect(objects.some((o) => o.kind === 'PodDisruptionBudget' && o.metadata.name === d.metadata.name)).toBe(true);
        expect(objects.some((o) => o.kind === 'Service' && o.metadata.name === d.metadata.name)).toBe(true);
        const so = objects.find((o) => o.kind === 'ScaledObject' && o.metadata.name === d.metadata.name) as K8sObject & { spec: { maxReplicaCount: number; triggers: { type: string; metadata: { consumerGroup: string } }[] } };
        expect(so.spec.triggers[0]).toMatchObject({ type: 'kafka', metadata: { consumerGroup: `vigil.${service}` } });
        expect(so.spec.maxReplicaCount).toBeLessThanOrEqual(12); // input topics have 12 partitions in production
        const gpu = overlay === 'gpu' && (service === 'image' || service === 'video');
        expect(c.resources?.limits?.['nvidia.com/gpu'], d.metadata.name).toBe(gpu ? 1 : undefined);
        expect(pod.nodeSelector?.['nvidia.com/gpu.present'], d.metadata.name).toBe(gpu ? 'true' : undefined);
        expect(pod.tolerations?.some((t) => t.key === 'nvidia.com/gpu') ?? false).toBe(gpu);
        const ep = c.env?.find((e) => e.name === 'VIGIL_ONNX_EXECUTION_PROVIDERS')?.value ?? config.data.VIGIL_ONNX_EXECUTION_PROVIDERS;
        expect(ep).toBe(gpu ? 'cuda,cpu' : 'cpu');
      }
      expect(objects.filter((o) => o.kind === 'ServiceMonitor')).toHaveLength(1);
    });
  }

  for (const overlay of overlays) {
    it(`${overlay}: every Deployment (workers and the review console) mounts the optional Kafka and Schema Registry Secrets`, () => {
      type Pod = { containers: { name: string; envFrom?: { configMapRef?: { name: string } }[]; volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[] }[]; volumes?: { name: string; secret?: { secretName: string; optional?: boolean; defaultMode?: number } }[] };
      const deployments = render(join(ROOT, 'k8s/overlays', overlay)).filter((o) => o.kind === 'Deployment') as (K8sObject & { spec: { template: { spec: Pod } } })[];
      expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['vigil-image', 'vigil-review', 'vigil-spam', 'vigil-text', 'vigil-video']);
      // KAFKA_SSL_CA_FILE, KAFKA_SASL_*_FILE and VIGIL_SCHEMA_REGISTRY_*_FILE go in the shared vigil-config
      // ConfigMap (README: Running against a production Kafka): every pod that reads it must have the files
      const secrets = [
        { secretName: 'vigil-kafka', mountPath: '/etc/vigil/kafka' },
        { secretName: 'vigil-schema-registry', mountPath: '/etc/vigil/schema-registry' },
      ];
      // a leading-zero number means octal to kubectl (YAML 1.1) and decimal to YAML 1.2 (this renderer): none in k8s/
      for (const f of ['text', 'spam', 'image', 'video', 'review']) expect(readFileSync(join(ROOT, `k8s/base/${f}.yaml`), 'utf8'), f).not.toMatch(/:\s*0\d/);
      for (const d of deployments) {
        const pod = d.spec.template.spec;
        const c = pod.containers[0]!;
        expect(c.envFrom?.some((e) => e.configMapRef?.name === 'vigil-config'), d.metadata.name).toBe(true);
        for (const { secretName, mountPath } of secrets) {
          const volume = pod.volumes?.find((v) => v.secret?.secretName === secretName);
          expect(volume, `${d.metadata.name}: ${secretName}`).toBeDefined();
          // optional: the manifests run without it (a plaintext broker, no registry or one without auth)
          expect(volume!.secret).toEqual({ secretName, optional: true, defaultMode: 0o400 });
          expect(c.volumeMounts?.filter((m) => m.name === volume!.name), `${d.metadata.name}: ${secretName}`).toEqual([{ name: volume!.name, mountPath, readOnly: true }]);
        }
      }
    });
  }

  it('ships the same rules the repo enforces (k8s/base/rules/rules.yaml = policy/rules.yaml; `make k8s` copies it)', () => {
    const objects = render(join(ROOT, 'k8s/overlays/cpu'));
    const rules = objects.find((o) => o.metadata.name === 'vigil-rules') as K8sObject & { data: Record<string, string> };
    expect(rules.data['rules.yaml']).toBe(readFileSync(join(ROOT, 'policy/rules.yaml'), 'utf8'));
  });

  it('refuses what it does not implement', () => {
    expect(() => render(join(ROOT, 'test/scripts/fixtures/unsupported'))).toThrow(/replicas is not supported/);
  });
});
