// Managed tokens (pallet-tokens): created from a generated configuration, capped, pausable, and
// vesting through escrow.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { UNIT, assetBalance, connect, devAccounts, nextBlocks, submit } from './lib/chain.js';
import { toChainConfig } from './lib/config.js';

/** The `rustorium` command; `scripts/test.sh` sets this to the one it built. */
const CLI = process.env.RUSTORIUM_CLI ?? 'rustorium';
/** The managed token the genesis presets create (see runtime/src/genesis_config_presets.rs). */
const QGOLD = 10;
const GAME = 20;
const VESTED = 21;
const INFLATING = 22;
/** A demo asset pallet-tokens does not manage (see tests/lib/chain.js). */
const USDR = 1;

let api;
const { alice, bob, charlie, dave, eve, ferdie } = devAccounts();
before(async () => {
  api = await connect();
});
after(async () => {
  await api?.disconnect();
});

async function totalSupply(id) {
  const details = await api.query.assets.asset(id);
  return details.unwrap().supply.toBigInt();
}

test('the genesis managed token exists with its cap and its supply', async () => {
  const info = await api.query.tokens.tokens(QGOLD);
  assert.ok(info.isSome, 'no managed token at genesis');
  assert.equal(info.unwrap().maxSupply.toBigInt(), 2_000_000_000n * UNIT);
  assert.equal(await totalSupply(QGOLD), 1_000_000_000n * UNIT);
  // The same through the runtime API, as wallets read it.
  const view = (await api.call.tokensApi.token(QGOLD)).unwrap();
  assert.equal(view.maxSupply.toBigInt(), 2_000_000_000n * UNIT);
  assert.equal(view.supply.toBigInt(), 1_000_000_000n * UNIT);
  assert.equal(view.paused.isTrue, false);
  const roles = await api.call.tokensApi.roles(QGOLD);
  assert.deepEqual(roles.map(([role, who]) => [role.type, who.toString()]), [['Admin', alice.address]]);
  assert.ok((await api.call.tokensApi.token(999)).isNone);
});

test('a gaming token created from a generated configuration distributes its supply', async () => {
  const generated = execFileSync(CLI, ['token', 'generate', '--use-case', 'gaming', '--supply', '1000000'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const config = toChainConfig(generated);
  assert.equal(config.useCase, 'Gaming');
  const buckets = config.distribution.map((a) => a.bucket);
  const people = [alice, bob, charlie, dave, eve, ferdie];
  assert.equal(buckets.length, people.length);
  const recipients = buckets.map((bucket, i) => [bucket, people[i].address]);
  const result = await submit(api, api.tx.tokens.createToken(GAME, config, recipients), alice);
  assert.equal(result.ok, true, result.error);
  assert.ok(result.events.some((e) => api.events.tokens.TokenCreated.is(e)), 'no TokenCreated event');
  assert.equal(await totalSupply(GAME), 1_000_000n * UNIT);
  // Rewards (35%, the first bucket) went to Alice at once.
  assert.equal(await assetBalance(api, GAME, alice.address), 350_000n * UNIT);
});

test('minting above the cap fails with tokens.SupplyCapExceeded and changes nothing', async () => {
  const granted = await submit(api, api.tx.tokens.grantRole(GAME, 'Minter', alice.address), alice);
  assert.equal(granted.ok, true, granted.error);
  const before = await totalSupply(GAME);
  const cap = (await api.query.tokens.tokens(GAME)).unwrap().maxSupply.toBigInt();
  const result = await submit(api, api.tx.tokens.mint(GAME, alice.address, cap - before + 1n), alice);
  assert.equal(result.ok, false);
  assert.equal(result.error, 'tokens.SupplyCapExceeded');
  assert.equal(await totalSupply(GAME), before);
  const upToCap = await submit(api, api.tx.tokens.mint(GAME, dave.address, cap - before), alice);
  assert.equal(upToCap.ok, true, upToCap.error);
  assert.equal(await totalSupply(GAME), cap);
});

test('pausing stops every path that moves the token until unpaused: transfers and swaps', async () => {
  const pair = ['Native', { WithId: GAME }];
  const pool = await submit(api, api.tx.assetConversion.createPool(...pair), alice);
  assert.equal(pool.ok, true, pool.error);
  const liquidity = api.tx.assetConversion.addLiquidity(...pair, 1_000n * UNIT, 100_000n * UNIT, 1n, 1n, alice.address);
  assert.equal((await submit(api, liquidity, alice)).ok, true);
  const swap = () => api.tx.assetConversion.swapExactTokensForTokens(pair, UNIT, 1n, alice.address, true);

  assert.equal((await submit(api, api.tx.tokens.pause(GAME), alice)).ok, true);
  const aliceBefore = await assetBalance(api, GAME, alice.address);
  const blocked = await submit(api, api.tx.tokens.transfer(GAME, bob.address, UNIT), alice);
  assert.equal(blocked.ok, false);
  assert.equal(blocked.error, 'tokens.TokenPaused');
  // pallet-assets' own transfer is refused for a managed token, paused or not (see the test of
  // the call filter below): tokens.transfer is its route.
  const direct = await submit(api, api.tx.assets.transfer(GAME, bob.address, UNIT), alice);
  assert.equal(direct.error, 'system.CallFiltered');
  const swapped = await submit(api, swap(), alice);
  assert.equal(swapped.ok, false, 'a swap into a paused token went through');
  assert.ok(!swapped.events.some((e) => api.events.assetConversion.SwapExecuted.is(e)));
  assert.equal(await assetBalance(api, GAME, alice.address), aliceBefore);

  assert.equal((await submit(api, api.tx.tokens.unpause(GAME), alice)).ok, true);
  const moved = await submit(api, api.tx.tokens.transfer(GAME, bob.address, UNIT), alice);
  assert.equal(moved.ok, true, moved.error);
  const resumed = await submit(api, swap(), alice);
  assert.equal(resumed.ok, true, resumed.error);
  assert.ok(resumed.events.some((e) => api.events.assetConversion.SwapExecuted.is(e)));
});

test('a vesting beneficiary claims nothing before the cliff and everything after the end', async () => {
  const config = {
    name: 'Vested',
    symbol: 'VEST',
    decimals: 12,
    useCase: 'Utility',
    initialSupply: 1_000n * UNIT,
    maxSupply: 1_000n * UNIT,
    distribution: [
      { bucket: 'Community', share: 700_000, vesting: null },
      { bucket: 'Team', share: 300_000, vesting: { cliff: 3, duration: 4 } },
    ],
    economics: { initialPrice: null, inflation: null, stakingRewardRate: null },
    features: ['Vesting'],
  };
  const recipients = [['Community', bob.address], ['Team', charlie.address]];
  const created = await submit(api, api.tx.tokens.createToken(VESTED, config, recipients), alice);
  assert.equal(created.ok, true, created.error);
  const early = await submit(api, api.tx.tokens.claimVested(VESTED), charlie);
  assert.equal(early.ok, false);
  assert.equal(early.error, 'tokens.NothingToClaim');
  await nextBlocks(api, 8);
  const claimed = await submit(api, api.tx.tokens.claimVested(VESTED), charlie);
  assert.equal(claimed.ok, true, claimed.error);
  const event = claimed.events.find((e) => api.events.tokens.VestedClaimed.is(e));
  assert.equal(event.data.amount.toBigInt(), 300n * UNIT);
  assert.equal(await assetBalance(api, VESTED, charlie.address), 300n * UNIT);
  assert.equal((await api.call.tokensApi.vesting(VESTED, charlie.address)).length, 0);
});

test("pallet-assets' own transfer calls cannot move a managed token, and other assets still move", async () => {
  // A dev account with liquid QGOLD, so that only the filter can stop its transfers.
  const holders = [charlie, dave, eve, ferdie];
  const balances = await Promise.all(holders.map((h) => assetBalance(api, QGOLD, h.address)));
  const holder = holders[balances.findIndex((b) => b >= UNIT)];
  assert.ok(holder, 'no dev account holds liquid QGOLD');
  const before = await assetBalance(api, QGOLD, bob.address);
  for (const tx of [
    api.tx.assets.transfer(QGOLD, bob.address, UNIT),
    api.tx.assets.transferKeepAlive(QGOLD, bob.address, UNIT),
    api.tx.assets.transferAll(QGOLD, bob.address, false),
    api.tx.assets.approveTransfer(QGOLD, bob.address, UNIT),
  ]) {
    const result = await submit(api, tx, holder);
    assert.equal(result.ok, false, `${tx.method.section}.${tx.method.method} moved a managed token`);
    assert.equal(result.error, 'system.CallFiltered');
  }
  assert.equal(await assetBalance(api, QGOLD, bob.address), before);
  // The managed path moves it, and an unmanaged asset moves through pallet-assets as before.
  const managed = await submit(api, api.tx.tokens.transfer(QGOLD, bob.address, UNIT), holder);
  assert.equal(managed.ok, true, managed.error);
  assert.equal(await assetBalance(api, QGOLD, bob.address), before + UNIT);
  const plain = await submit(api, api.tx.assets.transfer(USDR, bob.address, 1_000_000n), alice);
  assert.equal(plain.ok, true, plain.error);
});

test('a token carries its name in the assets metadata, and only its admins rename it', async () => {
  const metadata = await api.query.assets.metadata(QGOLD);
  assert.equal(metadata.name.toUtf8(), 'Quest Gold');
  assert.equal(metadata.symbol.toUtf8(), 'QGOLD');
  const outsider = await submit(api, api.tx.tokens.setMetadata(QGOLD, 'Stolen', 'STLN'), bob);
  assert.equal(outsider.error, 'tokens.MissingRole');
  const lower = await submit(api, api.tx.tokens.setMetadata(QGOLD, 'Quest Gold Coin', 'qg'), alice);
  assert.equal(lower.error, 'tokens.InvalidConfig');
  assert.equal((await api.query.assets.metadata(QGOLD)).symbol.toUtf8(), 'QGOLD');
  const renamed = await submit(api, api.tx.tokens.setMetadata(QGOLD, 'Quest Gold Coin', 'QGLD'), alice);
  assert.equal(renamed.ok, true, renamed.error);
  assert.ok(renamed.events.some((e) => api.events.tokens.MetadataSet.is(e)), 'no MetadataSet event');
  const after = await api.query.assets.metadata(QGOLD);
  assert.deepEqual(
    [after.name.toUtf8(), after.symbol.toUtf8(), after.decimals.toNumber()],
    ['Quest Gold Coin', 'QGLD', metadata.decimals.toNumber()],
  );
});

test('an inflating token mints every period to its recipient, which admins can change', async () => {
  const config = {
    name: 'Inflating',
    symbol: 'INFL',
    decimals: 12,
    useCase: 'Utility',
    initialSupply: 1_000n * UNIT,
    maxSupply: 2_000n * UNIT,
    distribution: [{ bucket: 'Community', share: 1_000_000, vesting: null }],
    // 100% a year, minted every 2 blocks: a little every other block.
    economics: { initialPrice: null, inflation: { annualRate: 1_000_000_000, period: 2 }, stakingRewardRate: null },
    features: ['Minting', 'Inflation'],
  };
  const created = await submit(api, api.tx.tokens.createToken(INFLATING, config, [['Community', bob.address]]), alice);
  assert.equal(created.ok, true, created.error);
  assert.ok(created.events.some((e) => api.events.tokens.EmissionScheduled.is(e)), 'no EmissionScheduled event');
  const outsider = await submit(api, api.tx.tokens.setEmissionRecipient(INFLATING, bob.address), bob);
  assert.equal(outsider.error, 'tokens.MissingRole');
  const none = await submit(api, api.tx.tokens.setEmissionRecipient(VESTED, eve.address), alice);
  assert.equal(none.error, 'tokens.NoEmission');
  const same = await submit(api, api.tx.tokens.setEmissionRecipient(INFLATING, alice.address), alice);
  assert.equal(same.error, 'tokens.RecipientUnchanged');
  const redirected = await submit(api, api.tx.tokens.setEmissionRecipient(INFLATING, eve.address), alice);
  assert.equal(redirected.ok, true, redirected.error);
  const supply = await totalSupply(INFLATING);
  await nextBlocks(api, 4);
  const minted = await assetBalance(api, INFLATING, eve.address);
  assert.ok(minted > 0n, 'the emission minted nothing in four blocks');
  assert.equal(await totalSupply(INFLATING), supply + minted);
});

test("an admin opens the token's pool at its launch price", async () => {
  const PRICED = 23;
  const config = {
    name: 'Priced',
    symbol: 'PRCD',
    decimals: 12,
    useCase: 'Utility',
    initialSupply: 1_000n * UNIT,
    maxSupply: 1_000n * UNIT,
    distribution: [{ bucket: 'Liquidity', share: 1_000_000, vesting: null }],
    // 0.5 RTM a token, as a FixedU128 (18 decimals).
    economics: { initialPrice: 5n * 10n ** 17n, inflation: null, stakingRewardRate: null },
    features: [],
  };
  const created = await submit(api, api.tx.tokens.createToken(PRICED, config, [['Liquidity', alice.address]]), alice);
  assert.equal(created.ok, true, created.error);
  assert.equal((await submit(api, api.tx.tokens.openPool(PRICED, 10n * UNIT), bob)).error, 'tokens.MissingRole');
  assert.equal((await submit(api, api.tx.tokens.openPool(VESTED, 10n * UNIT), alice)).error, 'tokens.NoInitialPrice');
  assert.equal((await submit(api, api.tx.tokens.openPool(PRICED, 0n), alice)).error, 'tokens.LiquidityTooSmall');
  const opened = await submit(api, api.tx.tokens.openPool(PRICED, 10n * UNIT), alice);
  assert.equal(opened.ok, true, opened.error);
  assert.ok(opened.events.some((e) => api.events.tokens.PoolOpened.is(e)), 'no PoolOpened event');
  const reserves = await api.call.assetConversionApi.getReserves('Native', { WithId: PRICED });
  const [native, tokens] = reserves.unwrap();
  assert.deepEqual([native.toBigInt(), tokens.toBigInt()], [10n * UNIT, 20n * UNIT]);
});
