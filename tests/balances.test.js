// Native-token transfers: the right amounts move, the fee is charged, bad input changes nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { UNIT, connect, devAccounts, freeBalance, submit } from './lib/chain.js';

let api;
const { alice, bob } = devAccounts();
before(async () => {
  api = await connect();
});
after(async () => {
  await api?.disconnect();
});

test('Alice pays Bob 1.5 RTM: Bob gains the amount, Alice loses it plus the fee', async () => {
  const amount = (3n * UNIT) / 2n;
  const [aliceBefore, bobBefore] = [await freeBalance(api, alice.address), await freeBalance(api, bob.address)];
  const result = await submit(api, api.tx.balances.transferKeepAlive(bob.address, amount), alice);
  assert.equal(result.ok, true, result.error);
  assert.ok(result.fee > 0n, 'no fee was charged');
  const [aliceAfter, bobAfter] = [await freeBalance(api, alice.address), await freeBalance(api, bob.address)];
  assert.equal(bobAfter - bobBefore, amount);
  assert.equal(aliceBefore - aliceAfter, amount + result.fee);
  assert.ok(
    result.events.some((e) => api.events.balances.Transfer.is(e) && e.data.amount.toBigInt() === amount),
    'no Transfer event with the amount',
  );
});

test('a transfer above the balance fails with FundsUnavailable and moves nothing but the fee', async () => {
  const [aliceBefore, bobBefore] = [await freeBalance(api, alice.address), await freeBalance(api, bob.address)];
  const result = await submit(api, api.tx.balances.transferKeepAlive(bob.address, aliceBefore * 2n), alice);
  assert.equal(result.ok, false);
  assert.match(result.error, /FundsUnavailable/);
  const [aliceAfter, bobAfter] = [await freeBalance(api, alice.address), await freeBalance(api, bob.address)];
  assert.equal(bobAfter, bobBefore);
  assert.equal(aliceBefore - aliceAfter, result.fee);
});
