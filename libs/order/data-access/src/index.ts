export { orderMigrationSet } from './lib/order.migrations';
export { ORDER_SCHEMA, orderDb, type OrderTables } from './lib/order.tables';
export {
  createOrder,
  getOrder,
  getOrderByNumber,
  type LineFactsChange,
  listCustomerOrders,
  listOrders,
  lockOrder,
  markCancelled,
  type NewOrder,
  type Order,
  type OrderFilter,
  orderFacts,
  type OrderTotalsStored,
  type StoredOrderLine,
  updateLineFacts,
} from './lib/orders';
export { appendTimeline, listTimeline, type NewTimelineEntry, type TimelineEntry } from './lib/timeline';
export { addNote, listNotes, type OrderNote } from './lib/notes';
export { createReturnRequest, listReturnRequests, type ReturnRequest, type ReturnRequestStatus, updateReturnRequest } from './lib/return-requests';
export { advanceFulfilment, createFulfilment, findFulfilmentByShipment, type Fulfilment, type FulfilmentStatus, listFulfilments } from './lib/fulfilments';
export {
  applyEdit,
  dayFigures,
  markConfirmationQueued,
  nextPaymentSeq,
  type OrderDayFigures,
  orderIdByCheckoutAttempt,
  orderIdByNumber,
  ordersAwaitingFulfilment,
} from './lib/order-bookkeeping';
export { LOOKUP_GUESS_POLICY, orderLookupGuesses } from './lib/lookup-guesses';
