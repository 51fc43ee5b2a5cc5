// Shared helpers of the end-to-end suite: connect with stock @polkadot/api defaults, sign and
// wait for inclusion, read fees and module errors from events.
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** The node under test; `scripts/test.sh` starts one and sets this. */
export const WS_URL = process.env.RUSTORIUM_WS ?? 'ws://127.0.0.1:9944';

/** One whole native token (12 decimals). */
export const UNIT = 10n ** 12n;

/** The demo tokens the genesis presets create (see runtime/src/genesis_config_presets.rs). */
export const DEMO_TOKENS = [
  { id: 1, name: 'Rustorium Dollar', symbol: 'USDR', decimals: 6 },
  { id: 2, name: 'Gem Gaming Token', symbol: 'GEM', decimals: 10 },
  { id: 3, name: 'Rustorium Governance', symbol: 'RGOV', decimals: 12 },
  { id: 4, name: 'Rustorium Points', symbol: 'RPT', decimals: 6 },
];

/**
 * Connects with no custom types and no signed-extension options: exactly what Polkadot.js apps
 * does, so a passing suite shows the stock library understands the chain.
 */
export async function connect() {
  await cryptoWaitReady();
  const api = await ApiPromise.create({ provider: new WsProvider(WS_URL), noInitWarn: true });
  return api;
}

/** The well-known dev accounts. */
export function devAccounts() {
  const keyring = new Keyring({ type: 'sr25519' });
  return {
    alice: keyring.addFromUri('//Alice'),
    bob: keyring.addFromUri('//Bob'),
    charlie: keyring.addFromUri('//Charlie'),
    dave: keyring.addFromUri('//Dave'),
    eve: keyring.addFromUri('//Eve'),
    ferdie: keyring.addFromUri('//Ferdie'),
  };
}

/**
 * Signs `tx` with `signer`, waits until it is in a block (or finalized), and returns what happened to it:
 * `{ ok, error, events, fee, blockHash }`. `error` is `section.name` of a module error, or the
 * JSON of any other dispatch error. Rejects if the pool refuses the transaction.
 */
export function submit(api, tx, signer, options = {}) {
  // `options`: a timeout in ms, or `{ timeoutMs, assetId }`; `assetId` names the fee token
  // (ChargeAssetTxPayment), none lets the chain pick the cheapest way to pay.
  const { timeoutMs = 60_000, ...signOptions } = typeof options === 'number' ? { timeoutMs: options } : options;
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    const timer = setTimeout(() => {
      unsub();
      reject(new Error(`transaction not included within ${timeoutMs} ms`));
    }, timeoutMs);
    tx.signAndSend(signer, signOptions, (result) => {
      const { status, events, dispatchError } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        clearTimeout(timer);
        unsub();
        reject(new Error(`transaction ${status.type}`));
        return;
      }
      // The dev node finalizes each block as it seals it, and its pool may report a transaction
      // straight as Finalized, without an InBlock status first.
      if (!status.isInBlock && !status.isFinalized) return;
      clearTimeout(timer);
      unsub();
      const feeEvent = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
      const fee = feeEvent ? feeEvent.event.data.actualFee.toBigInt() : undefined;
      resolve({
        ok: dispatchError === undefined,
        error: dispatchError ? describeError(api, dispatchError) : undefined,
        events: events.map(({ event }) => event),
        fee,
        blockHash: (status.isInBlock ? status.asInBlock : status.asFinalized).toHex(),
      });
    })
      .then((u) => {
        unsub = u;
      })
      .catch((e) => {
        clearTimeout(timer);
        reject(e);
      });
  });
}

/** `section.name` for a module error, the JSON of the error otherwise. */
export function describeError(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}`;
  }
  return JSON.stringify(dispatchError.toHuman());
}

/** Free native balance of `address` at the best block. */
export async function freeBalance(api, address) {
  const { data } = await api.query.system.account(address);
  return data.free.toBigInt();
}

/** Balance of `address` in asset `id` (0 when it holds none). */
export async function assetBalance(api, id, address) {
  const account = await api.query.assets.account(id, address);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

/** Resolves with the next `count` new block numbers. */
export function nextBlocks(api, count, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const seen = [];
    let unsub = () => {};
    const timer = setTimeout(() => {
      unsub();
      reject(new Error(`saw ${seen.length} of ${count} blocks within ${timeoutMs} ms`));
    }, timeoutMs);
    api.rpc.chain
      .subscribeNewHeads((header) => {
        seen.push(header.number.toNumber());
        if (seen.length === count) {
          clearTimeout(timer);
          unsub();
          resolve(seen);
        }
      })
      .then((u) => {
        unsub = u;
      })
      .catch(reject);
  });
}
