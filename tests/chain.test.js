// The chain identifies itself to wallets and produces blocks on its own.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, nextBlocks } from './lib/chain.js';

let api;
before(async () => {
  api = await connect();
});
after(async () => {
  await api?.disconnect();
});

test('chain name and properties are what Polkadot.js apps shows', async () => {
  assert.equal((await api.rpc.system.chain()).toString(), 'Rustorium Development');
  const props = await api.rpc.system.properties();
  assert.deepEqual(props.tokenSymbol.unwrap().toJSON(), ['RTM']);
  assert.deepEqual(props.tokenDecimals.unwrap().toJSON(), [12]);
  assert.equal(props.ss58Format.unwrap().toNumber(), 42);
  assert.equal(api.runtimeVersion.specName.toString(), 'rustorium');
});

test('blocks keep being produced', async () => {
  const numbers = await nextBlocks(api, 3);
  assert.equal(numbers.length, 3);
  assert.ok(numbers[2] > numbers[0], `block numbers did not advance: ${numbers}`);
});

test('metadata exposes the token pallets to the stock library', () => {
  for (const section of ['balances', 'assets', 'poolAssets', 'assetConversion', 'sudo']) {
    assert.ok(api.tx[section], `no ${section} calls in metadata`);
  }
  assert.ok(api.call.assetConversionApi, 'no AssetConversionApi runtime API in metadata');
});
