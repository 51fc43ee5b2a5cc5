// Demo tokens: metadata is readable, transfers move the right amounts, bad input changes nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_TOKENS, assetBalance, connect, devAccounts, freeBalance, submit } from './lib/chain.js';

let api;
const { alice, bob, charlie } = devAccounts();
before(async () => {
  api = await connect();
});
after(async () => {
  await api?.disconnect();
});

test('the genesis demo tokens carry their metadata', async () => {
  for (const token of DEMO_TOKENS) {
    const meta = await api.query.assets.metadata(token.id);
    assert.equal(meta.name.toUtf8(), token.name);
    assert.equal(meta.symbol.toUtf8(), token.symbol);
    assert.equal(meta.decimals.toNumber(), token.decimals);
    const details = await api.query.assets.asset(token.id);
    assert.ok(details.isSome, `asset ${token.id} missing`);
  }
});

test('assets.transfer moves 2.5 USDR from Alice to Bob', async () => {
  const amount = 2_500_000n; // 2.5 with 6 decimals
  const [aliceBefore, bobBefore] = [await assetBalance(api, 1, alice.address), await assetBalance(api, 1, bob.address)];
  const result = await submit(api, api.tx.assets.transfer(1, bob.address, amount), alice);
  assert.equal(result.ok, true, result.error);
  assert.equal((await assetBalance(api, 1, bob.address)) - bobBefore, amount);
  assert.equal(aliceBefore - (await assetBalance(api, 1, alice.address)), amount);
  assert.ok(result.events.some((e) => api.events.assets.Transferred.is(e)), 'no Transferred event');
});

test('a token transfer above the balance fails with assets.BalanceLow and changes nothing', async () => {
  const [charlieBefore, bobBefore] = [await assetBalance(api, 2, charlie.address), await assetBalance(api, 2, bob.address)];
  const nativeBefore = await freeBalance(api, charlie.address);
  const result = await submit(api, api.tx.assets.transfer(2, bob.address, charlieBefore + 1n), charlie);
  assert.equal(result.ok, false);
  assert.equal(result.error, 'assets.BalanceLow');
  assert.equal(await assetBalance(api, 2, charlie.address), charlieBefore);
  assert.equal(await assetBalance(api, 2, bob.address), bobBefore);
  assert.equal(nativeBefore - (await freeBalance(api, charlie.address)), result.fee);
});

test('a transfer of an unknown asset fails with assets.Unknown and changes nothing', async () => {
  const nativeBefore = await freeBalance(api, charlie.address);
  const result = await submit(api, api.tx.assets.transfer(999_999, bob.address, 1), charlie);
  assert.equal(result.ok, false);
  assert.equal(result.error, 'assets.Unknown');
  assert.equal(nativeBefore - (await freeBalance(api, charlie.address)), result.fee);
});
