import type { TRPCError } from '@trpc/server';
import type { CartStoreResult, PromotionFailure, RedeemFailure, TaxSettingsFailure } from '@emporium/cart-data-access';
import { domainError, invalidInput } from '@emporium/platform-trpc';
import { couponRejectionText as describeCouponRejection } from './shopper-text';

/** The typed error a client sees for each expected failure of promotions, codes, redemptions and tax settings. */
export function promotionError(failure: PromotionFailure | RedeemFailure | TaxSettingsFailure): TRPCError {
  switch (failure.type) {
    case 'UnknownPromotion':
      return domainError('NOT_FOUND', 'PROMOTION_NOT_FOUND', 'No such promotion', { promotionId: failure.promotionId });
    case 'HasCodes':
      return domainError('CONFLICT', 'PROMOTION_HAS_CODES', `This promotion has ${failure.codeCount} coupon code(s): a promotion with codes cannot apply automatically`, {
        promotionId: failure.promotionId,
        codeCount: failure.codeCount,
      });
    case 'AutomaticHasNoCodes':
      return domainError('CONFLICT', 'PROMOTION_IS_AUTOMATIC', 'This promotion applies automatically: it takes no coupon codes', { promotionId: failure.promotionId });
    case 'CodeTaken':
      return invalidInput([{ path: 'code', message: `The code ${failure.code} is already in use` }]);
    case 'UnknownCouponCode':
      return domainError('NOT_FOUND', 'COUPON_CODE_NOT_FOUND', 'No such coupon code', { codeId: failure.codeId });
    case 'UnknownCouponBatch':
      return domainError('NOT_FOUND', 'COUPON_BATCH_NOT_FOUND', 'No such batch of coupon codes', { batchId: failure.batchId });

    case 'UnknownCode':
      return domainError('NOT_FOUND', 'COUPON_NOT_FOUND', `No coupon has the code ${failure.code}`, { code: failure.code });
    case 'Inactive':
      return domainError('CONFLICT', 'COUPON_INACTIVE', `Coupon ${failure.code} is not active`, { code: failure.code });
    case 'NotStarted':
      return domainError('CONFLICT', 'COUPON_NOT_STARTED', describeCouponRejection(failure.code, { type: 'not_started', startsAt: failure.startsAt }), {
        code: failure.code,
        startsAt: failure.startsAt.toISOString(),
      });
    case 'Expired':
      return domainError('CONFLICT', 'COUPON_EXPIRED', describeCouponRejection(failure.code, { type: 'expired', endsAt: failure.endsAt }), {
        code: failure.code,
        endsAt: failure.endsAt.toISOString(),
      });
    case 'UsageLimitReached':
      return domainError('CONFLICT', 'COUPON_USAGE_LIMIT_REACHED', describeCouponRejection(failure.code, { type: 'usage_limit_reached', limit: failure.limit }), {
        code: failure.code,
        limit: failure.limit,
      });
    case 'CustomerLimitReached':
      return domainError('CONFLICT', 'COUPON_CUSTOMER_LIMIT_REACHED', describeCouponRejection(failure.code, { type: 'customer_limit_reached', limit: failure.limit }), {
        code: failure.code,
        limit: failure.limit,
      });

    case 'TaxClassTaken':
      return invalidInput([{ path: 'code', message: `The tax class ${failure.code} already exists` }]);
    case 'TaxRegionTaken':
      return invalidInput([
        { path: 'region', message: failure.region === null ? `${failure.country} already has country-wide rates` : `${failure.country}-${failure.region} already has rates` },
      ]);
    case 'UnknownTaxRegion':
      return domainError('NOT_FOUND', 'TAX_REGION_NOT_FOUND', 'No such tax region', { regionId: failure.regionId });
    case 'UnknownTaxClass':
      return invalidInput([
        { path: failure.rateIndex === undefined ? 'shippingTaxClass' : `rates.${failure.rateIndex}.taxClass`, message: `There is no tax class ${failure.taxClass}` },
      ]);
  }
}

/** The value of a successful result; the typed error of a failed one. */
export function unwrap<T>(result: CartStoreResult<T, PromotionFailure | RedeemFailure | TaxSettingsFailure>): T {
  if (!result.ok) throw promotionError(result.error);
  return result.value;
}
