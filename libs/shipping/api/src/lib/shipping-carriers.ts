import { type Carrier, createCarriers, randomTrackingDigits, SANDBOX_CARRIER_CODE, TABLE_RATE_CODE } from '@emporium/shipping-carriers';
import { listMethods, listZones } from '@emporium/shipping-data-access';
import { renderLabelPdf } from '@emporium/shipping-documents';
import type { Config } from '@emporium/platform-config';
import type { Database } from '@emporium/platform-db';

/** The path segment of a carrier's webhook route (`/webhooks/shipping/sandbox`) → its carrier code. */
export const WEBHOOK_SLUGS: Readonly<Record<string, string>> = { sandbox: SANDBOX_CARRIER_CODE };

/**
 * The carriers this process can use, built from the typed config: the table rate always (labels drawn by us), the
 * sandbox carrier when its three SANDBOX_CARRIER_* settings are set.
 * Built per use: they hold no state (the HTTP client is stateless; the table rate's sender is the shipment's).
 */
export function shippingCarriers(config: Config, db: Database): Carrier[] {
  const sections: Record<string, unknown> = { [TABLE_RATE_CODE]: {} };
  if (config.SANDBOX_CARRIER_URL && config.SANDBOX_CARRIER_API_KEY && config.SANDBOX_CARRIER_WEBHOOK_SECRET) {
    const secrets = config.SANDBOX_CARRIER_WEBHOOK_SECRET.split(',').map((secret) => secret.trim()).filter(Boolean);
    sections[SANDBOX_CARRIER_CODE] = {
      baseUrl: config.SANDBOX_CARRIER_URL,
      apiKey: config.SANDBOX_CARRIER_API_KEY,
      webhookSecret: secrets.length === 1 ? secrets[0] : secrets,
      ...(config.SANDBOX_CARRIER_TIMEOUT_MS ? { timeoutMs: config.SANDBOX_CARRIER_TIMEOUT_MS } : {}),
    };
  }
  return createCarriers(sections, {
    tableRate: {
      rates: async () => {
        const [zones, methods] = await Promise.all([listZones(db), listMethods(db)]);
        return { zones, methods };
      },
      renderLabel: (document) => renderLabelPdf(document),
      newTrackingNumber: randomTrackingDigits,
    },
  });
}

/** The configured carrier with this code, or null when it is not enabled here. */
export function carrierFor(config: Config, db: Database, code: string): Carrier | null {
  return shippingCarriers(config, db).find((carrier) => carrier.code === code) ?? null;
}
