import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ofKind, selects, type LabelSelector } from './objects';
import { promqlErrors } from './promql';
import { type K8sObject, k8sDir, render, repoRoot } from './render';

interface Rule {
  alert?: string;
  expr: string;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
}
interface PrometheusRule extends K8sObject {
  spec: { groups: Array<{ name: string; rules: Rule[] }> };
}
interface ServiceMonitor extends K8sObject {
  spec: { selector: LabelSelector; endpoints: Array<{ port?: string; path?: string }> };
}
interface Panel {
  type: string;
  title: string;
  targets?: Array<{ expr: string }>;
}

const monitoring = render(join(k8sDir, 'monitoring'));
const alerts = ofKind<PrometheusRule>(monitoring, 'PrometheusRule').flatMap((rule) => rule.spec.groups.flatMap((group) => group.rules)).filter((rule) => rule.alert);

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
const operationsAnchors = new Set(
  readFileSync(join(repoRoot, 'docs/operations.md'), 'utf8')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => anchorOf(line.replace(/^#+ /, ''))),
);

describe('the alerts', () => {
  it.each([
    ['EmporiumHighErrorRate', /http_request_duration_seconds_count\{[^}]*status=~"5\.\."[\s\S]*INTERNAL_SERVER_ERROR/],
    ['EmporiumHighLatency', /histogram_quantile\(0\.99, sum by \([^)]*job[^)]*\)/],
    ['EmporiumQueueBacklog', /queue_jobs_waiting/],
    ['EmporiumJobFailures', /jobs_failed_total/],
    ['EmporiumDatabaseDiskLow', /kubelet_volume_stats_available_bytes[\s\S]*kubelet_volume_stats_capacity_bytes/],
    ['EmporiumCheckoutFailures', /checkouts_total\{[^}]*outcome="failed"/],
    ['EmporiumDatabasePoolSaturated', /db_pool_requests_waiting/],
    ['EmporiumServiceDown', /^up\{[^}]*\} == 0$/],
  ])('%s exists and reads the right metric', (name, expression) => {
    const alert = alerts.find((rule) => rule.alert === name);
    expect(alert, name).toBeDefined();
    expect(alert!.expr).toMatch(expression);
  });

  it.each(alerts.map((rule) => [rule.alert!, rule] as const))('%s has a severity, a summary, a description and a runbook in docs/operations.md', (_name, rule) => {
    expect(['critical', 'warning', 'info']).toContain(rule.labels?.severity);
    expect(rule.annotations?.summary).toBeTruthy();
    expect(rule.annotations?.description).toBeTruthy();
    const match = /docs\/operations\.md#([a-z0-9-]+)$/.exec(rule.annotations?.runbook_url ?? '');
    expect(match, `runbook_url of ${rule.alert}`).not.toBeNull();
    expect(operationsAnchors.has(match![1]!), `docs/operations.md has no heading for #${match![1]}`).toBe(true);
  });

  it.each(alerts.map((rule) => [rule.alert!, rule] as const))('%s is valid PromQL', (_name, rule) => {
    expect(promqlErrors(rule.expr)).toEqual([]);
  });
});

describe('the ServiceMonitor', () => {
  const monitors = ofKind<ServiceMonitor>(monitoring, 'ServiceMonitor');

  it('scrapes /metrics on the port named http', () => {
    expect(monitors.length).toBeGreaterThan(0);
    for (const monitor of monitors) for (const endpoint of monitor.spec.endpoints) expect(endpoint).toMatchObject({ port: 'http', path: '/metrics' });
  });

  it.each(['services', 'monolith'])('selects every API Service of overlay %s, and they name their port http', (overlay) => {
    const services = ofKind<K8sObject & { spec: { ports: Array<{ name?: string }> } }>(render(join(k8sDir, 'overlays', overlay)), 'Service').filter(
      (service) => service.metadata.labels?.['app.kubernetes.io/name'] === 'emporium-api',
    );
    expect(services.length).toBeGreaterThan(0);
    for (const service of services) {
      expect(monitors.some((monitor) => selects(monitor.spec.selector, service.metadata.labels)), service.metadata.name).toBe(true);
      expect(service.spec.ports.map((port) => port.name)).toContain('http');
    }
  });
});

describe('the Grafana dashboard', () => {
  const map = ofKind<K8sObject & { data: Record<string, string> }>(monitoring, 'ConfigMap').find((object) => object.data['emporium.json']);
  const dashboard = JSON.parse(map?.data['emporium.json'] ?? '{}') as { uid?: string; panels?: Panel[] };
  const expressions = (dashboard.panels ?? []).flatMap((panel) => panel.targets ?? []).map((target) => target.expr).join('\n');

  it('ships as a ConfigMap labelled for the Grafana sidecar', () => {
    expect(map?.metadata.labels?.grafana_dashboard).toBe('1');
    expect(dashboard.uid).toBe('emporium-overview');
  });

  it.each([
    'http_request_duration_seconds_count',
    'http_request_duration_seconds_bucket',
    'trpc_procedure_duration_seconds_bucket',
    'db_pool_connections_total',
    'db_pool_requests_waiting',
    'queue_jobs_waiting',
    'jobs_failed_total',
    'orders_placed_total',
    'payment_failures_total',
    'checkouts_total',
    'reservations_expired_total',
    'process_resident_memory_bytes',
    'process_cpu_seconds_total',
  ])('charts %s', (metric) => {
    expect(expressions).toContain(metric);
  });

  it('has only valid PromQL', () => {
    const broken = (dashboard.panels ?? []).flatMap((panel) => (panel.targets ?? []).flatMap((target) => promqlErrors(target.expr).map((error) => `${panel.title}: ${error}`)));
    expect(broken).toEqual([]);
  });

  it('charts p50, p95 and p99 per service and per procedure', () => {
    for (const quantile of ['0.5', '0.95', '0.99']) {
      expect(expressions).toContain(`histogram_quantile(${quantile}, sum by (job, le)`);
      expect(expressions).toContain(`histogram_quantile(${quantile}, sum by (procedure, le)`);
    }
  });
});
