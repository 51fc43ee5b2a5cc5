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
process.exit(missing ? 1 : 0);
