//! The five use-case templates: supply, decimals, distribution with vesting, economics and
//! features, each with the reasons it is shaped that way.

use crate::config::{Bucket, Feature, UseCase};
use sp_runtime::{Perbill, Permill};

/// One bucket of a template's distribution, with vesting in months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BucketPlan {
	/// Who the share is for.
	pub bucket: Bucket,
	/// Share of the launch supply.
	pub share: Permill,
	/// Months before anything is released; with `linear_months`, zero means no vesting.
	pub cliff_months: u32,
	/// Months of linear release after the cliff.
	pub linear_months: u32,
}

const fn plan(bucket: Bucket, percent: u32, cliff_months: u32, linear_months: u32) -> BucketPlan {
	BucketPlan { bucket, share: Permill::from_percent(percent), cliff_months, linear_months }
}

/// A use case's starting point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
	/// The use case it serves.
	pub use_case: UseCase,
	/// Default name.
	pub name: &'static str,
	/// Default ticker symbol.
	pub symbol: &'static str,
	/// Decimal places.
	pub decimals: u8,
	/// Launch supply, in whole tokens.
	pub supply: u128,
	/// The cap, as a percentage of the launch supply (100 = fixed supply).
	pub cap_percent: u32,
	/// The distribution of the launch supply.
	pub buckets: &'static [BucketPlan],
	/// Launch price of a whole token in thousandths of a native token.
	pub price_millis: u128,
	/// Yearly inflation, minted monthly, if any.
	pub inflation: Option<Perbill>,
	/// Yearly staking reward rate, if the token can be staked.
	pub staking_reward_rate: Option<Perbill>,
	/// The features switched on.
	pub features: &'static [Feature],
	/// Why the template is shaped this way, one reason a line.
	pub reasons: &'static [&'static str],
}

use Bucket::*;
use Feature::*;

/// Every template, one per use case, in [`UseCase::ALL`] order.
pub static TEMPLATES: [Template; 5] = [
	Template {
		use_case: UseCase::Gaming,
		name: "Gaming Token",
		symbol: "GAME",
		decimals: 12,
		supply: 1_000_000_000,
		cap_percent: 200,
		buckets: &[
			plan(Rewards, 35, 0, 0),
			plan(Community, 15, 0, 0),
			plan(Treasury, 15, 0, 0),
			plan(Team, 15, 12, 24),
			plan(Liquidity, 10, 0, 0),
			plan(Investors, 10, 6, 18),
		],
		price_millis: 10,
		inflation: Some(Perbill::from_percent(3)),
		staking_reward_rate: None,
		features: &[Minting, Burning, Pausable, Vesting, Inflation],
		reasons: &[
			"A supply in the billions keeps in-game prices in whole numbers: an item costs 250 tokens, not 0.00025.",
			"35% goes to a rewards bucket that pays players: a play-to-earn economy needs a deep reward pool at launch.",
			"3% a year of inflation, minted monthly, replaces the tokens that game sinks burn; the cap at twice the launch supply bounds it.",
			"Team (12-month cliff, then 24 months linear) and investors (6, then 18) vest, so insiders cannot sell into the first wave of players.",
			"Pausable, so that an exploit in a game's logic can be stopped while it is fixed.",
		],
	},
	Template {
		use_case: UseCase::Governance,
		name: "Governance Token",
		symbol: "GOV",
		decimals: 12,
		supply: 100_000_000,
		cap_percent: 100,
		buckets: &[
			plan(Community, 45, 0, 0),
			plan(Treasury, 25, 0, 0),
			plan(Team, 15, 12, 36),
			plan(Investors, 10, 6, 24),
			plan(Liquidity, 5, 0, 0),
		],
		price_millis: 1_000,
		inflation: None,
		staking_reward_rate: Some(Perbill::from_percent(4)),
		features: &[Burning, Vesting, Staking, Governance],
		reasons: &[
			"A fixed supply (the cap equals the launch supply, no minting): no vote can dilute the voting power of holders.",
			"45% to the community and 25% to a treasury the holders govern keep insiders (25%) below a blocking minority.",
			"The team vests over four years (12-month cliff, 36 months linear): voting power follows long-term commitment.",
			"Staking at 4% a year, paid from the treasury, rewards holders who lock tokens to vote.",
		],
	},
	Template {
		use_case: UseCase::Utility,
		name: "Utility Token",
		symbol: "UTIL",
		decimals: 12,
		supply: 500_000_000,
		cap_percent: 150,
		buckets: &[
			plan(Ecosystem, 30, 0, 0),
			plan(Community, 20, 0, 0),
			plan(Treasury, 20, 0, 0),
			plan(Team, 15, 12, 24),
			plan(Liquidity, 15, 0, 0),
		],
		price_millis: 50,
		inflation: None,
		staking_reward_rate: Some(Perbill::from_percent(5)),
		features: &[Minting, Burning, Vesting, Staking],
		reasons: &[
			"Ecosystem and community buckets (50%) fund the integrations that create demand for the service the token pays for.",
			"Burning lets the service burn part of each payment, tying the supply to usage.",
			"Minting up to 1.5 times the launch supply lets the project fund growth later, within a bound holders know from day one.",
			"15% for liquidity, so that users can buy the token the moment they need the service.",
		],
	},
	Template {
		use_case: UseCase::Security,
		name: "Security Token",
		symbol: "SEC",
		decimals: 6,
		supply: 10_000_000,
		cap_percent: 100,
		buckets: &[plan(PublicSale, 70, 12, 0), plan(Team, 20, 12, 36), plan(Treasury, 10, 0, 0)],
		price_millis: 1_000,
		inflation: None,
		staking_reward_rate: None,
		features: &[Burning, Pausable, PermissionedTransfers, Vesting],
		reasons: &[
			"Transfers are permissioned: only accounts holding the transfer role, granted after identity checks, may send or receive.",
			"Pausable, so that the issuer can halt transfers on a regulator's order or during a corporate action.",
			"No minting and no inflation: every unit is a claim issued up front; a new issue is a new token.",
			"The offering's buyers (70%) are locked for 12 months, then released at once, like a post-offering lock-up.",
			"Burning lets the issuer redeem units; 6 decimals allow fractional ownership without meaningless precision.",
		],
	},
	Template {
		use_case: UseCase::NftPlatform,
		name: "Marketplace Token",
		symbol: "MKT",
		decimals: 12,
		supply: 1_000_000_000,
		cap_percent: 150,
		buckets: &[
			plan(Community, 30, 0, 0),
			plan(Rewards, 25, 0, 0),
			plan(Treasury, 15, 0, 0),
			plan(Team, 15, 12, 24),
			plan(Liquidity, 10, 0, 0),
			plan(Investors, 5, 6, 18),
		],
		price_millis: 5,
		inflation: Some(Perbill::from_percent(2)),
		staking_reward_rate: Some(Perbill::from_percent(5)),
		features: &[Minting, Burning, Vesting, Inflation, Staking, Nft],
		reasons: &[
			"25% goes to a rewards bucket for creators and curators, the two sides a marketplace must attract.",
			"2% a year of inflation keeps paying creators once the rewards bucket runs dry; the cap bounds it at 1.5 times the launch supply.",
			"Staking at 5% a year for curators who stake on the collections they recommend.",
			"The token pays for mints and royalties (the NFT feature), so marketplace activity is demand for it.",
		],
	},
];

impl Template {
	/// The template of `use_case`.
	pub fn of(use_case: UseCase) -> &'static Template {
		match use_case {
			UseCase::Gaming => &TEMPLATES[0],
			UseCase::Governance => &TEMPLATES[1],
			UseCase::Utility => &TEMPLATES[2],
			UseCase::Security => &TEMPLATES[3],
			UseCase::NftPlatform => &TEMPLATES[4],
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn each_use_case_has_its_own_template_in_order() {
		for (template, use_case) in TEMPLATES.iter().zip(UseCase::ALL) {
			assert_eq!(template.use_case, use_case);
			assert_eq!(Template::of(use_case), template);
		}
	}

	#[test]
	fn every_template_distributes_exactly_everything_and_explains_itself() {
		for t in TEMPLATES.iter() {
			let total: u32 = t.buckets.iter().map(|b| b.share.deconstruct()).sum();
			assert_eq!(total, 1_000_000, "{:?}", t.use_case);
			assert!(t.reasons.len() >= 4, "{:?} gives too few reasons", t.use_case);
			assert!(t.cap_percent >= 100);
		}
	}
}
