export { type Config, ConfigError, configSchema, parseConfig } from './lib/config';
export {
  isServiceName,
  PROCESS_ROLES,
  type ProcessRole,
  SERVICE_NAMES,
  type ServiceName,
  serviceUrlVariable,
} from './lib/service-names';
