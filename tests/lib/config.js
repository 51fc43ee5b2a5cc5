// Token configurations from the `rustorium` command, in the shape @polkadot/api encodes.

import { execFileSync } from 'node:child_process';
/**
 * Converts the CLI's JSON (snake_case, kebab-case enums, decimal prices) to the shape
 * @polkadot/api encodes from metadata. Large integers are read as strings, not floats.
 */
export function toChainConfig(text) {
  const json = JSON.parse(text.replace(/(:\s*)(\d{16,})/g, '$1"$2"'));
  const variant = (kebab) => kebab.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  const price = (decimal) => {
    if (decimal === null) return null;
    const [whole, frac = ''] = decimal.split('.');
    return BigInt(whole) * 10n ** 18n + BigInt(frac.padEnd(18, '0'));
  };
  return {
    name: json.name,
    symbol: json.symbol,
    decimals: json.decimals,
    useCase: variant(json.use_case),
    initialSupply: BigInt(json.initial_supply),
    maxSupply: BigInt(json.max_supply),
    distribution: json.distribution.map((a) => ({ bucket: variant(a.bucket), share: a.share, vesting: a.vesting })),
    economics: {
      initialPrice: price(json.economics.initial_price),
      inflation: json.economics.inflation && {
        annualRate: json.economics.inflation.annual_rate,
        period: json.economics.inflation.period,
      },
      stakingRewardRate: json.economics.staking_reward_rate,
    },
    features: json.features.map(variant),
  };
}

/** The `rustorium` command; `scripts/test.sh` sets this to the one it built. */
export const CLI = process.env.RUSTORIUM_CLI ?? 'rustorium';

/** `rustorium token generate` with `args`, converted for the chain. */
export function generateConfig(...args) {
  const text = execFileSync(CLI, ['token', 'generate', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return toChainConfig(text);
}

/** An approval policy that reserves nothing (a 1-of-n, no time lock), with `fields` over it. */
export const approvalPolicy = (fields) => ({
  approvers: [],
  threshold: 1,
  delay: 0,
  ttl: 100,
  mintAbove: null,
  roles: false,
  limits: false,
  unpause: false,
  burns: false,
  classes: false,
  breaker: false,
  emission: false,
  ...fields,
});
