// Asset-conversion swaps against the genesis pools.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { UNIT, assetBalance, connect, devAccounts, freeBalance, submit } from './lib/chain.js';

let api;
const { dave } = devAccounts();
const NATIVE = 'Native';
const USDR = { WithId: 1 };
before(async () => {
  api = await connect();
});
after(async () => {
  await api?.disconnect();
});

test('every demo token has a seeded pool against the native token', async () => {
  for (const id of [1, 2, 3]) {
    const reserves = await api.call.assetConversionApi.getReserves(NATIVE, { WithId: id });
    assert.ok(reserves.isSome, `no pool for asset ${id}`);
    const [native, token] = reserves.unwrap();
    assert.ok(native.toBigInt() > 0n && token.toBigInt() > 0n, `empty pool for asset ${id}`);
  }
});

test('swapping 10 RTM for USDR pays out the quoted amount', async () => {
  const amountIn = 10n * UNIT;
  const quote = (await api.call.assetConversionApi.quotePriceExactTokensForTokens(NATIVE, USDR, amountIn, true))
    .unwrap()
    .toBigInt();
  assert.ok(quote > 0n);
  const [usdrBefore, nativeBefore] = [await assetBalance(api, 1, dave.address), await freeBalance(api, dave.address)];
  const tx = api.tx.assetConversion.swapExactTokensForTokens([NATIVE, USDR], amountIn, quote, dave.address, true);
  const result = await submit(api, tx, dave);
  assert.equal(result.ok, true, result.error);
  assert.equal((await assetBalance(api, 1, dave.address)) - usdrBefore, quote);
  assert.equal(nativeBefore - (await freeBalance(api, dave.address)), amountIn + result.fee);
  assert.ok(result.events.some((e) => api.events.assetConversion.SwapExecuted.is(e)), 'no SwapExecuted event');
});

test('a swap asking for more than the pool pays fails and changes nothing but the fee', async () => {
  const amountIn = 10n * UNIT;
  const quote = (await api.call.assetConversionApi.quotePriceExactTokensForTokens(NATIVE, USDR, amountIn, true))
    .unwrap()
    .toBigInt();
  const [usdrBefore, nativeBefore] = [await assetBalance(api, 1, dave.address), await freeBalance(api, dave.address)];
  const tx = api.tx.assetConversion.swapExactTokensForTokens([NATIVE, USDR], amountIn, quote * 2n, dave.address, true);
  const result = await submit(api, tx, dave);
  assert.equal(result.ok, false);
  assert.equal(result.error, 'assetConversion.ProvidedMinimumNotSufficientForSwap');
  assert.equal(await assetBalance(api, 1, dave.address), usdrBefore);
  assert.equal(nativeBefore - (await freeBalance(api, dave.address)), result.fee);
});
