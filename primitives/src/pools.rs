//! AMM pool accounts that tell which pair they hold.
//!
//! An AMM's pool account holds other people's money: no token role may reach it (a burner may
//! not burn from it), and a token's limits do not count it as a sender. To know whether an
//! account is a pool of a token without a storage read or an index, [`AmmPoolAccount`] derives a
//! pool's account as a sub-account of the AMM's pallet id with the pair itself in it, not its
//! hash: `"modl" ++ pallet id ++ encode(pair) ++ zeros`. The pair is read back from the account.
//! The derivation fails (and the AMM refuses the pool) when the pair does not fit in the account
//! id, so that no two pairs share an account.

use core::marker::PhantomData;
use frame_support::{
	traits::{fungible::NativeOrWithId, ContainsPair, Get},
	PalletId,
};
use sp_runtime::traits::{AccountIdConversion, TryConvert};

/// A pair of the AMM: the native token or an asset, twice.
pub type Pair<AssetId> = (NativeOrWithId<AssetId>, NativeOrWithId<AssetId>);

/// Derives the account of an AMM pool from its pair and `Seed`, the AMM's pallet id, and reads
/// the pair back from an account: a `PoolLocator`'s address converter for pallet-asset-conversion
/// and, as [`ContainsPair`], the pool accounts of a token (every pool whose pair holds it).
pub struct AmmPoolAccount<Seed, AssetId>(PhantomData<(Seed, AssetId)>);

impl<Seed: Get<PalletId>, AssetId: codec::Decode + Ord> AmmPoolAccount<Seed, AssetId> {
	/// The pair whose pool `who` is, if it is one of this AMM's pool accounts.
	pub fn pair_of<AccountId: codec::Encode + codec::Decode>(
		who: &AccountId,
	) -> Option<Pair<AssetId>> {
		let (seed, pair) = PalletId::try_from_sub_account::<Pair<AssetId>>(who)?;
		(seed == Seed::get()).then_some(pair)
	}
}

impl<Seed, AssetId, AccountId> TryConvert<&Pair<AssetId>, AccountId>
	for AmmPoolAccount<Seed, AssetId>
where
	Seed: Get<PalletId>,
	AssetId: codec::Encode + Ord,
	AccountId: codec::Encode + codec::Decode,
{
	fn try_convert(pair: &Pair<AssetId>) -> Result<AccountId, &Pair<AssetId>> {
		Seed::get().try_into_sub_account(pair).ok_or(pair)
	}
}

/// `who` is a pool account of `token`: the pool of a pair that holds `token`.
impl<Seed, AssetId, AccountId> ContainsPair<AssetId, AccountId> for AmmPoolAccount<Seed, AssetId>
where
	Seed: Get<PalletId>,
	AssetId: codec::Decode + Ord,
	AccountId: codec::Encode + codec::Decode,
{
	fn contains(token: &AssetId, who: &AccountId) -> bool {
		let holds = |kind: &NativeOrWithId<AssetId>| match kind {
			NativeOrWithId::WithId(id) => id == token,
			NativeOrWithId::Native => false,
		};
		Self::pair_of(who).is_some_and(|(a, b)| holds(&a) || holds(&b))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::AccountId32;

	frame_support::parameter_types! {
		pub const Amm: PalletId = PalletId(*b"py/ascon");
		pub const Other: PalletId = PalletId(*b"py/other");
	}

	type Pools = AmmPoolAccount<Amm, u32>;

	fn pool(a: NativeOrWithId<u32>, b: NativeOrWithId<u32>) -> AccountId32 {
		<Pools as TryConvert<_, AccountId32>>::try_convert(&(a, b)).unwrap()
	}

	#[test]
	fn a_pool_account_gives_back_its_pair() {
		use NativeOrWithId::*;
		for pair in [(Native, WithId(7)), (WithId(1), WithId(256)), (WithId(0), WithId(u32::MAX))] {
			let account = pool(pair.0.clone(), pair.1.clone());
			assert_eq!(Pools::pair_of(&account), Some(pair));
		}
	}

	#[test]
	fn a_pool_account_belongs_to_the_tokens_of_its_pair_only() {
		use NativeOrWithId::*;
		let native_pool = pool(Native, WithId(7));
		let asset_pool = pool(WithId(3), WithId(7));
		assert!(Pools::contains(&7, &native_pool));
		assert!(Pools::contains(&7, &asset_pool));
		assert!(Pools::contains(&3, &asset_pool));
		assert!(!Pools::contains(&3, &native_pool));
		assert!(!Pools::contains(&8, &asset_pool));
	}

	#[test]
	fn other_accounts_are_no_pools() {
		assert!(!Pools::contains(&7, &AccountId32::new([7; 32])));
		// Another pallet's sub-account with the same bytes after the id.
		let pair = (NativeOrWithId::<u32>::Native, NativeOrWithId::WithId(7u32));
		let other: AccountId32 = Other::get().into_sub_account_truncating(&pair);
		assert!(!Pools::contains(&7, &other));
		// The AMM's own account holds no token.
		let amm: AccountId32 = Amm::get().into_account_truncating();
		assert!(!Pools::contains(&7, &amm));
	}

	#[test]
	fn distinct_pairs_have_distinct_accounts() {
		use NativeOrWithId::*;
		let pairs =
			[(Native, WithId(0)), (WithId(0), Native), (WithId(0), WithId(0)), (Native, Native)];
		for (i, a) in pairs.iter().enumerate() {
			for b in pairs.iter().skip(i + 1) {
				assert_ne!(pool(a.0.clone(), a.1.clone()), pool(b.0.clone(), b.1.clone()));
			}
		}
	}

	#[test]
	fn a_pair_that_does_not_fit_the_account_has_no_account() {
		// 16 bytes: "modl", the 8-byte id, and 4 bytes left for a pair of up to 10.
		let pair = (NativeOrWithId::WithId(1u32), NativeOrWithId::WithId(2u32));
		assert!(<Pools as TryConvert<_, u128>>::try_convert(&pair).is_err());
	}
}
