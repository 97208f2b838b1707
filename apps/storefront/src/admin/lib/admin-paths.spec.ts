import { adminPaths, signInPath } from './admin-paths';

describe('signInPath', () => {
  it('asks the sign-in page to return to the admin page the visitor wanted', () => {
    expect(signInPath('/admin/products?status=draft')).toBe('/account/sign-in?next=%2Fadmin%2Fproducts%3Fstatus%3Ddraft');
    expect(signInPath('/admin')).toBe('/account/sign-in?next=%2Fadmin');
  });

  it('never passes on a place outside the admin', () => {
    expect(signInPath('//evil.example/admin/')).toBe('/account/sign-in?next=%2Fadmin');
    expect(signInPath('/administrator')).toBe('/account/sign-in?next=%2Fadmin');
  });
});

describe('adminPaths', () => {
  it('encodes ids into paths', () => {
    expect(adminPaths.product('a/b')).toBe('/admin/products/a%2Fb');
    expect(adminPaths.sku('MUG.1')).toBe('/admin/inventory/sku/MUG.1');
    expect(adminPaths.sku('alerts')).toBe('/admin/inventory/sku/alerts');
    expect(adminPaths.promotion('0b9f/x')).toBe('/admin/promotions/0b9f%2Fx');
    expect(adminPaths.shippingZone('0b9f/x')).toBe('/admin/shipping/zones/0b9f%2Fx');
    expect(adminPaths.newShippingZone).toBe('/admin/shipping/zones/new');
    expect(adminPaths.payment('0b9f/x')).toBe('/admin/payments/0b9f%2Fx');
  });
});
