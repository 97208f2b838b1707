import { z } from 'zod';
import { isValidSlug, MAX_SLUG_LENGTH } from '@emporium/catalog-domain';

export const MAX_PAGE_SIZE = 100;

export const listProductsInput = z
  .object({
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    cursor: z.string().min(1).max(2048).optional(),
    /** Words that must all appear in the title or description (case-insensitive). Full-text search comes later. */
    q: z.string().trim().min(1).max(200).optional(),
    /** Sent by tRPC's infinite queries; the listing only pages forward. */
    direction: z.literal('forward').optional(),
  })
  .strict()
  .default({ limit: 20 });

export const productBySlugInput = z
  .object({
    slug: z.string().min(1).max(MAX_SLUG_LENGTH).refine(isValidSlug, 'must be lower-case letters, digits and single hyphens'),
  })
  .strict();
