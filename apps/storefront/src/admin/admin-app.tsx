import './admin.css';
import { ToastProvider } from '@emporium/ui';
import { Route, Routes } from 'react-router';
import { AdminGate } from './admin-gate';
import { AdminLayout } from './admin-layout';
import { AdminNotFound } from './admin-not-found';
import { CategoriesPage } from './categories/categories-page';
import { CollectionPage } from './collections/collection-page';
import { CollectionsPage } from './collections/collections-page';
import { CustomerPage } from './customers/customer-page';
import { CustomersPage } from './customers/customers-page';
import { DashboardPage } from './dashboard/dashboard-page';
import { CsvPage } from './import/csv-page';
import { AlertsPage } from './inventory/alerts-page';
import { LocationsPage } from './inventory/locations-page';
import { SkuStockPage } from './inventory/sku-stock-page';
import { StockPage } from './inventory/stock-page';
import { MailboxPage } from './mailbox/mailbox-page';
import { MessagePage } from './mailbox/message-page';
import { OrderPage } from './orders/order-page';
import { OrdersPage } from './orders/orders-page';
import { PaymentPage } from './payments/payment-page';
import { PaymentsPage } from './payments/payments-page';
import { NewProductPage } from './products/new-product-page';
import { ProductEditorPage } from './products/product-editor-page';
import { ProductsPage } from './products/products-page';
import { PromotionEditorPage } from './promotions/promotion-editor-page';
import { PromotionsPage } from './promotions/promotions-page';
import { ShipmentPage } from './shipments/shipment-page';
import { ShipmentsPage } from './shipments/shipments-page';
import { ShippingPage } from './shipping/shipping-page';
import { ZoneEditorPage } from './shipping/zone-editor-page';
import { TaxPage } from './tax/tax-page';

/**
 * The admin area at /admin/*, loaded as its own chunk (with its own stylesheet) the first time someone opens it,
 * so shoppers never download it. Staff only: the gate sends visitors to sign in and shows customers a refusal —
 * the API refuses every procedure used here to anyone but staff anyway.
 */
export function AdminApp() {
  return (
    <ToastProvider>
      <AdminGate>
        {(user) => (
          <Routes>
            <Route element={<AdminLayout user={user} />}>
              <Route index element={<DashboardPage />} />
              <Route path="orders" element={<OrdersPage />} />
              <Route path="orders/:orderId" element={<OrderPage />} />
              <Route path="products" element={<ProductsPage />} />
              <Route path="products/new" element={<NewProductPage />} />
              <Route path="products/:id" element={<ProductEditorPage />} />
              <Route path="categories" element={<CategoriesPage />} />
              <Route path="collections" element={<CollectionsPage />} />
              <Route path="collections/:id" element={<CollectionPage />} />
              <Route path="inventory" element={<StockPage />} />
              <Route path="inventory/alerts" element={<AlertsPage />} />
              <Route path="inventory/locations" element={<LocationsPage />} />
              <Route path="inventory/sku/:sku" element={<SkuStockPage />} />
              <Route path="promotions" element={<PromotionsPage />} />
              <Route path="promotions/new" element={<PromotionEditorPage />} />
              <Route path="promotions/:id" element={<PromotionEditorPage />} />
              <Route path="tax" element={<TaxPage viewer={user} />} />
              <Route path="shipping" element={<ShippingPage />} />
              <Route path="shipping/zones/new" element={<ZoneEditorPage />} />
              <Route path="shipping/zones/:id" element={<ZoneEditorPage />} />
              <Route path="shipments" element={<ShipmentsPage />} />
              <Route path="shipments/:id" element={<ShipmentPage />} />
              <Route path="payments" element={<PaymentsPage />} />
              <Route path="payments/:id" element={<PaymentPage />} />
              <Route path="import" element={<CsvPage />} />
              <Route path="customers" element={<CustomersPage />} />
              <Route path="customers/:id" element={<CustomerPage viewer={user} />} />
              <Route path="mailbox" element={<MailboxPage />} />
              <Route path="mailbox/:id" element={<MessagePage />} />
              <Route path="*" element={<AdminNotFound />} />
            </Route>
          </Routes>
        )}
      </AdminGate>
    </ToastProvider>
  );
}
