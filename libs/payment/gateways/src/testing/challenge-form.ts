import type { GatewayIntent } from '../lib/gateway';

/**
 * Completes a challenge as the shopper would: posts `outcome=complete` to its page, which answers 303 back to the
 * shop. With `expectButton`, first checks that the page offers a Complete button at all.
 */
export async function submitChallenge(challenged: GatewayIntent, { expectButton = false } = {}): Promise<void> {
  const url = challenged.nextAction?.url;
  if (!url) throw new Error('no challenge to complete');
  if (expectButton && !(await (await fetch(url)).text()).includes('value="complete"')) throw new Error('the challenge page has no Complete button');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'outcome=complete',
    redirect: 'manual',
  });
  if (response.status !== 303) throw new Error(`the challenge answered ${response.status}`);
}
