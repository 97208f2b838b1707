import { ConfigError, type Config, SERVICE_NAMES, serviceUrlVariable } from '@emporium/platform-config';
import type { ServiceDefinition } from '@emporium/app-services';

/**
 * Every service a mounted service calls must be mounted too or have its URL configured, and split processes share a
 * service token — checked before start.
 */
export function checkTopology(config: Config, mounted: readonly ServiceDefinition[]): void {
  const here = new Set(mounted.map((definition) => definition.name));
  const problems: string[] = [];
  for (const definition of mounted) {
    for (const target of definition.calls) {
      if (!here.has(target) && !config.serviceUrls[target]) {
        problems.push(`${serviceUrlVariable(target)}: required, because "${definition.name}" calls "${target}" and SERVICES does not mount it`);
      }
    }
  }
  // Split across processes, services call each other's internal procedures over HTTP: they must share a secret.
  const split = SERVICE_NAMES.some((name) => !config.SERVICES.includes(name));
  if (split && !config.SERVICE_TOKEN) {
    problems.push('SERVICE_TOKEN: required when SERVICES does not mount every service, so the processes can trust each other\'s calls');
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
