import { getMail, listMail } from '@emporium/platform-mail';
import type { Database } from '@emporium/platform-db';

/**
 * The newest e-mail to `recipient` with `template`, and the token its link carries. Some e-mails are decided by a
 * background job (reset links), so this waits a little for one to appear.
 */
export async function latestMail(db: Database, recipient: string, template: string, options: { timeoutMs?: number } = {}): Promise<{ text: string; token: string | null }> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let summary;
  for (;;) {
    const page = await listMail(db, { limit: 20, recipient });
    summary = page.items.find((item) => item.to === recipient && item.template === template);
    if (summary || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!summary) throw new Error(`no ${template} e-mail to ${recipient}`);
  const mail = await getMail(db, summary.id);
  if (!mail) throw new Error(`e-mail ${summary.id} vanished`);
  const token = /#token=([a-z0-9]+)/.exec(mail.text)?.[1] ?? null;
  return { text: mail.text, token };
}

export async function mailCount(db: Database, recipient: string): Promise<number> {
  return (await listMail(db, { limit: 100, recipient })).items.length;
}
