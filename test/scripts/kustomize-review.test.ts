import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, type K8sObject } from '../../scripts/kustomize.js';

const ROOT = resolve(import.meta.dirname, '../..');

type Container = { args?: string[]; env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[]; ports?: { name: string; containerPort: number }[]; readinessProbe?: unknown; livenessProbe?: unknown; securityContext?: Record<string, unknown>; resources?: { limits?: Record<string, unknown> } };

describe('review console manifests (k8s/base/review.yaml)', () => {
  for (const overlay of ['cpu', 'gpu']) {
    it(`${overlay}: a safe console Deployment with the database URL from a Secret, its Service, PDB, Ingress and alert`, () => {
      const objects = render(join(ROOT, 'k8s/overlays', overlay));
      const find = (kind: string) => objects.find((o) => o.kind === kind && o.metadata.name === 'vigil-review') as (K8sObject & { spec: Record<string, unknown> }) | undefined;
      const d = find('Deployment') as K8sObject & { spec: { template: { spec: { containers: Container[]; securityContext: Record<string, unknown>; terminationGracePeriodSeconds: number } } } };
      const c = d.spec.template.spec.containers[0]!;
      expect(c.args).toEqual(['serve', 'review']);
      expect(c.env?.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({ name: 'vigil-review-db', key: 'url' });
      expect(c.env?.some((e) => e.name === 'DATABASE_URL' && e.value)).toBe(false);
      expect(c.readinessProbe).toMatchObject({ httpGet: { path: '/readyz', port: 'http' } });
      expect(c.livenessProbe).toMatchObject({ httpGet: { path: '/healthz', port: 'http' } });
      expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
      expect(d.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
      expect(c.resources?.limits?.memory).toBeDefined();
      expect(c.resources?.limits?.['nvidia.com/gpu']).toBeUndefined();
      expect(find('Service')).toBeDefined();
      expect(find('PodDisruptionBudget')).toBeDefined();
      expect(JSON.stringify(find('Ingress'))).toContain('"tls"');
      expect(JSON.stringify(find('PrometheusRule'))).toContain('vigil_review_oldest_item_age_seconds{priority=\\"priority\\"}');
      expect(objects.some((o) => o.kind === 'ScaledObject' && o.metadata.name === 'vigil-review')).toBe(false);
    });
  }
});
