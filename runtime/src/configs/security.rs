//! Security (`pallet-security`): chain-level roles, per-token limits, a circuit breaker, halts,
//! approval policies with time locks, and the audit trail. It is the transfer policy and the
//! operation guard of the managed tokens, so its limits hold on every path that moves one.

use crate::{AccountId, AssetId, Assets, Balance, Runtime, RuntimeCall, Tokens};
use alloc::boxed::Box;
use frame_support::{
	traits::{fungible::NativeOrWithId, ConstU32},
	weights::Weight,
};
use frame_system::EnsureRoot;
use pallet_security::WeightInfo as _;
use sp_runtime::DispatchResult;

impl pallet_security::Config for Runtime {
	type AssetId = AssetId;
	type Balance = Balance;
	type Assets = Assets;
	type Tokens = Tokens;
	// Root (sudo on the dev chain) may do what a security admin may, and alone replaces an
	// approval policy.
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxAuditEntries = ConstU32<256>;
	type MaxPrunePerBlock = ConstU32<32>;
	type MaxApprovers = ConstU32<16>;
	type MaxProposals = ConstU32<16>;
	type SystemAccounts = super::tokens::SystemAccounts;
	type WeightInfo = pallet_security::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkSecurityToken;
}

/// The rules the fee extension asks in transaction validation: a managed-token transfer or swap
/// that would break the token's limits (or move a halted or stopped token) is invalid, so it is
/// never included and its sender pays nothing. An exact-output swap, whose input the AMM decides,
/// is judged at its most, `amount_in_max`. An attempt whose standing changed between validation
/// and dispatch is refused at dispatch; the rules hear the refusal after it, outside the call's
/// storage layer, and record it in the token's trail of refusals.
pub struct SecurityRules;

impl SecurityRules {
	/// The asset `call` would send and how much at most: a direct transfer or a swap paying in
	/// an asset. Reads nothing.
	fn movement(call: &RuntimeCall) -> Option<(AssetId, Balance)> {
		use pallet_asset_conversion::Call as Swap;
		match call {
			RuntimeCall::Tokens(pallet_tokens::Call::transfer { token, amount, .. }) => {
				Some((*token, *amount))
			},
			RuntimeCall::AssetConversion(Swap::swap_exact_tokens_for_tokens {
				path,
				amount_in,
				..
			}) => Some((Self::first_token(path)?, *amount_in)),
			RuntimeCall::AssetConversion(Swap::swap_tokens_for_exact_tokens {
				path,
				amount_in_max,
				..
			}) => Some((Self::first_token(path)?, *amount_in_max)),
			_ => None,
		}
	}

	/// The asset a swap path pays in, when it is not the native token.
	fn first_token(path: &[Box<NativeOrWithId<AssetId>>]) -> Option<AssetId> {
		match path.first().map(|asset| &**asset) {
			Some(NativeOrWithId::WithId(id)) => Some(*id),
			_ => None,
		}
	}
}

/// The security pallet's weights in this runtime.
type SecurityWeights = <Runtime as pallet_security::Config>::WeightInfo;

impl rustorium_primitives::CallValidator<AccountId, RuntimeCall> for SecurityRules {
	/// The token, the sender and the amount (at most) of a managed-token movement.
	type Attempt = (AssetId, AccountId, Balance);

	/// Judges a managed-token movement at its most, and remembers it.
	fn validate(
		who: &AccountId,
		call: &RuntimeCall,
	) -> Result<Option<Self::Attempt>, sp_runtime::transaction_validity::TransactionValidityError>
	{
		let Some((token, amount)) = Self::movement(call) else { return Ok(None) };
		// Only managed tokens are guarded (`ManagedAssets` asks the policy for them alone).
		if !pallet_tokens::Tokens::<Runtime>::contains_key(token) {
			return Ok(None);
		}
		crate::Security::validate_transfer_tx(&token, who, amount)?;
		Ok(Some((token, who.clone(), amount)))
	}

	/// Records a refusal; a call that was not refused leaves the record's weight unused.
	fn after_dispatch((token, who, amount): Self::Attempt, result: &DispatchResult) -> Weight {
		let recorded = result
			.as_ref()
			.err()
			.is_some_and(|error| crate::Security::note_rejected(&token, &who, amount, error));
		if recorded {
			Weight::zero()
		} else {
			SecurityWeights::note_rejected()
		}
	}

	/// For a call that moves an asset: whether it is a managed token (a read), the check, and
	/// the record of a refusal.
	fn weight(call: &RuntimeCall) -> Weight {
		if Self::movement(call).is_none() {
			return Weight::zero();
		}
		Self::weight_unremembered(call)
			.saturating_add(SecurityWeights::check_transfer())
			.saturating_add(SecurityWeights::note_rejected())
	}

	/// A call that sends no managed token costs the read that tells.
	fn weight_unremembered(call: &RuntimeCall) -> Weight {
		match Self::movement(call) {
			Some(_) => <Runtime as frame_system::Config>::DbWeight::get().reads(1),
			None => Weight::zero(),
		}
	}
}

/// The demo managed token: it exists from genesis, with a supply.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkSecurityToken;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_security::BenchmarkHelper<AssetId> for BenchmarkSecurityToken {
	fn token() -> AssetId {
		crate::genesis_config_presets::MANAGED_TOKEN_ID
	}
}

/// The limits on every path that moves a managed token, in this runtime from the development
/// genesis: a direct transfer, a swap, a fee payment.
#[cfg(test)]
mod tests {
	use super::*;
	use crate::{
		configs::fees::local_asset_location,
		genesis_config_presets::{tests::dev_ext, MANAGED_TOKEN_ID as QGOLD},
		AssetConversion, FeePools, RuntimeOrigin, Security, System, UNIT,
	};
	use frame_support::{
		assert_noop, assert_ok, dispatch::GetDispatchInfo,
		traits::fungibles::metadata::Inspect as _,
	};
	use pallet_security::{AccountClass, AuditAction, AuditScope, Limits, Rejection};
	use rustorium_primitives::CallValidator;
	use sp_keyring::Sr25519Keyring;
	use sp_runtime::{
		traits::{DispatchTransaction, Dispatchable},
		transaction_validity::InvalidTransaction,
	};

	/// A whole QGOLD.
	fn one() -> Balance {
		10u128.pow(u32::from(Assets::decimals(QGOLD)))
	}

	fn account(who: Sr25519Keyring) -> AccountId {
		who.to_account_id()
	}

	fn signed(who: &AccountId) -> RuntimeOrigin {
		RuntimeOrigin::signed(who.clone())
	}

	/// The volume a standard sender may send per window.
	fn limit() -> Balance {
		100 * one()
	}

	/// The development genesis at block 1, with a QGOLD/native pool at 1 QGOLD = 1 UNIT, Bob
	/// holding 10,000 QGOLD and Charlie 1,000, and no limits yet.
	fn with_market(test: impl FnOnce(AccountId, AccountId)) {
		dev_ext().execute_with(|| {
			System::set_block_number(1);
			let (alice, bob, charlie) = (
				account(Sr25519Keyring::Alice),
				account(Sr25519Keyring::Bob),
				account(Sr25519Keyring::Charlie),
			);
			for (who, held) in [(&alice, 1_000), (&bob, 10_000), (&charlie, 1_000)] {
				assert_ok!(pallet_tokens::Pallet::<Runtime>::do_mint(QGOLD, who, held * one()));
			}
			let (native, qgold) =
				(Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(QGOLD)));
			assert_ok!(AssetConversion::create_pool(signed(&alice), native.clone(), qgold.clone()));
			assert_ok!(AssetConversion::add_liquidity(
				signed(&alice),
				native,
				qgold,
				1_000 * UNIT,
				1_000 * one(),
				1,
				1,
				alice,
			));
			test(bob, charlie);
			assert_ok!(Security::do_try_state());
		});
	}

	/// [`with_market`], standard senders limited to 100 QGOLD per 10 blocks.
	fn guarded(test: impl FnOnce(AccountId, AccountId)) {
		with_market(|bob, charlie| {
			let limits =
				Limits { window: 10, max_transfers: None, max_volume: Some(limit()), cooldown: 0 };
			assert_ok!(Security::set_limits(
				RuntimeOrigin::root(),
				QGOLD,
				AccountClass::Standard,
				Some(limits)
			));
			test(bob, charlie);
		});
	}

	/// Makes QGOLD a fee token (1% premium) whose fee pool holds 100 UNIT.
	fn fee_token() {
		assert_ok!(FeePools::register_fee_token(
			RuntimeOrigin::root(),
			QGOLD,
			sp_runtime::Permill::from_percent(1)
		));
		assert_ok!(FeePools::deposit(signed(&account(Sr25519Keyring::Alice)), QGOLD, 100 * UNIT));
	}

	/// Paying a fee in QGOLD, named.
	fn in_qgold() -> pallet_fee_pools::ChargeFee<Runtime> {
		pallet_fee_pools::ChargeFee::<Runtime>::from(0, Some(local_asset_location(QGOLD)))
	}

	fn remark() -> RuntimeCall {
		RuntimeCall::System(frame_system::Call::remark { remark: alloc::vec![] })
	}

	fn transfer(to: &AccountId, amount: Balance) -> RuntimeCall {
		RuntimeCall::Tokens(pallet_tokens::Call::transfer { token: QGOLD, to: to.clone(), amount })
	}

	// The swap call's own type.
	#[allow(clippy::vec_box)]
	fn path() -> alloc::vec::Vec<Box<NativeOrWithId<AssetId>>> {
		alloc::vec![Box::new(NativeOrWithId::WithId(QGOLD)), Box::new(NativeOrWithId::Native)]
	}

	/// A swap of exactly `amount` QGOLD for native.
	fn swap_in(who: &AccountId, amount: Balance) -> RuntimeCall {
		RuntimeCall::AssetConversion(pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
			path: path(),
			amount_in: amount,
			amount_out_min: 1,
			send_to: who.clone(),
			keep_alive: true,
		})
	}

	const VOLUME_EXCEEDED: InvalidTransaction = InvalidTransaction::Custom(14);

	fn volume_exceeded() -> sp_runtime::DispatchError {
		pallet_security::Error::<Runtime>::VolumeExceeded.into()
	}

	/// What `who` sent in its current window.
	fn sent(who: &AccountId) -> Balance {
		pallet_security::Accounts::<Runtime>::get(QGOLD, who).map_or(0, |state| state.volume)
	}

	#[test]
	fn a_direct_transfer_is_limited_in_validation_and_dispatch_up_to_the_window_s_last_block() {
		guarded(|bob, charlie| {
			assert_ok!(SecurityRules::validate(&bob, &transfer(&charlie, 60 * one())));
			assert_ok!(Tokens::transfer(signed(&bob), QGOLD, charlie.clone(), 60 * one()));
			assert_eq!(sent(&bob), 60 * one());
			let over = transfer(&charlie, 41 * one());
			assert_eq!(SecurityRules::validate(&bob, &over), Err(VOLUME_EXCEEDED.into()));
			assert_noop!(
				Tokens::transfer(signed(&bob), QGOLD, charlie.clone(), 41 * one()),
				volume_exceeded()
			);
			// Block 9 is the window's last; block 10 starts the next.
			System::set_block_number(9);
			assert_eq!(SecurityRules::validate(&bob, &over), Err(VOLUME_EXCEEDED.into()));
			System::set_block_number(10);
			assert_ok!(SecurityRules::validate(&bob, &over));
			assert_ok!(Tokens::transfer(signed(&bob), QGOLD, charlie, 41 * one()));
			assert_eq!(sent(&bob), 41 * one());
		});
	}

	#[test]
	fn a_swap_paying_in_the_token_is_limited_and_a_refusal_at_dispatch_is_audited() {
		guarded(|bob, _| {
			// Exact input: validation judges it.
			assert_eq!(
				SecurityRules::validate(&bob, &swap_in(&bob, limit() + 1)),
				Err(VOLUME_EXCEEDED.into())
			);
			assert_ok!(swap_in(&bob, 60 * one()).dispatch(signed(&bob)));
			assert_eq!(sent(&bob), 60 * one());
			assert_eq!(
				swap_in(&bob, 41 * one()).dispatch(signed(&bob)).map_err(|e| e.error),
				Err(volume_exceeded())
			);
			// Exact output: the AMM decides the input, so validation judges the most it may
			// take, `amount_in_max`.
			let exact_out = |amount_out, amount_in_max| {
				RuntimeCall::AssetConversion(
					pallet_asset_conversion::Call::swap_tokens_for_exact_tokens {
						path: path(),
						amount_out,
						amount_in_max,
						send_to: bob.clone(),
						keep_alive: true,
					},
				)
			};
			assert_eq!(
				SecurityRules::validate(&bob, &exact_out(30 * UNIT, limit())),
				Err(VOLUME_EXCEEDED.into())
			);
			// Within the window's volume it is valid; if the token is halted between validation
			// and dispatch, dispatch refuses it, and the refusal stays in the token's trail of
			// refusals though the call rolled back.
			let within = exact_out(30 * UNIT, 40 * one());
			assert_ok!(SecurityRules::validate(&bob, &within));
			let mut info = within.get_dispatch_info();
			let extension = pallet_fee_pools::ChargeFee::<Runtime>::from(0, None);
			info.extension_weight = sp_runtime::traits::TransactionExtension::<RuntimeCall>::weight(
				&extension, &within,
			);
			let before = Assets::balance(QGOLD, &bob);
			let outcome = extension
				.test_run(signed(&bob), &within, &info, 200, 0, |origin| {
					assert_ok!(Security::halt(RuntimeOrigin::root(), QGOLD));
					within.clone().dispatch(origin)
				})
				.expect("the swap is valid");
			let halted: sp_runtime::DispatchError =
				pallet_security::Error::<Runtime>::TokenHalted.into();
			assert_eq!(outcome.map_err(|e| e.error), Err(halted));
			assert_eq!(Assets::balance(QGOLD, &bob), before);
			assert_eq!(sent(&bob), 60 * one());
			let last = Security::audit_trail(AuditScope::Rejections(QGOLD), 0, 300)
				.pop()
				.expect("the refusal is audited");
			assert_eq!(last.actor, Some(bob.clone()));
			assert_eq!(
				last.action,
				AuditAction::TransferRejected { amount: 40 * one(), reason: Rejection::Halted }
			);
			// Kept apart from the token's administrative entries, which users cannot flush.
			assert!(!Security::audit_trail(AuditScope::Token(QGOLD), 0, 300)
				.iter()
				.any(|entry| matches!(entry.action, AuditAction::TransferRejected { .. })));
			System::assert_has_event(
				pallet_security::Event::TransferRejected {
					token: QGOLD,
					who: bob,
					amount: 40 * one(),
					reason: Rejection::Halted,
				}
				.into(),
			);
		});
	}

	#[test]
	fn a_fee_paid_in_the_token_counts_and_a_sender_past_its_limit_cannot_pay_in_it() {
		guarded(|bob, charlie| {
			fee_token();
			let call = remark();
			let info = call.get_dispatch_info();
			// Charlie pays in QGOLD: the fee counts toward Charlie's volume.
			let held = Assets::balance(QGOLD, &charlie);
			assert!(in_qgold()
				.validate_and_prepare(signed(&charlie), &call, &info, 100, 0)
				.is_ok());
			let paid = held - Assets::balance(QGOLD, &charlie);
			assert!(paid > 0);
			assert_eq!(sent(&charlie), paid);
			// Bob sends his window's volume: he can no longer pay in QGOLD, and the router
			// offers him native instead.
			assert_ok!(Tokens::transfer(signed(&bob), QGOLD, charlie, limit()));
			assert!(FeePools::token_option(QGOLD, &bob, UNIT / 1_000).is_none());
			let held = Assets::balance(QGOLD, &bob);
			assert_eq!(
				in_qgold().validate_and_prepare(signed(&bob), &call, &info, 100, 0).map(|_| ()),
				Err(InvalidTransaction::Payment.into())
			);
			let auto = pallet_fee_pools::ChargeFee::<Runtime>::from(0, None);
			assert!(auto.validate_and_prepare(signed(&bob), &call, &info, 100, 0).is_ok());
			assert_eq!(Assets::balance(QGOLD, &bob), held);
		});
	}

	/// Puts Bob where the security pallet refuses his next QGOLD transfer, one way per refusal.
	fn halt(_: &AccountId) {
		assert_ok!(Security::halt(RuntimeOrigin::root(), QGOLD));
	}
	fn trip_breaker(bob: &AccountId) {
		// A block may move a millionth of the supply (about 1,000 QGOLD); Bob moves 2,000.
		let breaker = pallet_security::Breaker {
			max_block_share: sp_runtime::Permill::from_parts(1),
			pause_blocks: 5,
		};
		assert_ok!(Security::set_breaker(RuntimeOrigin::root(), QGOLD, Some(breaker)));
		assert_ok!(Tokens::transfer(
			signed(bob),
			QGOLD,
			account(Sr25519Keyring::Dave),
			2_000 * one()
		));
	}
	fn limit_then_send(
		bob: &AccountId,
		limits: Limits<Balance, crate::BlockNumber>,
		amount: Balance,
	) {
		assert_ok!(Security::set_limits(
			RuntimeOrigin::root(),
			QGOLD,
			AccountClass::Standard,
			Some(limits)
		));
		assert_ok!(Tokens::transfer(signed(bob), QGOLD, account(Sr25519Keyring::Dave), amount));
	}
	fn cool_down(bob: &AccountId) {
		limit_then_send(
			bob,
			Limits { window: 10, max_transfers: None, max_volume: None, cooldown: 5 },
			one(),
		);
	}
	fn count_transfers(bob: &AccountId) {
		limit_then_send(
			bob,
			Limits { window: 10, max_transfers: Some(1), max_volume: None, cooldown: 0 },
			one(),
		);
	}
	fn spend_volume(bob: &AccountId) {
		limit_then_send(
			bob,
			Limits { window: 10, max_transfers: None, max_volume: Some(limit()), cooldown: 0 },
			limit(),
		);
	}

	#[test]
	fn every_refusal_holds_on_every_path_in_validation_and_dispatch() {
		use pallet_security::Error;
		/// How Bob is refused, the error, and its code in validation.
		type Case = (fn(&AccountId), Error<Runtime>, u8);
		let cases: [Case; 5] = [
			(halt, Error::TokenHalted, 10),
			(trip_breaker, Error::BreakerOpen, 11),
			(cool_down, Error::CoolingDown, 12),
			(count_transfers, Error::TooManyTransfers, 13),
			(spend_volume, Error::VolumeExceeded, 14),
		];
		for (refuse, error, code) in cases {
			with_market(|bob, charlie| {
				fee_token();
				refuse(&bob);
				let invalid = Err(InvalidTransaction::Custom(code).into());
				let refused: sp_runtime::DispatchError = error.into();
				// A direct transfer.
				assert_eq!(SecurityRules::validate(&bob, &transfer(&charlie, one())), invalid);
				assert_noop!(Tokens::transfer(signed(&bob), QGOLD, charlie, one()), refused);
				// A swap paying in the token.
				assert_eq!(SecurityRules::validate(&bob, &swap_in(&bob, one())), invalid);
				assert_eq!(
					swap_in(&bob, one()).dispatch(signed(&bob)).map_err(|e| e.error),
					Err(refused)
				);
				// A fee paid in the token: the router does not offer it, naming it is invalid.
				assert!(FeePools::token_option(QGOLD, &bob, UNIT / 1_000).is_none());
				let call = remark();
				assert_eq!(
					in_qgold()
						.validate_and_prepare(
							signed(&bob),
							&call,
							&call.get_dispatch_info(),
							100,
							0
						)
						.map(|_| ()),
					Err(InvalidTransaction::Payment.into())
				);
			});
		}
	}

	#[test]
	fn only_managed_tokens_take_security_settings() {
		with_market(|_, _| {
			let usdr = crate::genesis_config_presets::DEMO_TOKENS[0].id;
			let limits =
				Limits { window: 10, max_transfers: Some(1), max_volume: None, cooldown: 0 };
			assert_noop!(
				Security::set_limits(
					RuntimeOrigin::root(),
					usdr,
					AccountClass::Standard,
					Some(limits.clone())
				),
				pallet_security::Error::<Runtime>::UnknownToken
			);
			assert_noop!(
				Security::halt(RuntimeOrigin::root(), usdr),
				pallet_security::Error::<Runtime>::UnknownToken
			);
			assert_ok!(Security::set_limits(
				RuntimeOrigin::root(),
				QGOLD,
				AccountClass::Standard,
				Some(limits)
			));
		});
	}

	#[test]
	fn a_transfer_of_a_token_without_limits_is_charged_as_one() {
		use pallet_tokens::WeightInfo as _;
		type Weights = <Runtime as pallet_tokens::Config>::WeightInfo;
		with_market(|bob, charlie| {
			let post = Tokens::transfer(signed(&bob), QGOLD, charlie.clone(), one()).unwrap();
			assert_eq!(post.actual_weight, Some(Weights::transfer()));
			let limits =
				Limits { window: 10, max_transfers: Some(5), max_volume: None, cooldown: 0 };
			assert_ok!(Security::set_limits(
				RuntimeOrigin::root(),
				QGOLD,
				AccountClass::Standard,
				Some(limits)
			));
			// With limits the transfer keeps its declared, dearest weight.
			let post = Tokens::transfer(signed(&bob), QGOLD, charlie, one()).unwrap();
			assert_eq!(post.actual_weight, None);
		});
	}

	#[test]
	fn every_pool_of_the_token_is_a_system_account_whatever_its_pair() {
		use frame_support::traits::ContainsPair;
		use pallet_asset_conversion::PoolLocator;
		type Accounts = crate::configs::tokens::SystemAccounts;
		type Locator = <Runtime as pallet_asset_conversion::Config>::PoolLocator;
		const USDR: AssetId = 1;
		with_market(|bob, charlie| {
			let alice = account(Sr25519Keyring::Alice);
			let (qgold, usdr) =
				(Box::new(NativeOrWithId::WithId(QGOLD)), Box::new(NativeOrWithId::WithId(USDR)));
			assert_ok!(AssetConversion::create_pool(signed(&alice), qgold.clone(), usdr.clone()));
			assert_ok!(AssetConversion::add_liquidity(
				signed(&alice),
				qgold,
				usdr,
				100 * one(),
				100 * 1_000_000,
				1,
				1,
				alice.clone(),
			));
			let address = |a, b| Locator::address(&Locator::pool_id(&a, &b).unwrap()).unwrap();
			let pair_pool = address(NativeOrWithId::WithId(QGOLD), NativeOrWithId::WithId(USDR));
			let native_pool = address(NativeOrWithId::Native, NativeOrWithId::WithId(QGOLD));
			for pool in [&pair_pool, &native_pool] {
				assert!(Accounts::contains(&QGOLD, pool));
			}
			assert!(Accounts::contains(&USDR, &pair_pool));
			assert!(!Accounts::contains(&USDR, &native_pool));
			assert!(!Accounts::contains(&QGOLD, &bob));
			assert!(Accounts::contains(
				&QGOLD,
				&pallet_fee_pools::Pallet::<Runtime>::pool_account(QGOLD)
			));
			assert!(Accounts::contains(&QGOLD, &Tokens::escrow_account(QGOLD)));
			// A burner cannot burn the token out of either pool.
			assert_ok!(Tokens::grant_role(
				signed(&alice),
				QGOLD,
				rustorium_primitives::Role::Burner,
				bob.clone()
			));
			for pool in [pair_pool.clone(), native_pool] {
				let held = Assets::balance(QGOLD, &pool);
				assert!(held > 0);
				assert_noop!(
					Tokens::burn(signed(&bob), QGOLD, pool.clone(), 1),
					pallet_tokens::Error::<Runtime>::SystemAccount
				);
			}
			// And a limited sender's limits do not count the pair's pool as a sender.
			let limits =
				Limits { window: 10, max_transfers: Some(1), max_volume: None, cooldown: 0 };
			assert_ok!(Security::set_limits(
				RuntimeOrigin::root(),
				QGOLD,
				AccountClass::Standard,
				Some(limits)
			));
			let path = alloc::vec![
				Box::new(NativeOrWithId::WithId(USDR)),
				Box::new(NativeOrWithId::WithId(QGOLD))
			];
			for _ in 0..3 {
				assert_ok!(AssetConversion::swap_exact_tokens_for_tokens(
					signed(&charlie),
					path.clone(),
					1_000_000,
					1,
					charlie.clone(),
					true,
				));
			}
			assert_eq!(pallet_security::Accounts::<Runtime>::get(QGOLD, &pair_pool), None);
		});
	}
}
