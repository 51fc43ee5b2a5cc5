//! Genesis presets: `development` (one collator) and `local_testnet` (two collators).
//!
//! Both fund the well-known dev accounts (Alice … Ferdie), create four demo tokens with
//! metadata, hand each dev account a balance of every token, and seed an asset-conversion pool
//! for each: three paired with the native token, each a fee token with a funded fee pool, and one
//! (RPT) paired only with USDR, a fee token routed through USDR's fee pool; so that swaps and fee
//! payment in tokens work on a fresh chain.

use crate::{
	configs::NativeToken, AccountId, AssetConversionConfig, AssetId, AssetsConfig, AuraId, Balance,
	BalancesConfig, CollatorSelectionConfig, FeePoolsConfig, ParachainInfoConfig,
	PolkadotXcmConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, TokensConfig,
	EXISTENTIAL_DEPOSIT, UNIT,
};
use alloc::{string::String, vec, vec::Vec};
use cumulus_primitives_core::ParaId;
use frame_support::{build_struct_json_patch, traits::fungible::NativeOrWithId};
use rustorium_primitives::{TokenConfig, TokenGenerator, UseCase};
use sp_genesis_builder::PresetId;
use sp_keyring::Sr25519Keyring;
use sp_runtime::Permill;

/// The parachain id of the dev and local chains.
pub const PARACHAIN_ID: u32 = 2000;

/// Native balance of every dev account: 1,000,000 RTM.
const ENDOWMENT: Balance = 1_000_000 * UNIT;
/// The native each demo token's fee pool starts with, from the root account.
pub const FEE_POOL_NATIVE: Balance = 10_000 * UNIT;

/// The XCM version assumed for destinations that have not said theirs.
const SAFE_XCM_VERSION: u32 = xcm::prelude::XCM_VERSION;

/// A token created at genesis, with the liquidity its AMM pool starts with.
pub struct DemoToken {
	/// The token's id in `pallet-assets`.
	pub id: AssetId,
	/// Human-readable name.
	pub name: &'static str,
	/// Ticker symbol.
	pub symbol: &'static str,
	/// Decimal places.
	pub decimals: u8,
	/// Smallest balance an account may hold.
	pub min_balance: Balance,
	/// Whether holding the token alone keeps an account alive.
	pub is_sufficient: bool,
	/// Balance given to each dev account.
	pub per_account: Balance,
	/// The token the genesis pool pairs it with: `None` for the native token, which makes it a
	/// fee token with a pool of its own; `Some(id)` for a fee token it is then routed through.
	pub paired_with: Option<AssetId>,
	/// The other side of the genesis pool: native, or the paired token.
	pub pool_paired: Balance,
	/// Token side of the genesis pool.
	pub pool_token: Balance,
	/// What a fee paid in the token costs above its oracle rate, in parts per million (for a
	/// routed token, on top of the premium of the token it is routed through).
	pub fee_premium: u32,
}

/// One whole unit of a token with `decimals` decimal places.
const fn whole(decimals: u8) -> Balance {
	10u128.pow(decimals as u32)
}

/// The demo tokens: a stablecoin, a gaming token, a governance token and a loyalty-points token
/// that trades only against the stablecoin. Prices implied by the pools: 1 RTM = 2 USDR = 100 GEM
/// = 0.5 RGOV = 4 RPT.
pub const DEMO_TOKENS: [DemoToken; 4] = [
	DemoToken {
		id: 1,
		name: "Rustorium Dollar",
		symbol: "USDR",
		decimals: 6,
		min_balance: whole(6) / 100,
		is_sufficient: true,
		per_account: 1_000_000 * whole(6),
		paired_with: None,
		pool_paired: 100_000 * UNIT,
		pool_token: 200_000 * whole(6),
		fee_premium: 3_000,
	},
	DemoToken {
		id: 2,
		name: "Gem Gaming Token",
		symbol: "GEM",
		decimals: 10,
		min_balance: whole(10) / 1_000,
		is_sufficient: false,
		per_account: 100_000_000 * whole(10),
		paired_with: None,
		pool_paired: 100_000 * UNIT,
		pool_token: 10_000_000 * whole(10),
		fee_premium: 10_000,
	},
	DemoToken {
		id: 3,
		name: "Rustorium Governance",
		symbol: "RGOV",
		decimals: 12,
		min_balance: whole(12) / 1_000,
		is_sufficient: false,
		per_account: 1_000_000 * whole(12),
		paired_with: None,
		pool_paired: 100_000 * UNIT,
		pool_token: 50_000 * whole(12),
		fee_premium: 5_000,
	},
	DemoToken {
		id: 4,
		name: "Rustorium Points",
		symbol: "RPT",
		decimals: 6,
		min_balance: whole(6) / 100,
		is_sufficient: true,
		per_account: 1_000_000 * whole(6),
		paired_with: Some(1),
		pool_paired: 50_000 * whole(6),
		pool_token: 100_000 * whole(6),
		// 1% over USDR's 0.3%: the AMM's 0.3% swap fee on the way to USDR, and price impact.
		fee_premium: 10_000,
	},
];

/// The id of the demo managed token, created through `pallet-tokens`.
pub const MANAGED_TOKEN_ID: AssetId = 10;

/// The demo managed token: the generator's gaming template, named Quest Gold (QGOLD), with a
/// billion tokens capped at two billion, vesting for team and investors. `None` only if the
/// generator refused it, which a test rules out.
pub fn managed_token_config() -> Option<TokenConfig> {
	TokenGenerator::new()
		.use_case(UseCase::Gaming)
		.named("Quest Gold", "QGOLD")
		.with_supply(1_000_000_000)
		.generate()
		.ok()
}

fn session_keys(aura: AuraId) -> SessionKeys {
	SessionKeys { aura }
}

/// The genesis patch shared by both presets.
fn rustorium_genesis(
	invulnerables: Vec<(AccountId, AuraId)>,
	endowed: Vec<AccountId>,
	root: AccountId,
	id: ParaId,
) -> serde_json::Value {
	let tokens = DEMO_TOKENS.iter();
	// Every dev account gets each token; the pool provider (root) also gets its pools' share:
	// of each token's own pool and of the pools pairing other tokens with it.
	let provider = &root;
	let pooled = |id: AssetId| {
		DEMO_TOKENS
			.iter()
			.filter(|t| t.paired_with == Some(id))
			.fold(0, |sum: Balance, t| sum.saturating_add(t.pool_paired))
	};
	let token_accounts: Vec<(AssetId, AccountId, Balance)> = tokens
		.clone()
		.flat_map(|t| {
			endowed.iter().map(move |account| {
				let extra =
					if account == provider { t.pool_token.saturating_add(pooled(t.id)) } else { 0 };
				(t.id, account.clone(), t.per_account.saturating_add(extra))
			})
		})
		.collect();
	// Root creates the managed token; its buckets go to the dev accounts in turn.
	let managed_tokens: Vec<_> = managed_token_config()
		.map(|config| {
			let recipients = config
				.distribution
				.iter()
				.map(|a| a.bucket)
				.zip(endowed.iter().cloned().cycle())
				.collect::<Vec<_>>();
			(MANAGED_TOKEN_ID, root.clone(), config, recipients)
		})
		.into_iter()
		.collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.iter().cloned().map(|account| (account, ENDOWMENT)).collect(),
		},
		parachain_info: ParachainInfoConfig { parachain_id: id },
		collator_selection: CollatorSelectionConfig {
			invulnerables: invulnerables.iter().map(|(account, _)| account.clone()).collect(),
			candidacy_bond: EXISTENTIAL_DEPOSIT * 16,
		},
		session: SessionConfig {
			keys: invulnerables
				.into_iter()
				.map(|(account, aura)| (account.clone(), account, session_keys(aura)))
				.collect(),
		},
		polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(SAFE_XCM_VERSION) },
		sudo: SudoConfig { key: Some(root.clone()) },
		assets: AssetsConfig {
			assets: tokens
				.clone()
				.map(|t| (t.id, root.clone(), t.is_sufficient, t.min_balance))
				.collect(),
			metadata: tokens
				.clone()
				.map(|t| (
					t.id,
					t.name.as_bytes().to_vec(),
					t.symbol.as_bytes().to_vec(),
					t.decimals
				))
				.collect(),
			accounts: token_accounts,
		},
		tokens: TokensConfig { tokens: managed_tokens },
		fee_pools: FeePoolsConfig {
			fee_tokens: DEMO_TOKENS
				.iter()
				.filter(|t| t.paired_with.is_none())
				.map(|t| {
					(t.id, Permill::from_parts(t.fee_premium), root.clone(), FEE_POOL_NATIVE)
				})
				.collect(),
			routes: DEMO_TOKENS
				.iter()
				.filter_map(|t| {
					t.paired_with.map(|via| (t.id, via, Permill::from_parts(t.fee_premium)))
				})
				.collect(),
		},
		asset_conversion: AssetConversionConfig {
			pools: tokens
				.map(|t| {
					let paired = t.paired_with.map_or(NativeToken::get(), NativeOrWithId::WithId);
					(
						paired,
						NativeOrWithId::WithId(t.id),
						root.clone(),
						t.pool_paired,
						t.pool_token,
					)
				})
				.collect(),
		},
	})
}

/// The development preset: Alice collates and holds the sudo key.
fn development_config_genesis() -> serde_json::Value {
	rustorium_genesis(
		vec![(Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Alice.public().into())],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
		PARACHAIN_ID.into(),
	)
}

/// The local testnet preset: Alice and Bob collate; Alice holds the sudo key.
fn local_testnet_genesis() -> serde_json::Value {
	rustorium_genesis(
		vec![
			(Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Alice.public().into()),
			(Sr25519Keyring::Bob.to_account_id(), Sr25519Keyring::Bob.public().into()),
		],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
		PARACHAIN_ID.into(),
	)
}

/// The JSON patch of the preset named `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;
	use frame_support::traits::{fungible::Inspect as _, fungibles::metadata::Inspect as _};
	use sp_runtime::FixedPointNumber;

	/// Merges a genesis patch into a full genesis config, as the node's chain-spec code does.
	fn merge(config: &mut serde_json::Value, patch: serde_json::Value) {
		match (config, patch) {
			(serde_json::Value::Object(config), serde_json::Value::Object(patch)) => {
				for (key, value) in patch {
					merge(config.entry(key).or_insert(serde_json::Value::Null), value);
				}
			},
			(config, patch) => *config = patch,
		}
	}

	/// Externalities holding the state the `development` preset builds, through the same
	/// `GenesisBuilder::build_state` path the node uses: the preset is a patch over the default
	/// config, which `build_state` needs in full.
	pub(crate) fn dev_ext() -> sp_io::TestExternalities {
		let patch = get_preset(&PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET))
			.expect("the development preset exists");
		let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
			.expect("the default genesis config serializes");
		merge(&mut config, serde_json::from_slice(&patch).expect("the preset is JSON"));
		let config = serde_json::to_vec(&config).expect("the genesis config serializes");
		let mut ext = sp_io::TestExternalities::default();
		ext.execute_with(|| {
			frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(config)
				.expect("the development genesis builds")
		});
		ext
	}

	#[test]
	fn preset_names_are_development_and_local_testnet() {
		let names = preset_names();
		assert_eq!(names, vec!["development".to_owned(), "local_testnet".to_owned()]);
		assert!(get_preset(&PresetId::from("unknown")).is_none());
	}

	#[test]
	fn development_genesis_has_demo_tokens_with_metadata_and_balances() {
		dev_ext().execute_with(|| {
			let bob = Sr25519Keyring::Bob.to_account_id();
			assert_eq!(crate::Balances::balance(&bob), ENDOWMENT);
			for t in DEMO_TOKENS.iter() {
				assert_eq!(crate::Assets::name(t.id), t.name.as_bytes().to_vec());
				assert_eq!(crate::Assets::symbol(t.id), t.symbol.as_bytes().to_vec());
				assert_eq!(crate::Assets::decimals(t.id), t.decimals);
				assert_eq!(crate::Assets::balance(t.id, &bob), t.per_account);
			}
		});
	}

	#[test]
	fn development_genesis_creates_the_managed_token_through_pallet_tokens() {
		dev_ext().execute_with(|| {
			let config = managed_token_config().expect("the gaming template generates");
			let info = pallet_tokens::Tokens::<crate::Runtime>::get(MANAGED_TOKEN_ID)
				.expect("the managed token exists");
			assert_eq!(info.max_supply, config.max_supply);
			assert_eq!(crate::Assets::total_supply(MANAGED_TOKEN_ID), config.initial_supply);
			crate::Tokens::do_try_state().expect("the pallet's invariants hold at genesis");
		});
	}

	#[test]
	fn development_genesis_makes_every_demo_token_a_fee_token_with_a_funded_pool() {
		dev_ext().execute_with(|| {
			let tokens = pallet_fee_pools::FeeTokens::<crate::Runtime>::get();
			assert_eq!(tokens.into_inner(), DEMO_TOKENS.iter().map(|t| t.id).collect::<Vec<_>>());
			for t in DEMO_TOKENS.iter() {
				let premium = Permill::from_parts(t.fee_premium);
				match t.paired_with {
					None => {
						let pool =
							pallet_fee_pools::Pools::<crate::Runtime>::get(t.id).expect("a pool");
						assert_eq!((pool.native, pool.premium), (FEE_POOL_NATIVE, premium));
					},
					Some(via) => {
						let route =
							pallet_fee_pools::Routes::<crate::Runtime>::get(t.id).expect("a route");
						assert_eq!((route.via, route.premium), (via, premium));
					},
				}
			}
			crate::FeePools::do_try_state().expect("the fee pools' invariants hold at genesis");
			// A dev account holding only a demo token has a way to pay, in every one of them.
			let bob = Sr25519Keyring::Bob.to_account_id();
			for t in DEMO_TOKENS.iter() {
				assert!(crate::FeePools::token_option(t.id, &bob, UNIT / 100).is_some());
			}
			// The routed token's rate is its price in USDR times USDR's: 1 RPT = 0.25 RTM.
			let rate = crate::FeePools::entry_of(4).expect("RPT is a fee token").rate;
			assert_eq!(rate.saturating_mul_int(4 * whole(6)), UNIT);
		});
	}

	#[test]
	fn development_genesis_seeds_a_pool_per_demo_token_at_the_stated_price() {
		dev_ext().execute_with(|| {
			for t in DEMO_TOKENS.iter() {
				let paired = t.paired_with.map_or(NativeToken::get(), NativeOrWithId::WithId);
				let (other, token) =
					crate::AssetConversion::get_reserves(paired, NativeOrWithId::WithId(t.id))
						.expect("the genesis pool exists");
				assert_eq!((other, token), (t.pool_paired, t.pool_token));
			}
			let alice = Sr25519Keyring::Alice.to_account_id();
			// Alice provided the liquidity and keeps her own per-account share.
			assert_eq!(crate::Assets::balance(1, &alice), DEMO_TOKENS[0].per_account);
		});
	}
}
