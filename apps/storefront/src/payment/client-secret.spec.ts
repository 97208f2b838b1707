import { describe, expect, it } from 'vitest';
import { addressWithoutFragment, forgetSecret, readFragmentSecret, recallSecret, rememberSecret, secretStorageKey } from './client-secret';

const SECRET = 'pay_secret_AbCdEfGhIjKlMnOpQrStUvWx-_12';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('readFragmentSecret', () => {
  it('takes the client secret from a payment link’s fragment', () => {
    expect(readFragmentSecret(`#${SECRET}`)).toBe(SECRET);
    expect(readFragmentSecret(SECRET)).toBe(SECRET);
  });

  it('reads a secret a mail client percent-encoded', () => {
    expect(readFragmentSecret(`#${encodeURIComponent(SECRET)}`)).toBe(SECRET);
  });

  it('ignores an empty fragment, another anchor and a cut-off secret', () => {
    expect(readFragmentSecret('')).toBeNull();
    expect(readFragmentSecret('#')).toBeNull();
    expect(readFragmentSecret('#main')).toBeNull();
    expect(readFragmentSecret('#pay_secret_short')).toBeNull();
    expect(readFragmentSecret('#pay_secret_AbCdEfGhIjKlMnOp<script>')).toBeNull();
    expect(readFragmentSecret('#%E0%A4%A')).toBeNull();
  });
});

describe('addressWithoutFragment', () => {
  it('keeps the path and query and drops the fragment that held the secret', () => {
    expect(addressWithoutFragment({ pathname: '/pay/3f1c', search: '' })).toBe('/pay/3f1c');
    expect(addressWithoutFragment({ pathname: '/pay/3f1c', search: '?payment_intent=pi_1' })).toBe('/pay/3f1c?payment_intent=pi_1');
  });
});

describe('remembering the secret for the return from a challenge', () => {
  it('keeps one secret per payment and gives it back', () => {
    const storage = memoryStorage();
    rememberSecret(storage, 'payment-a', SECRET);
    expect(storage.items.get(secretStorageKey('payment-a'))).toBe(SECRET);
    expect(recallSecret(storage, 'payment-a')).toBe(SECRET);
    expect(recallSecret(storage, 'payment-b')).toBeNull();
    forgetSecret(storage, 'payment-a');
    expect(recallSecret(storage, 'payment-a')).toBeNull();
  });

  it('does not hand back a value that is not a client secret', () => {
    const storage = memoryStorage();
    storage.setItem(secretStorageKey('payment-a'), 'something else');
    expect(recallSecret(storage, 'payment-a')).toBeNull();
  });

  it('works on without storage, or with storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => rememberSecret(throwing, 'payment-a', SECRET)).not.toThrow();
    expect(recallSecret(throwing, 'payment-a')).toBeNull();
    expect(() => forgetSecret(throwing, 'payment-a')).not.toThrow();
    expect(recallSecret(null, 'payment-a')).toBeNull();
  });
});
