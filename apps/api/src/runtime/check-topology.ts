import { ConfigError, type Config, serviceUrlVariable } from '@emporium/platform-config';
import type { ServiceDefinition } from '@emporium/app-services';

/** Every service a mounted service calls must be mounted too or have its URL configured — checked before start. */
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
  if (problems.length > 0) throw new ConfigError(problems);
}
