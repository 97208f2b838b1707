import { join } from 'node:path';
import { CALLS, callersOf, EDGE, INTERNET_PORTS, SPLIT_SERVICES, STATEFUL } from './expected';
import { appDeployments, envOf, ofKind, serviceOf, type Workload, workloads } from './objects';
import { appProbes, calledByEnv, containerHardening, noCommittedSecrets, reach, serviceCompanions } from './policy';
import { describe as describeObject, type K8sObject, k8sDir, overlayNames, render } from './render';

interface Cluster extends K8sObject {
  spec: { instances: number; postgresql?: { parameters?: Record<string, string> } };
}
interface Hpa extends K8sObject {
  spec: { scaleTargetRef: { name: string }; minReplicas?: number; maxReplicas: number };
}
interface Pdb extends K8sObject {
  spec: { minAvailable?: number | string; maxUnavailable?: number | string };
}
interface IngressObject extends K8sObject {
  spec: { rules: Array<{ http: { paths: Array<{ path: string; backend: { service: { name: string } } }> } }> };
}

const rendered = new Map(overlayNames().map((name) => [name, render(join(k8sDir, 'overlays', name))]));
const servicesOf = (objects: K8sObject[]) => appDeployments(objects).map((deployment) => envOf(deployment.spec.template.spec.containers[0]!).SERVICES);
const isMonolith = (objects: K8sObject[]) => servicesOf(objects).includes('all');
const clusters = (objects: K8sObject[]) => ofKind<Cluster>(objects, 'Cluster');

describe.each([...rendered.keys()])('overlay %s', (overlay) => {
  const objects = rendered.get(overlay)!;
  const apps = appDeployments(objects);

  it('commits no Secret values', () => {
    expect(noCommittedSecrets(objects)).toEqual([]);
  });

  it.each(workloads(objects).map((workload) => [describeObject(workload), workload] as const))(
    '%s: every container is non-root, read-only, unprivileged and has requests and limits',
    (_name, workload) => {
      expect(containerHardening(workload)).toEqual([]);
    },
  );

  it.each(apps.map((app) => [describeObject(app), app] as const))('%s: probes /readyz (readiness) and /healthz (liveness, startup)', (_name, app) => {
    expect(appProbes(app)).toEqual([]);
  });

  it.each(apps.map((app) => [describeObject(app), app] as const))('%s: has a Service, its own NetworkPolicy, a PDB and (stateless) an HPA', (_name, app) => {
    expect(serviceCompanions(app, objects, { stateful: STATEFUL.includes(serviceOf(app)) })).toEqual([]);
  });

  it.each(apps.map((app) => [serviceOf(app), app] as const))('%s: its <SERVICE>_URL variables name exactly the services it calls', (service, app) => {
    expect(calledByEnv(app)).toEqual(CALLS[service]);
  });

  it.each(apps.map((app) => [serviceOf(app), app] as const))('%s: NetworkPolicy egress reaches exactly the services it calls', (service, app) => {
    const egress = reach(app, objects, 'egress');
    expect(egress.unbounded).toEqual([]);
    expect(egress.services).toEqual(CALLS[service]);
    expect(egress.services).toEqual(calledByEnv(app));
  });

  it.each(apps.map((app) => [serviceOf(app), app] as const))('%s: NetworkPolicy egress allows DNS, PostgreSQL and only its own internet ports', (service, app) => {
    const egress = reach(app, objects, 'egress');
    expect(egress.database).toBe(true);
    expect(egress.namespaces).toContain('kube-system');
    expect(egress.namespaces.filter((namespace) => !['kube-system', 'monitoring'].includes(namespace))).toEqual([]);
    expect(egress.internetPorts).toEqual(INTERNET_PORTS[service] ?? []);
  });

  it.each(apps.map((app) => [serviceOf(app), app] as const))('%s: NetworkPolicy ingress admits only its callers, the ingress controller if public, and Prometheus', (service, app) => {
    const ingress = reach(app, objects, 'ingress');
    expect(ingress.unbounded).toEqual([]);
    expect(ingress.internetPorts).toEqual([]);
    expect(ingress.services).toEqual(callersOf(service));
    expect(ingress.namespaces).toEqual(EDGE.includes(service) ? ['ingress-nginx', 'monitoring'] : ['monitoring']);
  });

  it('puts every other pod under a NetworkPolicy beyond default-deny', () => {
    const uncovered = workloads(objects)
      .filter((workload) => !apps.includes(workload))
      .filter((workload) => !ofKind<K8sObject & { spec: { podSelector: { matchLabels?: object } } }>(objects, 'NetworkPolicy').some(
        (policy) => Object.keys(policy.spec.podSelector.matchLabels ?? {}).length > 0 && Object.entries(policy.spec.podSelector.matchLabels ?? {}).every(([key, value]) => (workload as Workload).spec.template.metadata?.labels?.[key] === value),
      ))
      .map(describeObject);
    expect(uncovered).toEqual([]);
    expect(ofKind<K8sObject & { spec: { podSelector: object; policyTypes: string[] } }>(objects, 'NetworkPolicy').some(
      (policy) => Object.keys(policy.spec.podSelector).length === 0 && policy.spec.policyTypes.includes('Ingress') && policy.spec.policyTypes.includes('Egress'),
    )).toBe(true);
  });

  it('runs the migration Job with retries and a TTL, and every Deployment waits for it', () => {
    const jobs = ofKind<Workload & { spec: { backoffLimit?: number; ttlSecondsAfterFinished?: number } }>(objects, 'Job');
    const migrate = jobs.filter((job) => job.spec.template.spec.containers.some((container) => (container as { command?: string[] }).command?.includes('migrate')));
    expect(migrate).toHaveLength(1);
    expect(migrate[0]!.spec.backoffLimit).toBeGreaterThan(0);
    expect(migrate[0]!.spec.ttlSecondsAfterFinished).toBeGreaterThan(0);
    for (const app of apps) {
      const init = (app.spec.template.spec.initContainers ?? []) as Array<{ command?: string[] }>;
      expect(init.some((container) => container.command?.includes('wait-for-migrations')), describeObject(app)).toBe(true);
    }
  });

  it('keeps the database connections of every pod at its HPA maximum under max_connections', () => {
    const [cluster] = clusters(objects);
    const maxConnections = Number(cluster?.spec.postgresql?.parameters?.max_connections ?? 100);
    const config = ofKind<K8sObject & { data: Record<string, string> }>(objects, 'ConfigMap').find((map) => map.metadata.name === 'emporium-config');
    const pool = Number(config?.data.DATABASE_POOL_MAX ?? 10);
    const hpas = ofKind<Hpa>(objects, 'HorizontalPodAutoscaler');
    const pods = apps.reduce((sum, app) => sum + (hpas.find((hpa) => hpa.spec.scaleTargetRef.name === app.metadata.name)?.spec.maxReplicas ?? app.spec.replicas ?? 1), 0);
    const reserved = 20; // superuser_reserved_connections, replication, the operator, psql sessions
    expect(pods * pool + pool /* the migration Job */).toBeLessThanOrEqual(maxConnections - reserved);
  });

  it('keeps /metrics off the public Ingress and routes the webhooks to their services', () => {
    const paths = ofKind<IngressObject>(objects, 'Ingress').flatMap((ingress) => ingress.spec.rules.flatMap((rule) => rule.http.paths));
    const appServiceNames = new Set(
      ofKind<K8sObject>(objects, 'Service')
        .filter((service) => service.metadata.labels?.['app.kubernetes.io/name'] === 'emporium-api')
        .map((service) => service.metadata.name),
    );
    const metrics = paths.find((path) => path.path === '/metrics');
    expect(metrics, 'an Ingress path must take /metrics away from the API').toBeDefined();
    expect(appServiceNames.has(metrics!.backend.service.name)).toBe(false);
    const backend = (path: string) => paths.find((entry) => entry.path === path)?.backend.service.name;
    if (isMonolith(objects)) {
      expect(backend('/')).toBe('emporium');
    } else {
      expect(backend('/')).toBe('storefront');
      expect(backend('/webhooks/payment')).toBe('payment');
      expect(backend('/webhooks/shipping')).toBe('shipping');
    }
  });

  it('runs one PostgreSQL cluster whose app secret feeds DATABASE_URL', () => {
    const [cluster, ...others] = clusters(objects);
    expect(others).toEqual([]);
    const secretRefs = JSON.stringify(apps.map((app) => app.spec.template.spec.containers[0]));
    expect(secretRefs).toContain(`"name":"${cluster!.metadata.name}-app"`);
  });

  if (isMonolith(objects)) {
    it('has exactly one app Deployment, with SERVICES=all, and no per-service objects', () => {
      expect(servicesOf(objects)).toEqual(['all']);
      expect(ofKind(objects, 'Service').map((service) => service.metadata.name).filter((name) => SPLIT_SERVICES.includes(name))).toEqual([]);
    });
  } else {
    it('has one Deployment per service plus the worker', () => {
      expect(servicesOf(objects).sort()).toEqual(SPLIT_SERVICES);
      expect(apps.map(serviceOf).sort()).toEqual(SPLIT_SERVICES);
    });
  }
});

describe('environment overlays', () => {
  const objects = (name: string) => {
    const found = rendered.get(name);
    if (!found) throw new Error(`k8s/overlays/${name} is missing`);
    return found;
  };

  it('prod runs 3 PostgreSQL instances with a ScheduledBackup of that cluster', () => {
    const [cluster] = clusters(objects('prod'));
    expect(cluster?.spec.instances).toBe(3);
    const backups = ofKind<K8sObject & { spec: { cluster: { name: string } } }>(objects('prod'), 'ScheduledBackup');
    expect(backups.map((backup) => backup.spec.cluster.name)).toContain(cluster!.metadata.name);
    expect((cluster!.spec as { backup?: unknown }).backup).toBeDefined();
  });

  it('prod runs at least 2 replicas of everything, with PDBs of minAvailable 1', () => {
    const prod = objects('prod');
    for (const hpa of ofKind<Hpa>(prod, 'HorizontalPodAutoscaler')) expect(hpa.spec.minReplicas, describeObject(hpa)).toBeGreaterThanOrEqual(2);
    for (const app of appDeployments(prod)) if (STATEFUL.includes(serviceOf(app))) expect(app.spec.replicas, describeObject(app)).toBeGreaterThanOrEqual(2);
    for (const pdb of ofKind<Pdb>(prod, 'PodDisruptionBudget')) expect(pdb.spec.minAvailable, describeObject(pdb)).toBe(1);
  });

  it('dev runs 1 PostgreSQL instance, 1 replica minimum and debug logs', () => {
    const dev = objects('dev');
    expect(clusters(dev)[0]?.spec.instances).toBe(1);
    for (const hpa of ofKind<Hpa>(dev, 'HorizontalPodAutoscaler')) expect(hpa.spec.minReplicas, describeObject(hpa)).toBe(1);
    for (const app of appDeployments(dev)) expect(app.spec.replicas ?? 1, describeObject(app)).toBe(1);
    const config = ofKind<K8sObject & { data: Record<string, string> }>(dev, 'ConfigMap').find((map) => map.metadata.name === 'emporium-config');
    expect(config?.data.LOG_LEVEL).toBe('debug');
  });
});
