// Compares managed-token calls with the polkadot-sdk calls doing the same job, from the JSON
// files frame-omni-bencher wrote in one run of scripts/bench.sh. Usage: node ratios.js DIR.
//
// For each benchmark: the median execution time over the repeats (at the highest value of any
// component), the storage reads and writes, and the proof size. Weight = time + reads and
// writes at RocksDB's weights (25 µs a read, 100 µs a write), as the runtime charges them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const READ_PS = 25_000_000n;
const WRITE_PS = 100_000_000n;
const PAIRS = [
  ['pallet_tokens', 'transfer', 'pallet_assets', 'transfer'],
  ['pallet_tokens', 'mint', 'pallet_assets', 'mint'],
  ['pallet_tokens', 'burn', 'pallet_assets', 'burn'],
  ['pallet_tokens', 'pause', 'pallet_assets', 'freeze_asset'],
  ['pallet_tokens', 'transfer', 'pallet_balances', 'transfer_allow_death'],
];

const text = (v) => (Array.isArray(v) ? String.fromCharCode(...v) : String(v));
const median = (xs) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[Math.floor(xs.length / 2)];
const highest = (results) => {
  const size = (r) => r.components.reduce((s, [, v]) => s + v, 0);
  const top = Math.max(...results.map(size));
  return results.filter((r) => size(r) === top);
};

const dir = process.argv[2];
const measured = new Map();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  for (const batch of JSON.parse(readFileSync(join(dir, file), 'utf8'))) {
    const time = highest(batch.time_results);
    const db = highest(batch.db_results.length ? batch.db_results : batch.time_results)[0];
    const ns = median(time.map((r) => BigInt(r.extrinsic_time)));
    const weight = ns * 1000n + BigInt(db.reads) * READ_PS + BigInt(db.writes) * WRITE_PS;
    measured.set(`${text(batch.pallet)}::${text(batch.benchmark)}`, {
      ns,
      reads: db.reads,
      writes: db.writes,
      proof: BigInt(db.proof_size),
      weight,
    });
  }
}

const ratio = (a, b) => (b === 0n ? 'n/a' : (Number(a) / Number(b)).toFixed(2) + '×');
console.log('| managed | baseline | time µs (managed / baseline) | reads, writes | weight ratio | proof size ratio |');
console.log('|---|---|---|---|---|---|');
let missing = 0;
for (const [p, b, q, c] of PAIRS) {
  const m = measured.get(`${p}::${b}`);
  const base = measured.get(`${q}::${c}`);
  if (!m || !base) {
    console.error(`missing measurement: ${p}::${b} or ${q}::${c}`);
    missing += 1;
    continue;
  }
  const us = (ns) => (Number(ns) / 1000).toFixed(1);
  console.log(
    `| ${p}::${b} | ${q}::${c} | ${us(m.ns)} / ${us(base.ns)} | ${m.reads}, ${m.writes} / ${base.reads}, ${base.writes} ` +
      `| ${ratio(m.weight, base.weight)} | ${ratio(m.proof, base.proof)} |`,
  );
}
process.exit(missing ? 1 : 0);
