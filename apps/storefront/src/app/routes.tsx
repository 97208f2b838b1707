import { Spinner } from '@emporium/ui';
import { type RouteObject } from 'react-router';
import { CartPage } from '../pages/cart-page';
import { CategoryPage } from '../pages/category-page';
import { HomePage } from '../pages/home-page';
import { NotFoundPage } from '../pages/not-found-page';
import { PayPage } from '../pages/pay-page';
import { ProductPage } from '../pages/product-page';
import { ProductsPage } from '../pages/products-page';
import { SearchPage } from '../pages/search-page';
import { TrackPage } from '../pages/track-page';
import { AppShell } from './app-shell';
import { RouteErrorBoundary } from './route-error-boundary';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    // Catches a failure of the shell itself; page failures are caught below, inside the shell.
    errorElement: <RouteErrorBoundary standalone />,
    children: [
      {
        // A pathless layer so a failing page keeps the header and footer around its error message.
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'products', element: <ProductsPage /> },
          { path: 'products/:slug', element: <ProductPage /> },
          { path: 'c/:slug', element: <CategoryPage /> },
          { path: 'search', element: <SearchPage /> },
          { path: 'cart', element: <CartPage /> },
          { path: 'track', element: <TrackPage /> },
          { path: 'pay/:paymentId', element: <PayPage /> },
          // The checkout and the order pages load on demand, with the address forms and the payment step.
          { path: 'checkout', lazy: async () => ({ Component: (await import('../pages/checkout-page')).CheckoutPage }), hydrateFallbackElement: <Spinner size="lg" label="Loading the checkout" /> },
          {
            path: 'checkout/confirmation/:orderId',
            lazy: async () => ({ Component: (await import('../pages/checkout-confirmation-page')).CheckoutConfirmationPage }),
            hydrateFallbackElement: <Spinner size="lg" label="Loading your order" />,
          },
          // Before `orders/:orderId`, so "lookup" is not taken for an order id.
          { path: 'orders/lookup', lazy: async () => ({ Component: (await import('../pages/order-lookup-page')).OrderLookupPage }), hydrateFallbackElement: <Spinner size="lg" label="Loading" /> },
          { path: 'orders/:orderId', lazy: async () => ({ Component: (await import('../pages/guest-order-page')).GuestOrderPage }), hydrateFallbackElement: <Spinner size="lg" label="Loading your order" /> },
          {
            // The account area is its own chunk: its forms and their schemas never weigh on the catalogue's first load.
            path: 'account/*',
            lazy: async () => ({ Component: (await import('../pages/account-page')).AccountPage }),
            hydrateFallbackElement: <Spinner size="lg" label="Loading your account" className="account-route-loading" />,
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    // The admin area: its own layout, and a chunk of its own (code and styles) that only staff who open it download.
    path: 'admin/*',
    lazy: async () => ({ Component: (await import('../admin/admin-app')).AdminApp }),
    errorElement: <RouteErrorBoundary standalone />,
    hydrateFallbackElement: <p role="status" className="container">Loading the admin…</p>,
  },
];
