import { Link } from 'react-router';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner container">
        <p className="site-footer__brand">
          <strong>Emporium</strong> — everyday things, made to last.
        </p>
        <nav aria-label="Footer">
          <ul className="site-footer__links">
            <li>
              <Link to="/products">All products</Link>
            </li>
            <li>
              <Link to="/account">Account</Link>
            </li>
            <li>
              <Link to="/cart">Cart</Link>
            </li>
            <li>
              <Link to="/track">Track a parcel</Link>
            </li>
            <li>
              <Link to="/orders/lookup">Find your order</Link>
            </li>
          </ul>
        </nav>
        <p className="site-footer__note">An open-source e-commerce platform.</p>
      </div>
    </footer>
  );
}
