import { amounts, expiryAction, paymentStatus } from '@emporium/payment-domain';
import { appendLedger, authorizedBefore, loadLedger, lockPayment, paymentsWithUnsettledAttempts, updatePayment } from '@emporium/payment-data-access';
import type { Config } from '@emporium/platform-config';
import { inTransaction } from '@emporium/platform-db';
import type { JobContext, JobDefinition } from '@emporium/platform-events';
import { PAYMENT_EVENTS } from './payment-events';
import type { PaymentDeps } from './payment-deps';
import { perform } from './payment-operations';
import { inFlightWindowMs, reconcilePayment } from './payment-reconciliation';

/** Payments looked at per run; a backlog drains over the following runs. */
const BATCH = 200;
const HOUR_MS = 3_600_000;
/** Authorisations are handled this long before they lapse, so the capture or cancel reaches the gateway in time. */
const EXPIRY_MARGIN_HOURS = 12;

const depsOf = (config: Config, context: JobContext): PaymentDeps => ({ db: context.db, config, events: context.events, logger: context.logger });

/**
 * Every minute: attempts left pending by a process that died mid-call (older than any call can take) or unknown after
 * a timeout are settled by reading the payment back from the gateway — never by calling again.
 */
function reconcileJob(config: Config): JobDefinition {
  return {
    name: 'payment.reconcile-attempts',
    cron: '* * * * *',
    // After a restart, at once (well: once a call cut off by the crash can no longer be in flight anywhere).
    runOnStart: { afterSeconds: Math.ceil((config.PAYMENT_GATEWAY_TIMEOUT_MS * 3 + 5_000) / 1000) },
    async handle(_data, context) {
      const deps = depsOf(config, context);
      const ids = await paymentsWithUnsettledAttempts(deps.db, new Date(Date.now() - inFlightWindowMs(deps)), BATCH);
      for (const id of ids) {
        const { state, outcomes } = await reconcilePayment(deps, id);
        if (outcomes.size > 0) deps.logger.info({ paymentId: id, outcomes: Object.fromEntries(outcomes) }, 'payment attempts reconciled');
        if (state === 'unreachable') deps.logger.warn({ paymentId: id }, 'payment gateway unreachable; reconciling again next minute');
      }
    },
  };
}

/**
 * Every hour: authorisations about to lapse (PAYMENT_AUTHORIZATION_DAYS, less a margin) are captured or cancelled as
 * PAYMENT_EXPIRY_POLICY says, and ones that lapsed are recorded as expired; each publishes its event for the order
 * service (`payment.captured`, `payment.voided`, `payment.expired`).
 */
function expiryJob(config: Config): JobDefinition {
  return {
    name: 'payment.expire-authorizations',
    cron: '23 * * * *',
    async handle(_data, context) {
      const deps = depsOf(config, context);
      const window = { days: config.PAYMENT_AUTHORIZATION_DAYS, marginHours: EXPIRY_MARGIN_HOURS };
      const before = new Date(Date.now() - (config.PAYMENT_AUTHORIZATION_DAYS * 24 - EXPIRY_MARGIN_HOURS) * HOUR_MS);
      for (const id of await authorizedBefore(deps.db, before, BATCH)) {
        const ledger = await loadLedger(deps.db, id);
        const action = expiryAction(config.PAYMENT_EXPIRY_POLICY, ledger, new Date(), window);
        try {
          if (action.type === 'capture') await perform(deps, id, { operation: 'capture', amount: action.amount }, 'job:expire-authorizations');
          else if (action.type === 'void') await perform(deps, id, { operation: 'void' }, 'job:expire-authorizations');
          else if (action.type === 'record_expiry') await recordExpiry(deps, id);
        } catch (error) {
          deps.logger.warn({ paymentId: id, action: action.type, err: error }, 'could not settle an authorisation about to lapse; trying again next hour');
        }
      }
    },
  };
}

/** The authorisation lapsed at the gateway: the hold is gone, so the ledger closes it. */
async function recordExpiry(deps: PaymentDeps, paymentId: string): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    const payment = await lockPayment(trx, paymentId);
    if (!payment) return;
    const ledger = await loadLedger(trx, paymentId);
    const action = expiryAction(deps.config.PAYMENT_EXPIRY_POLICY, ledger, new Date(), { days: deps.config.PAYMENT_AUTHORIZATION_DAYS });
    if (action.type !== 'record_expiry') return;
    await appendLedger(trx, paymentId, [{ kind: 'authorization_expired', amount: action.amount, at: new Date(), reference: `${paymentId}:expired` }]);
    const after = await loadLedger(trx, paymentId);
    const status = paymentStatus(payment.status, after);
    await updatePayment(trx, paymentId, { status });
    await deps.events.publish(trx, PAYMENT_EVENTS.expired, { paymentId, reference: payment.reference, status, currency: payment.currency, amount: payment.amount, ...amounts(after) });
  });
}

/** The payment service's scheduled jobs (they need the gateways, so they are built from the config). */
export function paymentJobs(config: Config): JobDefinition[] {
  return [reconcileJob(config), expiryJob(config)];
}
