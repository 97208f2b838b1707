import './purchased-lines.css';
import { Price } from '@emporium/ui';
import { type ReactNode } from 'react';
import { lineOptionsText } from './line-options';
import type { OrderLineView, OrderView } from './order-types';

export interface PurchasedLine {
  readonly key: string;
  readonly title: string;
  readonly sku: string;
  readonly options: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly quantity: number;
  /** Minor units, in the list's currency. */
  readonly unitPrice: number;
  readonly subtotal: number;
  readonly total: number;
  /** What happened to the line since (shipped, delivered, returned), when the list shows an order. */
  readonly note?: ReactNode;
}

/** An order's lines as the list shows them; `note` adds what happened to each since (the order page). */
export function orderPurchasedLines(order: OrderView, note?: (line: OrderLineView) => ReactNode): PurchasedLine[] {
  return order.lines.map((line) => ({
    key: line.lineId,
    title: line.title,
    sku: line.sku,
    options: line.options,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    subtotal: line.subtotal,
    total: line.total,
    ...(note ? { note: note(line) } : {}),
  }));
}

/** What was bought: each line's product, options, quantity and price, with its discount when it had one. */
export function PurchasedLines({ lines, currency, label }: { readonly lines: readonly PurchasedLine[]; readonly currency: string; readonly label: string }) {
  return (
    <ul className="purchased-lines" aria-label={label}>
      {lines.map((line) => {
        const options = lineOptionsText(line.options);
        return (
          <li key={line.key} className="purchased-line">
            <div className="purchased-line__what">
              <span className="purchased-line__title">{line.title}</span>
              {options && <span className="purchased-line__options">{options}</span>}
              <span className="purchased-line__quantity">
                {line.quantity} × <Price amount={line.unitPrice} currency={currency} size="sm" />
              </span>
              {line.note && <span className="purchased-line__note">{line.note}</span>}
            </div>
            <div className="purchased-line__total">
              <Price amount={line.total} currency={currency} compareAt={line.total < line.subtotal ? line.subtotal : null} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
