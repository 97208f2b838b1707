import type { z } from 'zod';
import type { Carrier } from './carrier';
import { SANDBOX_CARRIER_CODE, sandboxCarrier, sandboxCarrierConfig } from './sandbox-carrier';
import { TABLE_RATE_CODE, tableRateCarrier, tableRateCarrierConfig, type TableRateDeps } from './table-rate-carrier';

/**
 * What the shipping service hands every carrier factory: capabilities, not settings (settings are each carrier's
 * config). A factory takes the ones it needs; a new carrier needing a new capability adds it here.
 */
export interface CarrierServices {
  /** For the table rate: the merchant's zones and methods, the label renderer, tracking numbers, the shop's address. */
  readonly tableRate?: Omit<TableRateDeps, 'labelName'>;
}

/** One carrier: its code, the zod schema of its config section, and how to build it. */
export interface CarrierDefinition<Config = unknown> {
  readonly code: string;
  readonly config: z.ZodType<Config>;
  create(config: Config, services: CarrierServices): Carrier;
}

/** Helps type a definition's `create` from its schema. */
export function defineCarrier<Config>(definition: CarrierDefinition<Config>): CarrierDefinition<Config> {
  return definition;
}

export const sandboxCarrierDefinition = defineCarrier({
  code: SANDBOX_CARRIER_CODE,
  config: sandboxCarrierConfig,
  create: (config) => sandboxCarrier(config),
});

export const tableRateDefinition = defineCarrier({
  code: TABLE_RATE_CODE,
  config: tableRateCarrierConfig,
  create: (config, services) => {
    if (!services.tableRate) throw new Error('The table-rate carrier needs services.tableRate (rates, renderLabel, …).');
    return tableRateCarrier({ ...services.tableRate, ...(config.labelName ? { labelName: config.labelName } : {}) });
  },
});

/** Every carrier this build knows. Adding a carrier: its file, then one line here. */
export const CARRIER_DEFINITIONS: readonly CarrierDefinition<never>[] = [sandboxCarrierDefinition, tableRateDefinition] as never[];

/** `{ [code]: config }` of the carriers to enable, as read from the environment or the shop's settings. */
export type CarriersConfig = Readonly<Record<string, unknown>>;

export class CarrierConfigError extends Error {
  override readonly name = 'CarrierConfigError';
  constructor(readonly issues: readonly string[]) {
    super(`Carrier configuration is invalid:\n- ${issues.join('\n- ')}`);
  }
}

/**
 * Builds the enabled carriers, in the order of `config`'s keys. Every section is validated with its carrier's
 * schema; an unknown code or a bad section throws `CarrierConfigError` listing every issue, at start-up.
 */
export function createCarriers(
  config: CarriersConfig,
  services: CarrierServices,
  definitions: readonly CarrierDefinition<never>[] = CARRIER_DEFINITIONS,
): Carrier[] {
  const issues: string[] = [];
  const carriers: Carrier[] = [];
  for (const [code, section] of Object.entries(config)) {
    const definition = definitions.find((candidate) => candidate.code === code) as CarrierDefinition | undefined;
    if (!definition) {
      issues.push(`${code}: no such carrier (known: ${definitions.map((known) => known.code).join(', ')})`);
      continue;
    }
    const parsed = definition.config.safeParse(section);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push(`${code}.${issue.path.join('.') || '(section)'}: ${issue.message}`);
      continue;
    }
    carriers.push(definition.create(parsed.data, services));
  }
  if (issues.length > 0) throw new CarrierConfigError(issues);
  return carriers;
}
