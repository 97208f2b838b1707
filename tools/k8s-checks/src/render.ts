import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const k8sDir = join(repoRoot, 'k8s');

/** A rendered Kubernetes object: only what every object has is typed; the rules read the rest defensively. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** Every directory under k8s/overlays: a new overlay is rendered and checked without touching the tests. */
export function overlayNames(): string[] {
  const dir = join(k8sDir, 'overlays');
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

/**
 * `kubectl kustomize <dir>` parsed into objects. kubectl is required: without it this throws (the tests fail, they
 * are not skipped), because CI machines have it and a silent skip would let broken manifests through.
 */
export function render(dir: string): K8sObject[] {
  let output: string;
  try {
    output = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const cause = error as NodeJS.ErrnoException & { stderr?: string };
    if (cause.code === 'ENOENT') {
      throw new Error('kubectl is not installed or not on PATH: these checks need `kubectl kustomize` (kubectl ≥ 1.27)');
    }
    throw new Error(`kubectl kustomize ${dir} failed:\n${cause.stderr ?? cause.message}`);
  }
  return parseAllDocuments(output)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`unparseable YAML from ${dir}: ${document.errors[0]?.message}`);
      return document.toJS() as K8sObject | null;
    })
    .filter((object): object is K8sObject => object !== null);
}

/** `Kind/name` (and the namespace when there is one): how a failure names an object. */
export function describe(object: K8sObject): string {
  const namespace = object.metadata.namespace ? ` in ${object.metadata.namespace}` : '';
  return `${object.kind}/${object.metadata.name}${namespace}`;
}
