/**
 * The shop's business state: products, stock and orders. No MCP here, so the rules of the shop can be read (and
 * tested) apart from the protocol plumbing in shop.ts.
 */

export interface Product {
  sku: string;
  name: string;
  priceCents: number;
}

export interface Order {
  orderId: string;
  sku: string;
  quantity: number;
  totalCents: number;
  status: 'created' | 'paid';
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

const PRODUCTS: readonly (Product & { initialStock: number })[] = [
  { sku: 'sku-apple', name: 'Apple', priceCents: 50, initialStock: 10 },
  { sku: 'sku-pear', name: 'Pear', priceCents: 70, initialStock: 3 },
  { sku: 'sku-plum', name: 'Plum', priceCents: 40, initialStock: 0 },
];

export class Store {
  private readonly stock = new Map(PRODUCTS.map((p) => [p.sku, p.initialStock]));
  private readonly orders = new Map<string, Order>();

  products(): Product[] {
    return PRODUCTS.map(({ sku, name, priceCents }) => ({ sku, name, priceCents }));
  }

  product(sku: string): (Product & { stock: number }) | undefined {
    const product = this.products().find((p) => p.sku === sku);
    return product && { ...product, stock: this.stock.get(sku) ?? 0 };
  }

  createOrder(sku: string, quantity: number): Outcome<Order> {
    const product = this.product(sku);
    if (!product) return { ok: false, reason: `Unknown product ${sku}.` };
    if (!Number.isInteger(quantity) || quantity < 1) {
      return { ok: false, reason: `Quantity must be a whole number of at least 1, got ${quantity}.` };
    }
    if (product.stock < quantity) {
      return { ok: false, reason: `Out of stock: ${product.stock} of ${sku} left, ${quantity} requested.` };
    }
    this.stock.set(sku, product.stock - quantity);
    const order: Order = {
      orderId: `order-${this.orders.size + 1}`,
      sku,
      quantity,
      totalCents: quantity * product.priceCents,
      status: 'created',
    };
    this.orders.set(order.orderId, order);
    return { ok: true, value: { ...order } };
  }

  /** Paying an order twice is harmless: the second payment reports the same paid order. */
  payOrder(orderId: string): Outcome<Order> {
    const order = this.orders.get(orderId);
    if (!order) return { ok: false, reason: `Unknown order ${orderId}.` };
    order.status = 'paid';
    return { ok: true, value: { ...order } };
  }

  order(orderId: string): Order | undefined {
    const order = this.orders.get(orderId);
    return order && { ...order };
  }

  orderIds(): string[] {
    return [...this.orders.keys()];
  }
}
