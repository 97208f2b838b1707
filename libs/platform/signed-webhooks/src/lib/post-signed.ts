import { signTimestampedHmac } from './timestamped-hmac';

export interface SignedPost {
  url: string;
  secret: string;
  /** The exact bytes sent and signed. */
  body: string;
  signatureHeader: string;
  userAgent: string;
  /** Default `application/json`. */
  contentType?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** One signed POST: the status code, or null and the error when the receiver never answered (refused, reset, timed out). */
export async function postSigned(post: SignedPost): Promise<{ statusCode: number; error?: undefined } | { statusCode: null; error: unknown }> {
  const timeout = AbortSignal.timeout(post.timeoutMs);
  try {
    const response = await fetch(post.url, {
      method: 'POST',
      headers: {
        'content-type': post.contentType ?? 'application/json',
        'user-agent': post.userAgent,
        [post.signatureHeader]: signTimestampedHmac(post.secret, post.body, Date.now() / 1000),
      },
      body: post.body,
      signal: post.signal ? AbortSignal.any([timeout, post.signal]) : timeout,
    });
    // Only the status matters; the body is dropped so the connection can be reused.
    await response.body?.cancel().catch(() => undefined);
    return { statusCode: response.status };
  } catch (error) {
    return { statusCode: null, error };
  }
}
