import { z } from 'zod';
import { isValidSlug, MAX_SLUG_LENGTH } from '@emporium/catalog-domain';

export const MAX_PAGE_SIZE = 100;

export const listProductsInput = z
  .object({
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    cursor: z.string().min(1).max(2048).optional(),
  })
  .strict()
  .default({ limit: 20 });

export const productBySlugInput = z
  .object({
    slug: z.string().min(1).max(MAX_SLUG_LENGTH).refine(isValidSlug, 'must be lower-case letters, digits and single hyphens'),
  })
  .strict();
