// Fees in any pooled token (pallet-fee-pools behind ChargeAssetTxPayment): automatic choice of
// the cheapest fee token, an explicit assetId, refunds, and rejection of a payer who cannot pay.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { assetBalance, connect, devAccounts, freeBalance, submit } from './lib/chain.js';

const USDR = 1; // sufficient, 6 decimals, 0.3% fee premium
const GEM = 2; // 10 decimals, 1% fee premium
const RPT = 4; // sufficient, 6 decimals, paired on the AMM with USDR only: routed through USDR's pool
const MILLI = 10n ** 9n; // a thousandth of RTM: the existential deposit

/** How Polkadot.js names a local asset in `assetId`: Asset Hub's convention, an XCM location. */
const location = (id) => ({ parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: id }] } });

let api;
const { alice, bob } = devAccounts();
const keyring = new Keyring({ type: 'sr25519' });
// Fresh accounts, so that reruns against the same chain start from the same state.
const run = Date.now();
const zoe = keyring.addFromUri(`//RustoriumFees//Zoe//${run}`); // USDR only, no native
const yan = keyring.addFromUri(`//RustoriumFees//Yan//${run}`); // USDR and GEM, native too little for a fee
const nobody = keyring.addFromUri(`//RustoriumFees//Nobody//${run}`);
const xia = keyring.addFromUri(`//RustoriumFees//Xia//${run}`); // GEM, native too little for a fee
const wes = keyring.addFromUri(`//RustoriumFees//Wes//${run}`); // RPT only, no native

before(async () => {
  api = await connect();
  for (const tx of [
    api.tx.assets.transfer(USDR, zoe.address, 1_000n * 10n ** 6n),
    api.tx.balances.transferKeepAlive(yan.address, (3n * MILLI) / 2n),
    api.tx.assets.transfer(USDR, yan.address, 1_000n * 10n ** 6n),
    api.tx.assets.transfer(GEM, yan.address, 1_000n * 10n ** 10n),
    api.tx.balances.transferKeepAlive(xia.address, (3n * MILLI) / 2n),
    api.tx.assets.transfer(GEM, xia.address, 1_000n * 10n ** 10n),
    api.tx.assets.transfer(RPT, wes.address, 1_000n * 10n ** 6n),
  ]) {
    const result = await submit(api, tx, alice);
    assert.equal(result.ok, true, result.error);
  }
});
after(async () => {
  await api?.disconnect();
});

/** The feePools.FeeCharged and FeeRefunded events of `who` in `events`. */
function feeEvents(events, who) {
  const mine = (e) => e.data.who.toString() === who.address;
  const charged = events.filter((e) => api.events.feePools.FeeCharged.is(e) && mine(e));
  const refunded = events.filter((e) => api.events.feePools.FeeRefunded.is(e) && mine(e));
  return { charged, refunded };
}

test('an account holding no native token pays its fee in its demo token, automatically', async () => {
  assert.equal(await freeBalance(api, zoe.address), 0n);
  const before = await assetBalance(api, USDR, zoe.address);
  const sent = 10n ** 6n;
  // The quote (FeeQuoteApi, a plain runtime call) for the call at its signed length, measured on
  // a signed copy that is never sent.
  const tx = api.tx.assets.transfer(USDR, bob.address, sent);
  const probe = await api.tx.assets.transfer(USDR, bob.address, sent).signAsync(zoe);
  const { breakdown, quote } = await api.call.feeQuoteApi.quote(zoe.address, tx.method, probe.encodedLength, 0);
  // The calculator's parts add up to the fee the router prices.
  const part = (name) => breakdown[name].toBigInt();
  assert.equal(part('inclusion'), part('base') + part('length') + part('adjustedWeight'));
  assert.equal(part('charged'), part('inclusion') + part('tip'));
  assert.equal(part('tip'), 0n);
  assert.equal(part('total'), part('charged') + part('delivery'));
  assert.equal(quote.fee.toBigInt(), part('charged'));
  assert.ok(quote.chosen.isSome, 'the quote found no way to pay');
  const chosen = quote.chosen.unwrap();
  assert.equal(chosen.asset.unwrap().toNumber(), USDR);
  assert.ok(quote.options.every((o) => o.asset.isSome), 'a native option for an account without native');
  const result = await submit(api, api.tx.assets.transfer(USDR, bob.address, sent), zoe);
  assert.equal(result.ok, true, result.error);
  const { charged, refunded } = feeEvents(result.events, zoe);
  assert.equal(charged.length, 1, 'no FeeCharged event');
  assert.equal(charged[0].data.asset.unwrap().toNumber(), USDR);
  const paid = charged[0].data.amount.toBigInt();
  // The charge matches the quote, up to the fee multiplier's move between the two blocks.
  const near = (a, b) => a * 100n >= b * 99n && a * 100n <= b * 101n;
  assert.ok(near(charged[0].data.native.toBigInt(), quote.fee.toBigInt()), 'native fee far from the quote');
  assert.ok(near(paid, chosen.amount.toBigInt()), 'tokens charged far from the quote');
  // Never more than quoted, up to the multiplier's move.
  assert.ok(paid * 100n <= chosen.amount.toBigInt() * 101n, 'charged above the quoted maximum');
  const back = refunded.reduce((sum, e) => sum + e.data.amount.toBigInt(), 0n);
  assert.ok(paid > 0n);
  // The balance moved by exactly the transfer, the fee charged and the refund.
  assert.equal(await assetBalance(api, USDR, zoe.address), before - sent - paid + back);
  assert.equal(await freeBalance(api, zoe.address), 0n);
});

test('an account holding two fee tokens pays in the cheaper one; an explicit assetId is honoured', async () => {
  const auto = await submit(api, api.tx.system.remark('auto'), yan);
  assert.equal(auto.ok, true, auto.error);
  const chosen = feeEvents(auto.events, yan).charged;
  assert.equal(chosen.length, 1, 'no FeeCharged event');
  // USDR's premium (0.3%) is below GEM's (1%).
  assert.equal(chosen[0].data.asset.unwrap().toNumber(), USDR);

  const gemBefore = await assetBalance(api, GEM, yan.address);
  const named = await submit(api, api.tx.system.remark('gem'), yan, { assetId: location(GEM) });
  assert.equal(named.ok, true, named.error);
  const paid = api.events.assetTxPayment.AssetTxFeePaid;
  const event = named.events.find((e) => paid.is(e));
  assert.ok(event, 'no AssetTxFeePaid event');
  // toJSON() writes enum variants in camelCase.
  assert.deepEqual(event.data.assetId.toJSON(), { parents: 0, interior: { x2: [{ palletInstance: 50 }, { generalIndex: GEM }] } });
  const charged = feeEvents(named.events, yan).charged;
  assert.equal(charged.length, 1, 'no FeeCharged event');
  assert.equal(charged[0].data.asset.unwrap().toNumber(), GEM);
  assert.equal(await assetBalance(api, GEM, yan.address), gemBefore - event.data.actualFee.toBigInt());
});

test('an account holding only a token without a fee pool pays through another token\'s pool', async () => {
  assert.equal(await freeBalance(api, wes.address), 0n);
  const remark = api.tx.system.remark('two hops');
  const signed = await api.tx.system.remark('two hops').signAsync(wes);
  const { quote } = await api.call.feeQuoteApi.quote(wes.address, remark.method, signed.encodedLength, 0);
  assert.ok(quote.chosen.isSome, 'the quote found no way to pay');
  const chosen = quote.chosen.unwrap();
  // The path: RPT, swapped to USDR on their AMM pool, whose fee pool sells the native.
  assert.equal(chosen.asset.unwrap().toNumber(), RPT);
  assert.equal(chosen.via.unwrap().toNumber(), USDR);

  const usdrPool = async () => BigInt((await api.query.feePools.pools(USDR)).toJSON().native);
  const poolBefore = await usdrPool();
  const before = await assetBalance(api, RPT, wes.address);
  const result = await submit(api, api.tx.system.remark('two hops'), wes);
  assert.equal(result.ok, true, result.error);
  const { charged, refunded } = feeEvents(result.events, wes);
  assert.equal(charged.length, 1, 'no FeeCharged event');
  assert.equal(charged[0].data.asset.unwrap().toNumber(), RPT);
  const paid = charged[0].data.amount.toBigInt();
  assert.ok(paid > 0n && paid * 100n <= chosen.amount.toBigInt() * 101n, 'charged above the quoted maximum');
  // The unused part comes back in RPT, through the AMM.
  assert.ok(refunded.every((e) => e.data.asset.unwrap().toNumber() === RPT), 'refunded in another token');
  const back = refunded.reduce((sum, e) => sum + e.data.amount.toBigInt(), 0n);
  assert.equal(await assetBalance(api, RPT, wes.address), before - paid + back);
  assert.equal(await freeBalance(api, wes.address), 0n);
  // USDR's fee pool sold exactly the fee transaction-payment reports.
  const feePaid = result.events.find((e) => api.events.transactionPayment.TransactionFeePaid.is(e));
  assert.ok(feePaid, 'no TransactionFeePaid event');
  assert.equal(poolBefore - (await usdrPool()), feePaid.data.actualFee.toBigInt());

  // Named explicitly, RPT pays the same way.
  const named = await submit(api, api.tx.system.remark('named'), wes, { assetId: location(RPT) });
  assert.equal(named.ok, true, named.error);
  const namedCharge = feeEvents(named.events, wes).charged;
  assert.equal(namedCharge.length, 1, 'no FeeCharged event');
  assert.equal(namedCharge[0].data.asset.unwrap().toNumber(), RPT);
});

test('a payer who can pay in no token is rejected before inclusion and charged nothing', async () => {
  await assert.rejects(
    submit(api, api.tx.system.remark('free ride'), nobody),
    /Inability to pay some fees|1010/,
  );
  assert.equal(await freeBalance(api, nobody.address), 0n);
  // A named token the payer does not hold is refused the same way.
  await assert.rejects(
    submit(api, api.tx.system.remark('gem'), zoe, { assetId: location(GEM) }),
    /Inability to pay some fees|1010/,
  );
});

test('one large swap makes its token unusable for fees until the rate catches up', async () => {
  const remark = api.tx.system.remark('after the swap');
  const quoteOf = async () => {
    const signed = await api.tx.system.remark('after the swap').signAsync(xia);
    return (await api.call.feeQuoteApi.quote(xia.address, remark.method, signed.encodedLength, 0)).quote;
  };
  // Before: Xia, whose native is below any fee, can pay in GEM.
  const before = await quoteOf();
  assert.deepEqual(before.options.map((o) => o.asset.unwrap().toNumber()), [GEM]);

  // Alice dumps 2,000,000 GEM on the RTM/GEM pool (10,000,000 GEM deep): GEM's spot price falls
  // about 30% below its rate.
  const pair = ['Native', { WithId: GEM }];
  const dumped = 2_000_000n * 10n ** 10n;
  const swap = api.tx.assetConversion.swapExactTokensForTokens([...pair].reverse(), dumped, 1, alice.address, true);
  const swapped = await submit(api, swap, alice);
  assert.equal(swapped.ok, true, swapped.error);

  // Now GEM is no option: the quote is empty and the pool rejects Xia at validation.
  const afterSwap = await quoteOf();
  assert.equal(afterSwap.options.length, 0, 'GEM still offered after the swap');
  assert.ok(afterSwap.chosen.isNone);
  const gemBefore = await assetBalance(api, GEM, xia.address);
  await assert.rejects(submit(api, remark, xia), /Inability to pay some fees|1010/);
  assert.equal(await assetBalance(api, GEM, xia.address), gemBefore);

  // Alice buys the GEM back, restoring the price for the tests that follow.
  const restore = api.tx.assetConversion.swapTokensForExactTokens(pair, dumped, 10n ** 30n, alice.address, true);
  const restored = await submit(api, restore, alice);
  assert.equal(restored.ok, true, restored.error);
});
