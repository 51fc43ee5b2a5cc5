// pallet-security from stock @polkadot/api, on a managed token of its own: a 2-of-3 approval
// mints, a time-locked unpause waits out its delay, the circuit breaker stops a burst, a volume
// limit rejects a transfer at validation and a swap at dispatch, a pallet-multisig account acts as
// a token's Admin, and the audit trail, read through the SecurityApi runtime API, lists
// each of these actions in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { createKeyMulti, encodeAddress, sortAddresses } from '@polkadot/util-crypto';
import { execFileSync } from 'node:child_process';
import { UNIT, WS_URL, assetBalance, connect, describeError, devAccounts, freeBalance, nextBlocks, submit } from './lib/chain.js';
import { CLI, approvalPolicy, generateConfig } from './lib/config.js';

let api;
const { alice, bob, charlie, dave, eve } = devAccounts();
// A fresh token and a fresh owner, so that reruns against the same chain start from nothing.
const run = Date.now();
const TOKEN = 100_000 + (run % 100_000);
const owner = new Keyring({ type: 'sr25519' }).addFromUri(`//RustoriumSecurity//Owner//${run}`);

/** Runs `call` as root through sudo; `{ ok, error, events }` of the inner call. */
async function sudo(call) {
  const result = await submit(api, api.tx.sudo.sudo(call), alice);
  assert.equal(result.ok, true, result.error);
  const inner = result.events.find((e) => api.events.sudo.Sudid.is(e)).data.sudoResult;
  return { ok: inner.isOk, error: inner.isErr ? describeError(api, inner.asErr) : undefined, events: result.events };
}

/** `policy` fields over a 2-of-3 policy of Bob, Charlie and Dave reserving nothing. */
const policy = (fields) => approvalPolicy({ approvers: [bob.address, charlie.address, dave.address], threshold: 2, ...fields });

const find = (events, event) => events.find((e) => event.is(e));
const isPaused = async () => (await api.query.tokens.tokens(TOKEN)).unwrap().paused.isTrue;

before(async () => {
  api = await connect();
  const funded = await submit(api, api.tx.balances.transferKeepAlive(owner.address, 1_000n * UNIT), alice);
  assert.equal(funded.ok, true, funded.error);
  const config = generateConfig('--use-case', 'utility', '--supply', '1000000');
  // The utility template does not pause; this token does.
  config.features.push('Pausable');
  const recipients = config.distribution.map((a) => [a.bucket, owner.address]);
  const created = await submit(api, api.tx.tokens.createToken(TOKEN, config, recipients), owner);
  assert.equal(created.ok, true, created.error);
  // The owner mints directly; Charlie, an approver, is a minter too: a mint proposal passes only
  // with a minter among its approvals.
  for (const who of [owner, charlie]) {
    const minter = await submit(api, api.tx.tokens.grantRole(TOKEN, 'Minter', who.address), owner);
    assert.equal(minter.ok, true, minter.error);
  }
  // A market for the token, before any limit counts the owner's liquidity.
  const pool = await submit(api, api.tx.assetConversion.createPool('Native', { WithId: TOKEN }), owner);
  assert.equal(pool.ok, true, pool.error);
  const liquidity = api.tx.assetConversion.addLiquidity('Native', { WithId: TOKEN }, 10n * UNIT, 10n * UNIT, 1, 1, owner.address);
  const added = await submit(api, liquidity, owner);
  assert.equal(added.ok, true, added.error);
});
after(async () => {
  await api?.disconnect();
});

test('under a 2-of-3 policy a large mint needs two approvals; the direct mint is refused', async () => {
  const set = await sudo(api.tx.security.setApprovalPolicy(TOKEN, policy({ mintAbove: 1_000n * UNIT })));
  assert.equal(set.ok, true, set.error);
  const supply = async () => (await api.query.assets.asset(TOKEN)).unwrap().supply.toBigInt();
  const before = await supply();
  const direct = await submit(api, api.tx.tokens.mint(TOKEN, eve.address, 5_000n * UNIT), owner);
  assert.equal(direct.error, 'security.RequiresApproval');
  assert.equal(await supply(), before);
  // A small mint stays direct.
  const small = await submit(api, api.tx.tokens.mint(TOKEN, eve.address, UNIT), owner);
  assert.equal(small.ok, true, small.error);

  const mint = { Mint: { to: eve.address, amount: 5_000n * UNIT } };
  const proposed = await submit(api, api.tx.security.propose(TOKEN, mint), bob);
  assert.equal(proposed.ok, true, proposed.error);
  const id = find(proposed.events, api.events.security.Proposed).data.id.toNumber();
  assert.equal(await assetBalance(api, TOKEN, eve.address), UNIT, 'minted on one approval');
  const refused = await submit(api, api.tx.security.approve(id), eve);
  assert.equal(refused.error, 'security.NotApprover');
  const approved = await submit(api, api.tx.security.approve(id), charlie);
  assert.equal(approved.ok, true, approved.error);
  const executed = find(approved.events, api.events.security.Executed);
  assert.ok(executed, 'no Executed event');
  assert.ok(executed.data.result.isOk, 'the mint failed');
  assert.equal(await assetBalance(api, TOKEN, eve.address), 5_001n * UNIT);
});

test('a time-locked unpause executes only after its delay', async () => {
  const set = await sudo(api.tx.security.setApprovalPolicy(TOKEN, policy({ threshold: 1, delay: 3, unpause: true })));
  assert.equal(set.ok, true, set.error);
  const paused = await submit(api, api.tx.tokens.pause(TOKEN), owner);
  assert.equal(paused.ok, true, paused.error);
  assert.equal((await submit(api, api.tx.tokens.unpause(TOKEN), owner)).error, 'security.RequiresApproval');
  assert.equal(await isPaused(), true);

  const proposed = await submit(api, api.tx.security.propose(TOKEN, 'Unpause'), dave);
  assert.equal(proposed.ok, true, proposed.error);
  const queued = find(proposed.events, api.events.security.Queued);
  assert.ok(queued, 'no Queued event');
  const { id, eta } = queued.data;
  assert.equal((await submit(api, api.tx.security.execute(id), eve)).error, 'security.TooEarly');
  assert.equal(await isPaused(), true);
  // Wait until the block before `eta` is sealed: the next extrinsic lands in `eta` or later.
  while ((await api.rpc.chain.getHeader()).number.toNumber() < eta.toNumber() - 1) {
    await nextBlocks(api, 1);
  }
  const executed = await submit(api, api.tx.security.execute(id), eve);
  assert.equal(executed.ok, true, executed.error);
  assert.ok(find(executed.events, api.events.security.Executed).data.result.isOk);
  assert.equal(await isPaused(), false);
});

test('the circuit breaker stops the token after a burst until it is reset', async () => {
  // 1% of the supply a block.
  const set = await sudo(api.tx.security.setBreaker(TOKEN, { maxBlockShare: 10_000, pauseBlocks: 50 }));
  assert.equal(set.ok, true, set.error);
  const burst = await submit(api, api.tx.tokens.transfer(TOKEN, bob.address, 20_000n * UNIT), owner);
  assert.equal(burst.ok, true, burst.error);
  assert.ok(find(burst.events, api.events.security.BreakerTripped), 'no BreakerTripped event');
  const before = await assetBalance(api, TOKEN, bob.address);
  // Stopped at validation (custom code 11: security.BreakerOpen): never included.
  await assert.rejects(
    submit(api, api.tx.tokens.transfer(TOKEN, bob.address, UNIT), owner),
    /Custom error: 11/,
  );
  assert.equal(await assetBalance(api, TOKEN, bob.address), before);
  const reset = await sudo(api.tx.security.resetBreaker(TOKEN));
  assert.equal(reset.ok, true, reset.error);
  const again = await submit(api, api.tx.tokens.transfer(TOKEN, bob.address, UNIT), owner);
  assert.equal(again.ok, true, again.error);
  assert.equal((await sudo(api.tx.security.setBreaker(TOKEN, null))).ok, true);
});

test('a transfer above the per-account volume limit is rejected at validation: no fee, nothing moves', async () => {
  const limits = { window: 100, maxTransfers: null, maxVolume: 10n * UNIT, cooldown: 0 };
  const set = await sudo(api.tx.security.setLimits(TOKEN, 'Standard', limits));
  assert.equal(set.ok, true, set.error);
  const check = async (amount) => api.call.securityApi.checkTransfer(TOKEN, owner.address, amount);
  assert.ok((await check(10n * UNIT)).isOk);
  assert.ok((await check(10n * UNIT + 1n)).isErr, 'the runtime API allows a transfer above the limit');
  const before = await assetBalance(api, TOKEN, charlie.address);
  const native = await freeBalance(api, owner.address);
  // Custom code 14: security.VolumeExceeded's index.
  await assert.rejects(
    submit(api, api.tx.tokens.transfer(TOKEN, charlie.address, 11n * UNIT), owner),
    /Custom error: 14/,
  );
  assert.equal(await freeBalance(api, owner.address), native, 'a fee was charged');
  assert.equal(await assetBalance(api, TOKEN, charlie.address), before);
  const within = await submit(api, api.tx.tokens.transfer(TOKEN, charlie.address, 10n * UNIT), owner);
  assert.equal(within.ok, true, within.error);

  // A swap whose input the AMM decides is judged at the most it may take: refused at
  // validation too, with no fee, and nothing moves. (An attempt refused at dispatch, because
  // the token's standing changed after validation, is recorded in the token's trail of
  // refusals: a runtime test shows it.)
  const held = await assetBalance(api, TOKEN, owner.address);
  const exactOut = api.tx.assetConversion.swapTokensForExactTokens([{ WithId: TOKEN }, 'Native'], UNIT / 100n, 5n * UNIT, owner.address, true);
  await assert.rejects(submit(api, exactOut, owner), /Custom error: 14/);
  assert.equal(await assetBalance(api, TOKEN, owner.address), held);
  assert.equal((await sudo(api.tx.security.setLimits(TOKEN, 'Standard', null))).ok, true);
});

test('a pallet-multisig account holds the token\'s Admin role and acts on two of three approvals', async () => {
  const signers = [bob, charlie, dave];
  const multisig = encodeAddress(createKeyMulti(signers.map((s) => s.address), 2), api.registry.chainSS58);
  const others = (signer) => sortAddresses(signers.filter((s) => s !== signer).map((s) => s.address), api.registry.chainSS58);
  const granted = await submit(api, api.tx.tokens.grantRole(TOKEN, 'Admin', multisig), owner);
  assert.equal(granted.ok, true, granted.error);
  const eveIsPauser = async () => (await api.query.tokens.roles(TOKEN, ['Pauser', eve.address])).isSome;
  const call = api.tx.tokens.grantRole(TOKEN, 'Pauser', eve.address);
  const maxWeight = { refTime: 5_000_000_000n, proofSize: 200_000n };
  const first = await submit(api, api.tx.multisig.asMulti(2, others(bob), null, call, maxWeight), bob);
  assert.equal(first.ok, true, first.error);
  const opened = find(first.events, api.events.multisig.NewMultisig);
  assert.ok(opened, 'no NewMultisig event');
  assert.equal(opened.data.multisig.toString(), multisig);
  const pending = (await api.query.multisig.multisigs(multisig, opened.data.callHash)).unwrap();
  assert.equal(await eveIsPauser(), false, 'one approval granted the role');
  const second = await submit(api, api.tx.multisig.asMulti(2, others(charlie), pending.when, call, maxWeight), charlie);
  assert.equal(second.ok, true, second.error);
  const executed = find(second.events, api.events.multisig.MultisigExecuted);
  assert.ok(executed, 'no MultisigExecuted event');
  assert.ok(executed.data.result.isOk, JSON.stringify(executed.data.result.toHuman()));
  assert.equal(await eveIsPauser(), true);
});

test('the audit trail lists each action in order', async () => {
  assert.equal((await sudo(api.tx.security.setApprovalPolicy(TOKEN, null))).ok, true);
  const entries = await api.call.securityApi.auditTrail({ Token: TOKEN }, 0, 256);
  const seqs = entries.map((e) => e.seq.toBigInt());
  assert.ok(seqs.every((s, i) => i === 0 || s > seqs[i - 1]), 'entries out of order');
  const actions = entries.map((e) => e.action.type);
  // The token pallet's administrative actions sit in the same trail: the owner's role grants,
  // its direct mint, its pause, the approved unpause, the multisig's grant.
  const tokenActions = entries.filter((e) => e.action.isToken).map((e) => e.action.asToken.action.type);
  assert.deepEqual(tokenActions, [
    'RoleGranted', 'RoleGranted', 'RoleGranted', 'Minted', 'Paused', 'Unpaused', 'RoleGranted', 'RoleGranted',
  ]);
  const security = entries.filter((e) => !e.action.isToken);
  assert.deepEqual(security.map((e) => e.action.type), [
    'PolicySet', 'Proposed', 'Approved', 'Executed',
    'PolicySet', 'Proposed', 'Queued', 'Executed',
    'BreakerSet', 'BreakerTripped', 'BreakerReset', 'BreakerSet',
    'LimitsSet', 'LimitsSet', 'PolicySet',
  ]);
  // A change carries its old and new values: the whole policy, approvers and all.
  const firstLimits = security[12].action.asLimitsSet;
  assert.ok(firstLimits.before.isNone);
  assert.equal(firstLimits.after.unwrap().maxVolume.unwrap().toBigInt(), 10n * UNIT);
  const firstPolicy = security[0].action.asPolicySet;
  assert.ok(firstPolicy.before.isNone);
  assert.deepEqual(firstPolicy.after.unwrap().approvers.map((a) => a.toString()), [bob.address, charlie.address, dave.address]);
  // Root acted through sudo; the proposers and approvers are named.
  assert.ok(security[0].actor.isNone);
  assert.equal(security[1].actor.unwrap().toString(), bob.address);

  // `rustorium audit` prints the same trail, one entry a line.
  const printed = execFileSync(CLI, ['audit', '--token', String(TOKEN), '--url', WS_URL], { encoding: 'utf8' })
    .trim()
    .split('\n');
  assert.equal(printed.length, entries.length);
  printed.forEach((line, i) => {
    assert.ok(line.startsWith(`#${seqs[i]} block `), line);
    assert.ok(line.includes(actions[i]), `${line} does not say ${actions[i]}`);
  });
  const proposal = entries.findIndex((e) => e.action.isProposed);
  assert.ok(printed[proposal].includes(`by ${bob.address}`), printed[proposal]);
});
