import { appProbes, containerHardening, noCommittedSecrets, reach, serviceCompanions } from './policy';
import { type Workload } from './objects';
import { type K8sObject } from './render';
import { promqlErrors } from './promql';
import { validateObject } from './schemas';

/** The rules can fail: each is fed an object that breaks it. */

const labels = (service: string) => ({ 'app.kubernetes.io/name': 'emporium-api', 'app.kubernetes.io/component': service });

function deployment(service: string, change: (pod: Workload['spec']['template']['spec']) => void = () => undefined): Workload {
  const pod: Workload['spec']['template']['spec'] = {
    automountServiceAccountToken: false,
    securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [
      {
        name: 'api',
        env: [{ name: 'SERVICES', value: service }],
        securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
        resources: { requests: { cpu: '100m', memory: '192Mi' }, limits: { cpu: '1', memory: '512Mi' } },
        readinessProbe: { httpGet: { path: '/readyz', port: 'http' } },
        livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
        startupProbe: { httpGet: { path: '/healthz', port: 'http' } },
      },
    ],
  };
  change(pod);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: service, namespace: 'shop', labels: labels(service) },
    spec: { selector: { matchLabels: labels(service) }, template: { metadata: { labels: labels(service) }, spec: pod } },
  };
}

const egressPolicy = (service: string, callees: string[]): K8sObject => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: service, namespace: 'shop' },
  spec: { podSelector: { matchLabels: labels(service) }, egress: [{ to: callees.map((callee) => ({ podSelector: { matchLabels: labels(callee) } })), ports: [{ port: 3000 }] }] },
});

describe('the policy rules', () => {
  it('accept a compliant Deployment', () => {
    expect(containerHardening(deployment('catalog'))).toEqual([]);
    expect(appProbes(deployment('catalog'))).toEqual([]);
  });

  it('name a container that runs as root with a writable root filesystem', () => {
    const bad = deployment('catalog', (pod) => {
      pod.securityContext = { runAsUser: 0, seccompProfile: { type: 'RuntimeDefault' } };
      pod.containers[0]!.securityContext = { allowPrivilegeEscalation: true, capabilities: { drop: ['NET_RAW'] } };
    });
    expect(containerHardening(bad)).toEqual([
      'Deployment/catalog in shop container api: runAsNonRoot is not true',
      'Deployment/catalog in shop container api: runAsUser is unset or 0',
      'Deployment/catalog in shop container api: readOnlyRootFilesystem is not true',
      'Deployment/catalog in shop container api: allowPrivilegeEscalation is not false',
      'Deployment/catalog in shop container api: does not drop ALL capabilities',
    ]);
  });

  it('name an init container without resource limits', () => {
    const bad = deployment('cart', (pod) => {
      pod.initContainers = [{ ...pod.containers[0]!, name: 'wait', resources: { requests: { cpu: '10m', memory: '64Mi' } } }];
    });
    expect(containerHardening(bad)).toEqual([
      'Deployment/cart in shop container wait: no cpu in resources.limits',
      'Deployment/cart in shop container wait: no memory in resources.limits',
    ]);
  });

  it('name a container whose readiness probe does not check /readyz', () => {
    const bad = deployment('user', (pod) => {
      pod.containers[0]!.readinessProbe = { httpGet: { path: '/healthz', port: 'http' } };
      delete pod.containers[0]!.startupProbe;
    });
    expect(appProbes(bad)).toEqual([
      'Deployment/user in shop container api: readinessProbe is not an HTTP GET of /readyz',
      'Deployment/user in shop container api: startupProbe is not an HTTP GET of /healthz or /readyz',
    ]);
  });

  it('name a Deployment with no Service, NetworkPolicy, PDB or HPA', () => {
    expect(serviceCompanions(deployment('order'), [deployment('order')], { stateful: false })).toEqual([
      'Deployment/order in shop: no Service selects its pods',
      'Deployment/order in shop: no NetworkPolicy of its own selects its pods',
      'Deployment/order in shop: no PodDisruptionBudget selects its pods',
      'Deployment/order in shop: no HorizontalPodAutoscaler scales it',
    ]);
  });

  it('see an egress rule that lets a service call one it should not', () => {
    const objects = [deployment('catalog'), deployment('user'), deployment('order'), egressPolicy('catalog', ['user', 'order'])];
    expect(reach(objects[0] as Workload, objects, 'egress').services).toEqual(['order', 'user']);
  });

  it('see an egress rule open to every destination', () => {
    const open: K8sObject = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'open', namespace: 'shop' }, spec: { podSelector: {}, egress: [{}] } };
    expect(reach(deployment('catalog'), [deployment('catalog'), open], 'egress').unbounded).toEqual(['NetworkPolicy/open in shop allows egress to anywhere']);
  });

  it('refuse a committed Secret with values', () => {
    const secret: K8sObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'emporium-secrets' }, stringData: { SERVICE_TOKEN: 'x'.repeat(32) } };
    expect(noCommittedSecrets([secret])).toEqual(['Secret/emporium-secrets: carries secret values; create it with kubectl instead (docs/operations.md)']);
  });
});

describe('the schema check', () => {
  it('refuses a kind it has no schema for', () => {
    expect(() => validateObject({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' } })).toThrow(/no schema for this kind/);
  });

  it('refuses a Deployment that does not match the Kubernetes schema', () => {
    const bad = deployment('catalog', (pod) => {
      (pod.containers[0] as unknown as { ports: unknown }).ports = [{ containerPort: 'http' }];
    });
    expect(() => validateObject(bad)).toThrow(/containerPort must be integer/);
  });

  it('refuses a CloudNativePG Cluster with a misspelt field or no instances', () => {
    const cluster = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'db' }, spec: { instances: 3, storage: { size: '1Gi' } } };
    expect(() => validateObject(cluster)).not.toThrow();
    expect(() => validateObject({ ...cluster, spec: { instance: 3 } })).toThrow(/instances|additional properties/);
    expect(() => validateObject({ ...cluster, spec: { instances: 0 } })).toThrow(/>= 1/);
  });

  it('refuses a ScheduledBackup with a five-field (CronJob) schedule', () => {
    const backup = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'ScheduledBackup', metadata: { name: 'nightly' }, spec: { cluster: { name: 'db' }, schedule: '0 2 * * *' } };
    expect(() => validateObject(backup)).toThrow(/schedule/);
  });
});

describe('the PromQL check', () => {
  it('accepts an alert expression and a dashboard query with Grafana variables', () => {
    expect(promqlErrors('sum by (job) (rate(x_total{a="b"}[5m])) / sum by (job) (rate(x_total[5m])) > 0.05')).toEqual([]);
    expect(promqlErrors('sum(rate(x_total{namespace="$namespace"}[$__rate_interval]))')).toEqual([]);
  });

  it('finds an unbalanced bracket and a misplaced operator', () => {
    expect(promqlErrors('sum by (job) (rate(x_total[5m])')).not.toEqual([]);
    expect(promqlErrors('rate(x_total[5m]) > > 1')).not.toEqual([]);
  });
});
