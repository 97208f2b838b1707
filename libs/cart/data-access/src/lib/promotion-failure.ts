/** Expected failures of the promotion store: what only the stored state can tell (input shapes are checked before). */
export type PromotionFailure =
  | { readonly type: 'UnknownPromotion'; readonly promotionId: string }
  /** A promotion with coupon codes cannot become automatic: its codes would silently stop meaning anything. */
  | { readonly type: 'HasCodes'; readonly promotionId: string; readonly codeCount: number }
  /** An automatic promotion applies to every cart it fits: a code for it would mean nothing. */
  | { readonly type: 'AutomaticHasNoCodes'; readonly promotionId: string }
  | { readonly type: 'CodeTaken'; readonly code: string }
  | { readonly type: 'UnknownCouponCode'; readonly codeId: string }
  | { readonly type: 'UnknownCouponBatch'; readonly batchId: string };

/** Why a code cannot be redeemed for an order, in the order they are checked. */
export type RedeemFailure =
  | { readonly type: 'UnknownCode'; readonly code: string }
  /** The code or its promotion is switched off. */
  | { readonly type: 'Inactive'; readonly code: string }
  | { readonly type: 'NotStarted'; readonly code: string; readonly startsAt: Date }
  | { readonly type: 'Expired'; readonly code: string; readonly endsAt: Date }
  /** The code's own limit (a single-use code) or the promotion's, whichever was reached. */
  | { readonly type: 'UsageLimitReached'; readonly code: string; readonly limit: number }
  | { readonly type: 'CustomerLimitReached'; readonly code: string; readonly limit: number };
