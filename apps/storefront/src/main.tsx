import '@emporium/ui/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
// From /dom: this RouterProvider can flush a navigation synchronously (flushSync), which the filters rely on.
import { RouterProvider } from 'react-router/dom';
import { ApiProvider } from './app/api-provider';
import { routes } from './app/routes';
import { ShopCurrencyProvider } from './app/shop-currency-provider';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain an element with id="root".');

const router = createBrowserRouter(routes);

createRoot(container).render(
  <StrictMode>
    <ApiProvider>
      <ShopCurrencyProvider>
        <RouterProvider router={router} />
      </ShopCurrencyProvider>
    </ApiProvider>
  </StrictMode>,
);
