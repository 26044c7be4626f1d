import { describe, expect, it } from 'vitest';
import { Store } from '../../examples/servers/store.js';

describe('Store', () => {
  it('takes ordered units out of stock and prices the order', () => {
    const store = new Store();
    const order = store.createOrder('sku-apple', 2);
    expect(order).toEqual({
      ok: true,
      value: { orderId: 'order-1', sku: 'sku-apple', quantity: 2, totalCents: 100, status: 'created' },
    });
    expect(store.product('sku-apple')?.stock).toBe(8);
  });

  it('refuses unknown products, quantities below one and orders beyond the stock, leaving stock alone', () => {
    const store = new Store();
    expect(store.createOrder('sku-kiwi', 1)).toMatchObject({ ok: false, reason: expect.stringContaining('Unknown') });
    expect(store.createOrder('sku-pear', 0)).toMatchObject({ ok: false });
    expect(store.createOrder('sku-pear', 1.5)).toMatchObject({ ok: false });
    expect(store.createOrder('sku-pear', 4)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Out of stock'),
    });
    expect(store.product('sku-pear')?.stock).toBe(3);
    expect(store.orderIds()).toEqual([]);
  });

  it('pays an order idempotently and refuses unknown orders', () => {
    const store = new Store();
    const created = store.createOrder('sku-pear', 1);
    if (!created.ok) throw new Error(created.reason);
    const first = store.payOrder(created.value.orderId);
    expect(first).toMatchObject({ ok: true, value: { status: 'paid' } });
    expect(store.payOrder(created.value.orderId)).toEqual(first);
    expect(store.payOrder('order-99')).toMatchObject({ ok: false });
  });

  it('hands out copies, so callers cannot change the shop behind its back', () => {
    const store = new Store();
    const created = store.createOrder('sku-apple', 1);
    if (!created.ok) throw new Error(created.reason);
    created.value.status = 'paid';
    expect(store.order(created.value.orderId)?.status).toBe('created');
  });
});
