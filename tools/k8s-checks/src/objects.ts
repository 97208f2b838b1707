import { type K8sObject } from './render';

/** The parts of Kubernetes objects the rules read. Rendered objects are validated against the full schemas first. */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }>;
}
export interface Probe {
  httpGet?: { path?: string; port?: number | string };
}
export interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  capabilities?: { drop?: string[]; add?: string[] };
  seccompProfile?: { type?: string };
  privileged?: boolean;
}
export interface Container {
  name: string;
  env?: Array<{ name: string; value?: string }>;
  securityContext?: SecurityContext;
  resources?: { requests?: Record<string, string | number>; limits?: Record<string, string | number> };
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
}
export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: SecurityContext;
  automountServiceAccountToken?: boolean;
  hostNetwork?: boolean;
}
export interface Workload extends K8sObject {
  spec: { replicas?: number; selector?: LabelSelector; template: { metadata?: { labels?: Record<string, string> }; spec: PodSpec } };
}
export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}
export interface NetworkPolicyPort {
  port?: number | string;
  protocol?: string;
}
export interface NetworkPolicyObject extends K8sObject {
  spec: {
    podSelector: LabelSelector;
    policyTypes?: string[];
    ingress?: Array<{ from?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }>;
    egress?: Array<{ to?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }>;
  };
}

export const APP_LABEL = 'app.kubernetes.io/name';
export const APP_NAME = 'emporium-api';
export const COMPONENT_LABEL = 'app.kubernetes.io/component';

/** Whether a label selector selects these labels. An empty selector selects everything, as in Kubernetes. */
export function selects(selector: LabelSelector | undefined, labels: Record<string, string> = {}): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return labels[key] !== undefined && values.includes(labels[key]);
      case 'NotIn':
        return labels[key] === undefined || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
    }
    return false;
  });
  return byLabels && byExpressions;
}

export const ofKind = <T extends K8sObject = K8sObject>(objects: K8sObject[], kind: string): T[] => objects.filter((object) => object.kind === kind) as T[];

/** Deployments and Jobs: the objects that make pods in these manifests. */
export const workloads = (objects: K8sObject[]): Workload[] => objects.filter((object) => object.kind === 'Deployment' || object.kind === 'Job') as Workload[];

/** The Deployments that run the API image (label app.kubernetes.io/name=emporium-api), i.e. one per service. */
export const appDeployments = (objects: K8sObject[]): Workload[] =>
  ofKind<Workload>(objects, 'Deployment').filter((deployment) => deployment.metadata.labels?.[APP_LABEL] === APP_NAME);

export const podLabels = (workload: Workload): Record<string, string> => workload.spec.template.metadata?.labels ?? {};

/** The service a Deployment runs: its component label (catalog, cart, …, worker, or `all` for the monolith). */
export const serviceOf = (workload: Workload): string => podLabels(workload)[COMPONENT_LABEL] ?? workload.metadata.name;

export const envOf = (container: Container): Record<string, string | undefined> =>
  Object.fromEntries((container.env ?? []).map(({ name, value }) => [name, value]));

export const allContainers = (workload: Workload): Container[] => [
  ...(workload.spec.template.spec.initContainers ?? []),
  ...workload.spec.template.spec.containers,
];
