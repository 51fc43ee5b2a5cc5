// The attacks of the security review, each performed from outside with stock @polkadot/api on
// tokens of its own, and each refused with a typed error that changes nothing: a chain-level
// security admin taking over a token, a burner burning a token out of its pool, features a token
// was created without, the breaker tripped by self-transfers and by the two legs of one swap, a
// vesting claim of a halted token, a refund that burns a managed token, and a free empty pool
// blocking a token's opening.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { UNIT, assetBalance, connect, devAccounts, nextBlocks, submit } from './lib/chain.js';
import { approvalPolicy } from './lib/config.js';

let api;
const { alice, eve } = devAccounts();
// Fresh token ids and fresh accounts, so that reruns against the same chain start from nothing
// and no dev account collects more assets than an account may hold (consumer references).
const run = Date.now();
const base = 300_000 + (run % 50_000) * 8;
const keyring = new Keyring({ type: 'sr25519' });
const [bob, charlie, dave, mallory] = ['Bob', 'Charlie', 'Dave', 'Mallory'].map((name) => keyring.addFromUri(`//RustoriumAttacks//${name}//${run}`));
const ids = { policy: base, pool: base + 1, bare: base + 2, holders: base + 3, breaker: base + 4, vested: base + 5, priced: base + 6 };

/** A token of 1,000 (capped at 2,000): 700 to the community bucket, 300 to the team's. */
const tokenConfig = (features, { vesting = null, initialPrice = null } = {}) => ({
  name: 'Review',
  symbol: 'RVW',
  decimals: 12,
  useCase: 'Utility',
  initialSupply: 1_000n * UNIT,
  maxSupply: 2_000n * UNIT,
  distribution: [
    { bucket: 'Community', share: 700_000, vesting: null },
    { bucket: 'Team', share: 300_000, vesting },
  ],
  economics: { initialPrice, inflation: null, stakingRewardRate: null },
  features,
});

/** `creator` creates token `id` with the community bucket to `community` and the team's to `team`. */
async function create(id, creator, features, { community = creator, team = creator, ...options } = {}) {
  const recipients = [['Community', community.address], ['Team', team.address]];
  const created = await submit(api, api.tx.tokens.createToken(id, tokenConfig(features, options), recipients), creator);
  assert.equal(created.ok, true, created.error);
}

/** Runs `call` as root through sudo and fails unless the inner call succeeded. */
async function sudo(call) {
  const result = await submit(api, api.tx.sudo.sudo(call), alice);
  assert.equal(result.ok, true, result.error);
  const inner = result.events.find((e) => api.events.sudo.Sudid.is(e)).data.sudoResult;
  assert.ok(inner.isOk, JSON.stringify(inner.toHuman()));
  return result;
}

const supply = async (id) => (await api.query.assets.asset(id)).unwrap().supply.toBigInt();
const has = (result, event) => result.events.some((e) => event.is(e));

/** Creates the native pool of `id` by `who` with `native` and `tokens`; returns the pool's account. */
async function pool(id, who, native, tokens) {
  const created = await submit(api, api.tx.assetConversion.createPool('Native', { WithId: id }), who);
  assert.equal(created.ok, true, created.error);
  const account = created.events.find((e) => api.events.assetConversion.PoolCreated.is(e)).data.poolAccount.toString();
  const liquidity = api.tx.assetConversion.addLiquidity('Native', { WithId: id }, native, tokens, 1n, 1n, who.address);
  const added = await submit(api, liquidity, who);
  assert.equal(added.ok, true, added.error);
  return account;
}

before(async () => {
  api = await connect();
  for (const who of [bob, charlie, dave, mallory]) {
    const funded = await submit(api, api.tx.balances.transferKeepAlive(who.address, 10_000n * UNIT), alice);
    assert.equal(funded.ok, true, funded.error);
  }
});
after(async () => {
  await api?.disconnect();
});

test('a chain-level security admin cannot set a token\'s first policy and mint the token to itself', async () => {
  await create(ids.policy, bob, ['Minting']);
  await sudo(api.tx.security.grantRole('SecurityAdmin', eve.address));
  const own = approvalPolicy({ approvers: [eve.address], mintAbove: 0, roles: true });
  const before = await supply(ids.policy);
  const taken = await submit(api, api.tx.security.setApprovalPolicy(ids.policy, own), eve);
  assert.equal(taken.error, 'security.NotAuthorized');
  assert.ok((await api.query.security.policies(ids.policy)).isNone);
  const mint = { Mint: { to: eve.address, amount: 500_000n * UNIT } };
  assert.equal((await submit(api, api.tx.security.propose(ids.policy, mint), eve)).error, 'security.NoPolicy');

  // Even made the sole approver by the token's admin, the security admin mints nothing without a
  // minter among the approvals, and may propose only what the policy reserves.
  const set = await submit(api, api.tx.security.setApprovalPolicy(ids.policy, { ...own, roles: false }), bob);
  assert.equal(set.ok, true, set.error);
  const proposed = await submit(api, api.tx.security.propose(ids.policy, mint), eve);
  assert.equal(proposed.ok, true, proposed.error);
  assert.ok(!has(proposed, api.events.security.Executed), 'the mint executed without a minter');
  const admin = { GrantRole: { role: 'Admin', who: eve.address } };
  assert.equal((await submit(api, api.tx.security.propose(ids.policy, admin), eve)).error, 'security.NotReserved');
  assert.equal(await supply(ids.policy), before);
  assert.equal(await assetBalance(api, ids.policy, eve.address), 0n);
  assert.ok((await api.query.tokens.roles(ids.policy, ['Admin', eve.address])).isNone);
  await sudo(api.tx.security.revokeRole('SecurityAdmin', eve.address));
});

test('a burner cannot burn a token out of its pool, and a refund cannot burn a managed token', async () => {
  await create(ids.pool, mallory, ['Minting', 'Burning']);
  const account = await pool(ids.pool, mallory, 10n * UNIT, 100n * UNIT);
  assert.equal((await submit(api, api.tx.tokens.grantRole(ids.pool, 'Burner', mallory.address), mallory)).ok, true);
  const reserves = async () => (await api.call.assetConversionApi.getReserves('Native', { WithId: ids.pool })).unwrap().map((r) => r.toBigInt());
  const before = await reserves();
  // The attack: burn the pool's tokens, then buy its native for a few units.
  const burned = await submit(api, api.tx.tokens.burn(ids.pool, account, 99n * UNIT), mallory);
  assert.equal(burned.error, 'tokens.SystemAccount');
  assert.deepEqual(await reserves(), before);
  // pallet-assets' refund that burns the balance is no way around tokens.burn.
  const held = await assetBalance(api, ids.pool, mallory.address);
  const refund = await submit(api, api.tx.assets.refund(ids.pool, true), mallory);
  assert.equal(refund.error, 'system.CallFiltered');
  assert.equal(await assetBalance(api, ids.pool, mallory.address), held);
});

test('a token does not mint, pause or burn without the feature, even for holders of the role', async () => {
  await create(ids.bare, bob, ['Vesting']);
  for (const role of ['Minter', 'Pauser', 'Burner']) {
    assert.equal((await submit(api, api.tx.tokens.grantRole(ids.bare, role, bob.address), bob)).ok, true);
  }
  const before = await supply(ids.bare);
  assert.equal((await submit(api, api.tx.tokens.mint(ids.bare, bob.address, UNIT), bob)).error, 'tokens.FeatureOff');
  assert.equal((await submit(api, api.tx.tokens.pause(ids.bare), bob)).error, 'tokens.FeatureOff');
  assert.equal((await submit(api, api.tx.tokens.burn(ids.bare, bob.address, UNIT), bob)).error, 'tokens.FeatureOff');
  assert.equal(await supply(ids.bare), before);
  assert.equal((await api.query.tokens.tokens(ids.bare)).unwrap().paused.isTrue, false);
  // The runtime API says which features the token has.
  const view = (await api.call.tokensApi.token(ids.bare)).unwrap();
  assert.deepEqual(view.features.map((f) => f.type), ['Vesting']);
});

test('a token with permissioned transfers moves only between holders of its Holder role', async () => {
  await create(ids.holders, bob, ['Burning', 'PermissionedTransfers']);
  const refused = await submit(api, api.tx.tokens.transfer(ids.holders, dave.address, UNIT), bob);
  assert.equal(refused.error, 'tokens.NotHolder');
  assert.equal(await assetBalance(api, ids.holders, dave.address), 0n);
  assert.equal((await submit(api, api.tx.tokens.grantRole(ids.holders, 'Holder', dave.address), bob)).ok, true);
  const sent = await submit(api, api.tx.tokens.transfer(ids.holders, dave.address, UNIT), bob);
  assert.equal(sent.ok, true, sent.error);
  assert.equal(await assetBalance(api, ids.holders, dave.address), UNIT);
});

test('self-transfers and the two legs of one swap do not trip the circuit breaker', async () => {
  await create(ids.breaker, bob, ['Burning']);
  await pool(ids.breaker, bob, 10n * UNIT, 100n * UNIT);
  // 1% of the 1,000 supply a block: 10 tokens.
  await sudo(api.tx.security.setBreaker(ids.breaker, { maxBlockShare: 10_000, pauseBlocks: 50 }));
  // The attack: a holder sends a tenth of the supply to itself.
  for (let i = 0; i < 3; i += 1) {
    const self = await submit(api, api.tx.tokens.transfer(ids.breaker, bob.address, 100n * UNIT), bob);
    assert.equal(self.ok, true, self.error);
    assert.ok(!has(self, api.events.security.BreakerTripped), 'a self-transfer tripped the breaker');
  }
  // A swap of 9 counts 9 (its pool leg does not count again): below the 10 of the breaker.
  const swap = api.tx.assetConversion.swapExactTokensForTokens([{ WithId: ids.breaker }, 'Native'], 9n * UNIT, 1n, bob.address, true);
  const swapped = await submit(api, swap, bob);
  assert.equal(swapped.ok, true, swapped.error);
  assert.ok(has(swapped, api.events.assetConversion.SwapExecuted));
  assert.ok(!has(swapped, api.events.security.BreakerTripped), 'one swap counted twice');
  const moved = await submit(api, api.tx.tokens.transfer(ids.breaker, dave.address, UNIT), bob);
  assert.equal(moved.ok, true, moved.error);
  await sudo(api.tx.security.setBreaker(ids.breaker, null));
});

test('a halted token\'s vesting claim is refused until the token resumes', async () => {
  await create(ids.vested, bob, ['Vesting'], { team: charlie, vesting: { cliff: 0, duration: 1 } });
  await nextBlocks(api, 2);
  await sudo(api.tx.security.halt(ids.vested));
  const refused = await submit(api, api.tx.tokens.claimVested(ids.vested), charlie);
  assert.equal(refused.error, 'security.TokenHalted');
  assert.equal(await assetBalance(api, ids.vested, charlie.address), 0n);
  await sudo(api.tx.security.resume(ids.vested));
  const claimed = await submit(api, api.tx.tokens.claimVested(ids.vested), charlie);
  assert.equal(claimed.ok, true, claimed.error);
  assert.equal(await assetBalance(api, ids.vested, charlie.address), 300n * UNIT);
});

test('an empty pool somebody created first does not block the token\'s opening', async () => {
  // 0.5 RTM a token, as a FixedU128 (18 decimals).
  await create(ids.priced, bob, [], { initialPrice: 5n * 10n ** 17n });
  const front = await submit(api, api.tx.assetConversion.createPool('Native', { WithId: ids.priced }), dave);
  assert.equal(front.ok, true, front.error);
  const opened = await submit(api, api.tx.tokens.openPool(ids.priced, 10n * UNIT), bob);
  assert.equal(opened.ok, true, opened.error);
  const [native, tokens] = (await api.call.assetConversionApi.getReserves('Native', { WithId: ids.priced })).unwrap();
  assert.deepEqual([native.toBigInt(), tokens.toBigInt()], [10n * UNIT, 20n * UNIT]);
  // A pool with liquidity is not opened twice.
  assert.equal((await submit(api, api.tx.tokens.openPool(ids.priced, 10n * UNIT), bob)).error, 'tokens.PoolExists');
});
