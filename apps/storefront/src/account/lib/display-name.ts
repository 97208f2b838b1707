/** How to address someone: their first name, else the part of their e-mail address before the @. */
export function firstName(user: { readonly name: string | null; readonly email: string }): string {
  const first = user.name?.trim().split(/\s+/)[0];
  if (first) return first;
  const at = user.email.indexOf('@');
  return at > 0 ? user.email.slice(0, at) : user.email;
}
