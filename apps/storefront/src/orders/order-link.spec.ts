import { customerOrderPath, guestOrderPath, isOrderId, readAccessToken } from './order-link';

const token = 'k'.repeat(20) + '_-AbC0123456789xyz';

describe('order links', () => {
  it('puts a guest’s token in the fragment, never the query string', () => {
    const path = guestOrderPath('0b6f7c1e-6a53-4c2e-9f0e-0d4b7f3a9e21', token);
    expect(path).toBe(`/orders/0b6f7c1e-6a53-4c2e-9f0e-0d4b7f3a9e21#${token}`);
    expect(path).not.toContain('?');
    expect(customerOrderPath('0b6f7c1e-6a53-4c2e-9f0e-0d4b7f3a9e21')).toBe('/account/orders/0b6f7c1e-6a53-4c2e-9f0e-0d4b7f3a9e21');
  });

  it('reads the token back from the fragment, and nothing that is not one', () => {
    expect(readAccessToken(`#${token}`)).toBe(token);
    expect(readAccessToken(token)).toBe(token);
    expect(readAccessToken('#short')).toBeNull();
    expect(readAccessToken('#<script>alert(1)</script>'.padEnd(40, 'x'))).toBeNull();
    expect(readAccessToken('')).toBeNull();
    expect(readAccessToken('#%E0%A4%A')).toBeNull();
  });

  it('knows an order id', () => {
    expect(isOrderId('0b6f7c1e-6a53-4c2e-9f0e-0d4b7f3a9e21')).toBe(true);
    expect(isOrderId('1042-9')).toBe(false);
  });
});
