import {
  allContainers,
  appDeployments,
  type Container,
  envOf,
  type NetworkPolicyObject,
  type NetworkPolicyPeer,
  ofKind,
  podLabels,
  selects,
  serviceOf,
  type Workload,
} from './objects';
import { describe, type K8sObject } from './render';

/**
 * The rules every rendering of k8s/ must keep. Each takes rendered objects and returns its violations, one line
 * each naming the object, so a spec can show all of them at once and a unit spec can feed it a bad object.
 */

const has = (resources: Record<string, unknown> | undefined, name: string) => resources?.[name] !== undefined && resources[name] !== '';

/** Non-root, read-only root filesystem, no privilege escalation, every capability dropped, requests and limits. */
export function containerHardening(workload: Workload): string[] {
  const pod = workload.spec.template.spec;
  const problems: string[] = [];
  if (pod.hostNetwork) problems.push(`${describe(workload)}: uses the host network`);
  if (pod.automountServiceAccountToken !== false) problems.push(`${describe(workload)}: mounts a service account token (automountServiceAccountToken must be false)`);
  if (pod.securityContext?.seccompProfile?.type !== 'RuntimeDefault') problems.push(`${describe(workload)}: pod seccompProfile is not RuntimeDefault`);
  for (const container of allContainers(workload)) {
    const where = `${describe(workload)} container ${container.name}`;
    const context = { ...pod.securityContext, ...container.securityContext };
    if (context.runAsNonRoot !== true) problems.push(`${where}: runAsNonRoot is not true`);
    if (context.runAsUser === undefined || context.runAsUser === 0) problems.push(`${where}: runAsUser is unset or 0`);
    if (container.securityContext?.readOnlyRootFilesystem !== true) problems.push(`${where}: readOnlyRootFilesystem is not true`);
    if (container.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
    if (container.securityContext?.privileged) problems.push(`${where}: is privileged`);
    if (!container.securityContext?.capabilities?.drop?.includes('ALL')) problems.push(`${where}: does not drop ALL capabilities`);
    if ((container.securityContext?.capabilities?.add ?? []).length > 0) problems.push(`${where}: adds capabilities`);
    for (const kind of ['requests', 'limits'] as const) {
      for (const resource of ['cpu', 'memory']) {
        if (!has(container.resources?.[kind], resource)) problems.push(`${where}: no ${resource} in resources.${kind}`);
      }
    }
  }
  return problems;
}

const probePath = (container: Container, probe: 'readinessProbe' | 'livenessProbe' | 'startupProbe') => container[probe]?.httpGet?.path;

/** The API container: ready on /readyz (database and migrations), alive on /healthz, started on /healthz. */
export function appProbes(workload: Workload): string[] {
  const problems: string[] = [];
  for (const container of workload.spec.template.spec.containers) {
    const where = `${describe(workload)} container ${container.name}`;
    if (probePath(container, 'readinessProbe') !== '/readyz') problems.push(`${where}: readinessProbe is not an HTTP GET of /readyz`);
    if (probePath(container, 'livenessProbe') !== '/healthz') problems.push(`${where}: livenessProbe is not an HTTP GET of /healthz`);
    if (!['/healthz', '/readyz'].includes(probePath(container, 'startupProbe') ?? '')) problems.push(`${where}: startupProbe is not an HTTP GET of /healthz or /readyz`);
  }
  return problems;
}

/** The NetworkPolicies whose podSelector picks this Deployment's pods (namespace-wide ones included). */
export const policiesFor = (workload: Workload, objects: K8sObject[]): NetworkPolicyObject[] =>
  ofKind<NetworkPolicyObject>(objects, 'NetworkPolicy').filter(
    (policy) => policy.metadata.namespace === workload.metadata.namespace && selects(policy.spec.podSelector, podLabels(workload)),
  );

/** Every service Deployment has a Service, a NetworkPolicy of its own, a PDB and (stateless ones) an HPA. */
export function serviceCompanions(workload: Workload, objects: K8sObject[], options: { stateful: boolean }): string[] {
  const labels = podLabels(workload);
  const sameNamespace = (object: K8sObject) => object.metadata.namespace === workload.metadata.namespace;
  const others = appDeployments(objects).filter((other) => other !== workload);
  const problems: string[] = [];
  const services = ofKind<K8sObject & { spec: { selector?: Record<string, string> } }>(objects, 'Service').filter(sameNamespace);
  if (!services.some((service) => service.spec.selector && Object.keys(service.spec.selector).length > 0 && selects({ matchLabels: service.spec.selector }, labels))) {
    problems.push(`${describe(workload)}: no Service selects its pods`);
  }
  const own = policiesFor(workload, objects).filter((policy) => !others.some((other) => selects(policy.spec.podSelector, podLabels(other))));
  if (own.length === 0) problems.push(`${describe(workload)}: no NetworkPolicy of its own selects its pods`);
  const pdbs = ofKind<K8sObject & { spec: { selector?: { matchLabels?: Record<string, string> } } }>(objects, 'PodDisruptionBudget').filter(sameNamespace);
  if (!pdbs.some((pdb) => selects(pdb.spec.selector, labels))) problems.push(`${describe(workload)}: no PodDisruptionBudget selects its pods`);
  const hpas = ofKind<K8sObject & { spec: { scaleTargetRef: { kind: string; name: string } } }>(objects, 'HorizontalPodAutoscaler').filter(sameNamespace);
  const scaled = hpas.some((hpa) => hpa.spec.scaleTargetRef.kind === 'Deployment' && hpa.spec.scaleTargetRef.name === workload.metadata.name);
  if (!options.stateful && !scaled) problems.push(`${describe(workload)}: no HorizontalPodAutoscaler scales it`);
  if (scaled && workload.spec.replicas !== undefined) problems.push(`${describe(workload)}: sets replicas although an HPA owns the count`);
  return problems;
}

/** A Secret may be referenced, never committed with values. */
export function noCommittedSecrets(objects: K8sObject[]): string[] {
  return ofKind<K8sObject & { data?: object; stringData?: object }>(objects, 'Secret')
    .filter((secret) => Object.keys(secret.data ?? {}).length > 0 || Object.keys(secret.stringData ?? {}).length > 0)
    .map((secret) => `${describe(secret)}: carries secret values; create it with kubectl instead (docs/operations.md)`);
}

/** The services a Deployment calls according to its <SERVICE>_URL variables, e.g. CATALOG_URL=http://catalog:3000. */
export function calledByEnv(workload: Workload): string[] {
  const api = workload.spec.template.spec.containers.find((container) => container.name === 'api') ?? workload.spec.template.spec.containers[0];
  const env = api ? envOf(api) : {};
  const called: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    const prefix = /^([A-Z]+)_URL$/.exec(name)?.[1];
    if (!prefix || ['DATABASE', 'PUBLIC', 'SMTP'].includes(prefix)) continue;
    const service = prefix.toLowerCase();
    if (value !== `http://${service}:3000`) throw new Error(`${describe(workload)}: ${name}=${value} is not http://${service}:3000`);
    called.push(service);
  }
  return called.sort();
}

export interface Reach {
  /** App services (component labels) reachable through podSelector peers. */
  services: string[];
  /** Namespaces reachable through namespaceSelector peers (by kubernetes.io/metadata.name). */
  namespaces: string[];
  /** Ports open to ipBlock peers (the internet). */
  internetPorts: number[];
  /** Rules that allow every peer (no `from`/`to`) or whose selectors cannot be read. */
  unbounded: string[];
  /** Whether the database pods are reachable. */
  database: boolean;
}

/** What a Deployment's pods may reach (egress) or be reached from (ingress), by every NetworkPolicy selecting them. */
export function reach(workload: Workload, objects: K8sObject[], direction: 'ingress' | 'egress', databaseLabel = 'cnpg.io/cluster'): Reach {
  const apps = appDeployments(objects).filter((other) => other.metadata.namespace === workload.metadata.namespace);
  const result: Reach = { services: [], namespaces: [], internetPorts: [], unbounded: [], database: false };
  for (const policy of policiesFor(workload, objects)) {
    const rules = direction === 'egress' ? (policy.spec.egress ?? []).map((rule) => ({ peers: rule.to, ports: rule.ports })) : (policy.spec.ingress ?? []).map((rule) => ({ peers: rule.from, ports: rule.ports }));
    for (const { peers, ports } of rules) {
      if (!peers || peers.length === 0) {
        result.unbounded.push(`${describe(policy)} allows ${direction} ${direction === 'egress' ? 'to' : 'from'} anywhere`);
        continue;
      }
      for (const peer of peers as NetworkPolicyPeer[]) {
        if (peer.ipBlock) {
          for (const port of ports ?? []) if (typeof port.port === 'number') result.internetPorts.push(port.port);
          if (!ports || ports.length === 0) result.unbounded.push(`${describe(policy)} opens every port to ${peer.ipBlock.cidr}`);
        } else if (peer.namespaceSelector) {
          const name = peer.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name'];
          if (name) result.namespaces.push(name);
          else result.unbounded.push(`${describe(policy)} selects namespaces by something other than their name`);
        } else if (peer.podSelector) {
          if (peer.podSelector.matchLabels?.[databaseLabel]) result.database = true;
          for (const app of apps) if (selects(peer.podSelector, podLabels(app))) result.services.push(serviceOf(app));
          if (Object.keys(peer.podSelector.matchLabels ?? {}).length === 0 && (peer.podSelector.matchExpressions ?? []).length === 0) {
            result.unbounded.push(`${describe(policy)} allows every pod of the namespace`);
          }
        }
      }
    }
  }
  const unique = <T>(values: T[]) => [...new Set(values)].sort();
  return { ...result, services: unique(result.services), namespaces: unique(result.namespaces), internetPorts: unique(result.internetPorts) };
}
