// Compares managed-token calls with the polkadot-sdk calls doing the same job, from the weight
// files scripts/bench.sh wrote in one run (scripts/bench/weights.hbs). Usage: node ratios.js DIR.
//
// For each call, as the runtime charges it: ref time = the measured base time + the storage
// reads and writes at RocksDB's weights (25 µs a read, 100 µs a write, the runtime's DbWeight);
// proof size = the calculated (worst-case, MaxEncodedLen) proof size. Calls without components
// only: their weight is one number.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const READ_PS = 25_000_000;
const WRITE_PS = 100_000_000;
const PAIRS = [
  ['pallet_tokens', 'transfer', 'pallet_assets', 'transfer'],
  ['pallet_tokens', 'mint', 'pallet_assets', 'mint'],
  ['pallet_tokens', 'burn', 'pallet_assets', 'burn'],
  ['pallet_tokens', 'pause', 'pallet_assets', 'freeze_asset'],
  ['pallet_tokens', 'transfer', 'pallet_balances', 'transfer_allow_death'],
];

const dir = process.argv[2];
const weights = new Map();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.rs'))) {
  const text = readFileSync(join(dir, file), 'utf8');
  const impl = text.slice(text.indexOf('for SubstrateWeight<T>'), text.indexOf('impl WeightInfo for ()'));
  const pallet = file.replace(/\.rs$/, '');
  const fn = /fn (\w+)\(\s*\) -> Weight \{\s*Weight::from_parts\(([\d_]+), (\d+)\)\s*\.saturating_add\(T::DbWeight::get\(\)\.reads\((\d+)\)\)\s*\.saturating_add\(T::DbWeight::get\(\)\.writes\((\d+)\)\)/g;
  for (const m of impl.matchAll(fn)) {
    const [, name, base, proof, reads, writes] = m;
    const time = Number(base.replaceAll('_', ''));
    weights.set(`${pallet}::${name}`, {
      time,
      reads: Number(reads),
      writes: Number(writes),
      refTime: time + Number(reads) * READ_PS + Number(writes) * WRITE_PS,
      proof: Number(proof),
    });
  }
}

const us = (ps) => (ps / 1e6).toFixed(1);
const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(2) + '×');
console.log('| managed | baseline | time µs | reads, writes | ref time µs | ref time ratio | proof bytes | proof ratio |');
console.log('|---|---|---|---|---|---|---|---|');
let missing = 0;
for (const [p, b, q, c] of PAIRS) {
  const m = weights.get(`${p}::${b}`);
  const o = weights.get(`${q}::${c}`);
  if (!m || !o) {
    console.error(`missing weight: ${p}::${b} or ${q}::${c}`);
    missing += 1;
    continue;
  }
  console.log(
    `| ${p}::${b} | ${q}::${c} | ${us(m.time)} / ${us(o.time)} | ${m.reads}, ${m.writes} / ${o.reads}, ${o.writes} ` +
      `| ${us(m.refTime)} / ${us(o.refTime)} | ${ratio(m.refTime, o.refTime)} | ${m.proof} / ${o.proof} | ${ratio(m.proof, o.proof)} |`,
  );
}

// The fee path. Each weight file's functions, components included, evaluated at given values.
function functions(file) {
  const text = readFileSync(join(dir, file), 'utf8');
  const start = Math.max(text.indexOf('for SubstrateWeight<T>'), text.indexOf('WeightInfo for WeightInfo<T>'));
  const impl = text.slice(start, text.indexOf('impl WeightInfo for ()') > start ? text.indexOf('impl WeightInfo for ()') : undefined);
  const found = new Map();
  for (const m of impl.matchAll(/fn (\w+)\(([^)]*)\) -> Weight \{([\s\S]*?)\n\t\}/g)) {
    found.set(m[1], m[3]);
  }
  return found;
}
function evaluate(body, components = {}) {
  const times = (name) => (name === undefined ? 1 : components[name]);
  const num = (digits) => Number(digits.replaceAll('_', ''));
  let refTime = 0;
  let proof = 0;
  for (const m of body.matchAll(/Weight::from_parts\(([\d_]+), ([\d_]+)\)(?:\.saturating_mul\((\w+)\.into\(\)\))?/g)) {
    refTime += num(m[1]) * times(m[3]);
    proof += num(m[2]) * times(m[3]);
  }
  for (const m of body.matchAll(/\.(reads|writes)\(\(?([\d_]+?)(?:_u64| as u64)?\)?(?:\.saturating_mul\((\w+)\.into\(\)\))?\)/g)) {
    refTime += num(m[2]) * times(m[3]) * (m[1] === 'reads' ? READ_PS : WRITE_PS);
  }
  return { refTime, proof };
}
const files = readdirSync(dir);
const fee = files.includes('pallet_fee_pools.rs') ? functions('pallet_fee_pools.rs') : new Map();
const stock = files.includes('pallet_asset_conversion_tx_payment.rs')
  ? functions('pallet_asset_conversion_tx_payment.rs')
  : new Map();
const balances = files.includes('pallet_balances.rs') ? functions('pallet_balances.rs') : new Map();
const need = [
  [fee, 'charge_native'],
  [fee, 'charge_auto'],
  [fee, 'charge_cheapest'],
  [stock, 'charge_asset_tx_payment_native'],
  [stock, 'charge_asset_tx_payment_asset'],
  [balances, 'transfer_allow_death'],
];
if (need.some(([map, name]) => !map.has(name))) {
  console.error('missing fee-path weights: run the full scripts/bench.sh');
  process.exit(1);
}
const max = Number(process.env.MAX_FEE_TOKENS ?? 32);
const native = evaluate(fee.get('charge_native'));
const auto = (n) => evaluate(fee.get('charge_auto'), { n });
const cheapest = (n) => evaluate(fee.get('charge_cheapest'), { n });
const stockNative = evaluate(stock.get('charge_asset_tx_payment_native'));
const stockAsset = evaluate(stock.get('charge_asset_tx_payment_asset'));
// polkadot-sdk's own figures for its extension (its weights.rs, its reference machine): the
// anchor the issue names, at the same database weights.
const sdkNative = { refTime: 40_645_000 + READ_PS + WRITE_PS, proof: 3593 };
const sdkAsset = { refTime: 152_207_000 + 4 * READ_PS + 4 * WRITE_PS, proof: 6208 };
// A transfer's whole weight: the call, the extrinsic base weight and the fee extension.
const BASE = 108_157 * 1_000; // ExtrinsicBaseWeight, polkadot-sdk's reference figure the runtime uses (ps)
const transfer = evaluate(balances.get('transfer_allow_death'));
const whole = (ext) => ({ refTime: transfer.refTime + BASE + ext.refTime, proof: transfer.proof + ext.proof });
const rows = [
  ['transfer, automatic fee, payer holds native ÷ polkadot-sdk native fee (its weights.rs)', whole(native), whole(sdkNative), 'goal ≤ 1.5×; baseline from another machine'],
  ['transfer, automatic fee in a token (router looked at 1) ÷ transfer, native fee', whole(auto(1)), whole(native), 'goal ≤ 1.5×'],
  [`transfer, automatic fee in a token, worst case (router looked at all ${max}) ÷ transfer, native fee`, whole(auto(max)), whole(native), 'what ChargeFee declares before dispatch'],
  [`selection, payer holding the cheapest token: ${max} fee tokens ÷ 2`, cheapest(max), cheapest(2), 'goal ≤ 1.1×'],
  [`router worst case: ${max} fee tokens looked at ÷ 2`, auto(max), auto(2), ''],
  ...(fee.has('charge_route')
    ? [['transfer, automatic fee in a routed token (two hops, router looked at 2) ÷ transfer, native fee', whole(evaluate(fee.get('charge_route'), { n: 2 })), whole(native), '']]
    : []),
  ['stock extension over our pools: named asset ÷ native (same run)', stockAsset, stockNative, ''],
  ['polkadot-sdk asset-conversion-tx-payment: asset ÷ native (its weights.rs)', sdkAsset, sdkNative, 'the anchor, ≈ 3.9×'],
];
// Prints `rows` ([name, measured, baseline, note]) as a table headed `title`.
function table(title, rows) {
  console.log('');
  console.log(`| ${title} | ref time µs | ref time ratio | proof bytes | proof ratio | note |`);
  console.log('|---|---|---|---|---|---|');
  for (const [name, a, b, note] of rows) {
    console.log(
      `| ${name} | ${us(a.refTime)} / ${us(b.refTime)} | ${ratio(a.refTime, b.refTime)} | ${a.proof} / ${b.proof} | ${ratio(a.proof, b.proof)} | ${note} |`,
    );
  }
}
table('fee path', rows);

// The security limits: a managed-token transfer with the limits at their dearest ÷ without, the
// call alone and the whole transaction (the call, the base weight, the fee extension's native
// path, and the validator's read and check; the fee extension refunds the refusal record's
// weight of a transfer that was not refused).
const tokens = files.includes('pallet_tokens.rs') ? functions('pallet_tokens.rs') : new Map();
const security = files.includes('pallet_security.rs') ? functions('pallet_security.rs') : new Map();
if (['transfer', 'transfer_limited'].every((n) => tokens.has(n)) && ['check_transfer', 'note_rejected'].every((n) => security.has(n))) {
  const plain = evaluate(tokens.get('transfer'));
  const limited = evaluate(tokens.get('transfer_limited'));
  const check = evaluate(security.get('check_transfer'));
  const validator = { refTime: READ_PS + check.refTime, proof: check.proof };
  const tx = (call, extra) => ({ refTime: call.refTime + BASE + native.refTime + extra.refTime, proof: call.proof + native.proof + extra.proof });
  const none = { refTime: 0, proof: 0 };
  table('security limits', [
    ['tokens.transfer, limits and breaker on ÷ off (the call)', limited, plain, 'goal ≤ 1.1×'],
    ['tokens.transfer transaction, limits on (call + validation check) ÷ no policy', tx(limited, validator), tx(plain, none), 'goal ≤ 1.1×'],
  ]);
} else {
  console.error('missing security weights: run the full scripts/bench.sh');
  missing += 1;
}
process.exit(missing ? 1 : 0);
