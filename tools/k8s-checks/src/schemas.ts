import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import Ajv from 'ajv';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { type K8sObject } from './render';

type Validate = (object: K8sObject) => void;

/** A kubernetes-models class: constructing it and calling validate() checks the object against the API's schema. */
const model =
  (Model: new (data: never) => { validate(): void }): Validate =>
  (object) =>
    new Model(object as never).validate();

/**
 * CloudNativePG has no npm models package: its two kinds are checked with ajv against a hand-written subset of the
 * CRDs' schemas (schemas/postgresql.cnpg.io-v1.json says what it covers).
 */
const cnpgSchema = JSON.parse(readFileSync(join(import.meta.dirname, '../schemas/postgresql.cnpg.io-v1.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(cnpgSchema, 'cnpg');
const cnpg =
  (kind: string): Validate =>
  (object) => {
    const check = ajv.getSchema(`cnpg#/definitions/${kind}`);
    if (!check) throw new Error(`no schema for ${kind}`);
    if (!check(object)) throw new Error(ajv.errorsText(check.errors, { dataVar: kind }));
  };

/** Every kind the manifests may contain, by `apiVersion/kind`. Anything else is refused, never skipped. */
export const validators: Record<string, Validate> = {
  'v1/Namespace': model(Namespace),
  'v1/ConfigMap': model(ConfigMap),
  'v1/Secret': model(Secret),
  'v1/Service': model(Service),
  'apps/v1/Deployment': model(Deployment),
  'batch/v1/Job': model(Job),
  'networking.k8s.io/v1/NetworkPolicy': model(NetworkPolicy),
  'networking.k8s.io/v1/Ingress': model(Ingress),
  'policy/v1/PodDisruptionBudget': model(PodDisruptionBudget),
  'autoscaling/v2/HorizontalPodAutoscaler': model(HorizontalPodAutoscaler),
  'monitoring.coreos.com/v1/ServiceMonitor': model(ServiceMonitor),
  'monitoring.coreos.com/v1/PrometheusRule': model(PrometheusRule),
  'postgresql.cnpg.io/v1/Cluster': cnpg('Cluster'),
  'postgresql.cnpg.io/v1/ScheduledBackup': cnpg('ScheduledBackup'),
};

/** Throws, naming the object, when it does not match its schema or its kind has none. */
export function validateObject(object: K8sObject): void {
  const key = `${object.apiVersion}/${object.kind}`;
  const validate = validators[key];
  if (!validate) throw new Error(`${key} ${object.metadata?.name}: no schema for this kind; add one to src/schemas.ts`);
  validate(object);
}
