export { type Config, ConfigError, configSchema, parseConfig } from './lib/config';
export {
  CONFIG_REFERENCE_COMMAND,
  CONFIG_REFERENCE_END,
  CONFIG_REFERENCE_START,
  configReference,
  type ConfigSetting,
  configSettings,
  withConfigReference,
} from './lib/config-reference';
export {
  isServiceName,
  PROCESS_ROLES,
  type ProcessRole,
  SERVICE_NAMES,
  type ServiceName,
  serviceUrlVariable,
} from './lib/service-names';
