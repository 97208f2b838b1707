/** A customer as redemptions count them: a user id, or a guest's e-mail, compared trimmed and lower-cased. */
export function customerKeyOf(raw: string | null): string | null {
  const key = raw?.trim().toLowerCase();
  return key ? key : null;
}
