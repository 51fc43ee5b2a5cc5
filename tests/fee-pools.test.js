// pallet-fee-pools' calls from stock @polkadot/api: the registry (root only, through sudo), the
// providers' deposits and withdrawals, and a typed error that changes nothing for each bad input.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { UNIT, connect, describeError, devAccounts, submit } from './lib/chain.js';

let api;
const { alice, bob } = devAccounts();
const USDR = 1;
// Fresh asset ids and a fresh owner for them, so that reruns against the same chain start from
// nothing and Alice (sudo) takes on no new asset accounts: an account may hold only so many.
const run = Date.now();
const PRICED = 50_000 + (run % 100_000) * 3;
const UNPRICED = PRICED + 1;
// Paired on the AMM with PRICED only: a fee token routed through PRICED's pool.
const ROUTABLE = PRICED + 2;
const RPT = 4; // the genesis routed token
const owner = new Keyring({ type: 'sr25519' }).addFromUri(`//RustoriumFeePools//Owner//${run}`);

/** Runs `call` as root through sudo; `{ ok, error, events }` of the inner call. */
async function sudo(call) {
  const result = await submit(api, api.tx.sudo.sudo(call), alice);
  assert.equal(result.ok, true, result.error);
  const sudid = result.events.find((e) => api.events.sudo.Sudid.is(e));
  assert.ok(sudid, 'no Sudid event');
  const inner = sudid.data.sudoResult;
  return {
    ok: inner.isOk,
    error: inner.isErr ? describeError(api, inner.asErr) : undefined,
    events: result.events,
  };
}

const has = (events, event) => events.some((e) => event.is(e));
const pool = async (id) => (await api.query.feePools.pools(id)).toJSON();
const feeTokens = async () => (await api.query.feePools.feeTokens()).map((id) => id.toNumber());

before(async () => {
  api = await connect();
  const funded = await submit(api, api.tx.balances.transferKeepAlive(owner.address, 5_000n * UNIT), alice);
  assert.equal(funded.ok, true, funded.error);
  // PRICED gets an asset-conversion pool with the native token; UNPRICED none.
  for (const tx of [
    api.tx.assets.create(PRICED, owner.address, 1),
    api.tx.assets.mint(PRICED, owner.address, 1_000_000n * UNIT),
    api.tx.assets.create(UNPRICED, owner.address, 1),
    api.tx.assetConversion.createPool('Native', { WithId: PRICED }),
    api.tx.assetConversion.addLiquidity('Native', { WithId: PRICED }, 1_000n * UNIT, 2_000n * UNIT, 1, 1, owner.address),
    api.tx.assets.create(ROUTABLE, owner.address, 1),
    api.tx.assets.mint(ROUTABLE, owner.address, 1_000_000n * UNIT),
    api.tx.assetConversion.createPool({ WithId: PRICED }, { WithId: ROUTABLE }),
    api.tx.assetConversion.addLiquidity({ WithId: PRICED }, { WithId: ROUTABLE }, 1_000n * UNIT, 4_000n * UNIT, 1, 1, owner.address),
  ]) {
    const result = await submit(api, tx, owner);
    assert.equal(result.ok, true, result.error);
  }
});
after(async () => {
  await api?.disconnect();
});

test('registering, repricing and deregistering fee tokens: root only, each bad input a typed error', async () => {
  const register = (id, premium) => api.tx.feePools.registerFeeToken(id, premium);
  const before = await feeTokens();

  const signed = await submit(api, register(PRICED, 1_000), bob);
  assert.match(signed.error, /BadOrigin/);
  assert.equal((await sudo(register(USDR, 1_000))).error, 'feePools.AlreadyRegistered');
  assert.equal((await sudo(register(UNPRICED, 1_000))).error, 'feePools.NoPrice');
  assert.deepEqual(await feeTokens(), before, 'a refused registration changed the registry');

  const registered = await sudo(register(PRICED, 1_000));
  assert.equal(registered.ok, true, registered.error);
  assert.ok(has(registered.events, api.events.feePools.FeeTokenRegistered));
  assert.ok((await feeTokens()).includes(PRICED));

  const repriced = await sudo(api.tx.feePools.setPremium(PRICED, 20_000));
  assert.equal(repriced.ok, true, repriced.error);
  assert.ok(has(repriced.events, api.events.feePools.PremiumSet));
  assert.equal((await pool(PRICED)).premium, 20_000);
  assert.equal((await sudo(api.tx.feePools.setPremium(UNPRICED, 1))).error, 'feePools.NotFeeToken');
  assert.match((await submit(api, api.tx.feePools.setPremium(PRICED, 1), bob)).error, /BadOrigin/);
  assert.equal((await pool(PRICED)).premium, 20_000, 'a refused repricing changed the premium');
});

test('routing a token through a pooled one: root only, each bad input a typed error', async () => {
  const route = (id, via, premium) => api.tx.feePools.registerRoute(id, via, premium);
  const routeOf = async (id) => (await api.query.feePools.routes(id)).toJSON();
  const before = await feeTokens();

  assert.match((await submit(api, route(ROUTABLE, PRICED, 10_000), bob)).error, /BadOrigin/);
  // The token routed through must have a pool of its own: not an unregistered token, not a
  // routed one (two hops at most).
  assert.equal((await sudo(route(ROUTABLE, UNPRICED, 10_000))).error, 'feePools.NotPooled');
  assert.equal((await sudo(route(ROUTABLE, RPT, 10_000))).error, 'feePools.NotPooled');
  // The AMM must pair the two.
  assert.equal((await sudo(route(ROUTABLE, USDR, 10_000))).error, 'feePools.NoPrice');
  assert.equal((await sudo(route(USDR, PRICED, 10_000))).error, 'feePools.AlreadyRegistered');
  assert.deepEqual(await feeTokens(), before, 'a refused route changed the registry');
  assert.equal(await routeOf(ROUTABLE), null);

  const routed = await sudo(route(ROUTABLE, PRICED, 10_000));
  assert.equal(routed.ok, true, routed.error);
  const event = routed.events.find((e) => api.events.feePools.RouteRegistered.is(e));
  assert.ok(event, 'no RouteRegistered event');
  assert.equal(event.data.via.toNumber(), PRICED);
  assert.deepEqual(await routeOf(ROUTABLE), { via: PRICED, premium: 10_000 });
  assert.ok((await feeTokens()).includes(ROUTABLE));
  assert.equal((await sudo(route(ROUTABLE, PRICED, 10_000))).error, 'feePools.AlreadyRegistered');

  const repriced = await sudo(api.tx.feePools.setPremium(ROUTABLE, 20_000));
  assert.equal(repriced.ok, true, repriced.error);
  assert.equal((await routeOf(ROUTABLE)).premium, 20_000);

  // A pooled token cannot leave while a token is routed through it; the routed one can.
  assert.equal((await sudo(api.tx.feePools.deregisterFeeToken(PRICED))).error, 'feePools.HasRoutes');
  assert.ok((await feeTokens()).includes(PRICED));
  const gone = await sudo(api.tx.feePools.deregisterFeeToken(ROUTABLE));
  assert.equal(gone.ok, true, gone.error);
  assert.ok(has(gone.events, api.events.feePools.FeeTokenDeregistered));
  assert.equal(await routeOf(ROUTABLE), null);
});

test('providers deposit native for shares and withdraw them; bad amounts are typed errors', async () => {
  const shares = async () => (await api.query.feePools.shares(PRICED, bob.address)).toBigInt();
  const unchanged = await pool(PRICED);
  assert.equal((await submit(api, api.tx.feePools.deposit(PRICED, 0), bob)).error, 'feePools.ZeroAmount');
  assert.equal((await submit(api, api.tx.feePools.deposit(UNPRICED, UNIT), bob)).error, 'feePools.NotFeeToken');
  assert.deepEqual(await pool(PRICED), unchanged);

  const deposited = await submit(api, api.tx.feePools.deposit(PRICED, 10n * UNIT), bob);
  assert.equal(deposited.ok, true, deposited.error);
  assert.ok(has(deposited.events, api.events.feePools.Deposited));
  const held = await shares();
  assert.ok(held > 0n);
  assert.equal(BigInt((await pool(PRICED)).native), BigInt(unchanged.native) + 10n * UNIT);

  const funded = await pool(PRICED);
  assert.equal((await submit(api, api.tx.feePools.withdraw(PRICED, held + 1n), bob)).error, 'feePools.InsufficientShares');
  assert.equal((await submit(api, api.tx.feePools.withdraw(PRICED, 0), bob)).error, 'feePools.ZeroAmount');
  assert.deepEqual(await pool(PRICED), funded);

  const withdrawn = await submit(api, api.tx.feePools.withdraw(PRICED, held), bob);
  assert.equal(withdrawn.ok, true, withdrawn.error);
  assert.ok(has(withdrawn.events, api.events.feePools.Withdrawn));
  assert.equal(await shares(), 0n);

  // A pool with providers cannot leave the registry; an empty one can.
  assert.equal((await sudo(api.tx.feePools.deregisterFeeToken(USDR))).error, 'feePools.PoolNotEmpty');
  assert.ok((await feeTokens()).includes(USDR));
  const gone = await sudo(api.tx.feePools.deregisterFeeToken(PRICED));
  assert.equal(gone.ok, true, gone.error);
  assert.ok(has(gone.events, api.events.feePools.FeeTokenDeregistered));
  assert.ok(!(await feeTokens()).includes(PRICED));
  assert.equal((await sudo(api.tx.feePools.deregisterFeeToken(PRICED))).error, 'feePools.NotFeeToken');
});
