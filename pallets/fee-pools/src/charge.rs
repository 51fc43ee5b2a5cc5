//! The executor: charging a fee in a token through its pool, refunding what was not used, and the
//! two adapters that put the pools behind the stock `ChargeAssetTxPayment` extension of
//! `pallet-asset-conversion-tx-payment`:
//!
//! - [`AutoFee`] is `pallet-transaction-payment`'s `OnChargeTransaction`, used when a transaction
//!   names no asset (`asset_id: None`): the router picks the cheapest way to pay, the native
//!   token (charged exactly as `FungibleAdapter` does) or a fee token.
//! - [`InToken`] is the extension's `OnChargeAssetTransaction`, used when a transaction names a
//!   token (`asset_id: Some(id)`): it pays in that token or is rejected.
//!
//! A token payment moves the tokens from the payer to the pool and takes the native fee from the
//! pool's buffer. After dispatch the unused native goes back to the pool, and the pool gives back
//! the tokens it took for it, rounded down. If those tokens cannot move (the token's transfer
//! policy refuses, say), the payer is made whole in native: the pool pays the unused native to the
//! payer instead, and keeps the tokens (the refund keeps the pool at the token's minimum balance,
//! so a pool holding little may take this path too). Two remainders stay in the pool: the
//! fraction of a token base unit the rounding down leaves, and a native refund below the
//! existential deposit to a payer who holds no native (the account could not exist with it).

use crate::{pools::mul_div, Config, Error, Event, ExtAssetId, Pallet, Pools};
use core::marker::PhantomData;
use frame_support::{
	storage::with_storage_layer,
	traits::{
		fungible::{self, Balanced as _, Credit, Mutate as _},
		fungibles::Mutate as _,
		tokens::{Fortitude, Precision, Preservation},
		Imbalance, NoDrop, OnUnbalanced,
	},
	unsigned::TransactionValidityError,
};
use pallet_transaction_payment::{FungibleAdapter, OnChargeTransaction, TxCreditHold};
use rustorium_primitives::AmmSwap;
use sp_runtime::{
	traits::{Convert, DispatchInfoOf, PostDispatchInfoOf, UniqueSaturatedFrom, Zero},
	transaction_validity::InvalidTransaction,
	DispatchError, Saturating,
};

/// A refund in tokens.
struct Refund<AssetId, Balance> {
	/// The token refunded in.
	token: AssetId,
	/// The pool's tokens that left it: as themselves, or swapped.
	left_pool: Balance,
	/// What the payer received.
	amount: Balance,
	/// The tokens paid in that the fee cost in the end.
	kept: Balance,
}

type RefundOf<T> = Refund<<T as Config>::AssetId, <T as Config>::Balance>;

/// A fee paid in a token, between the charge and the refund.
pub struct TokenPayment<T: Config> {
	/// The token paid in.
	pub asset: T::AssetId,
	/// The tokens taken from the payer.
	pub amount: T::Balance,
	/// The fee token whose pool sold the native: `asset`, or the token `asset` is routed
	/// through.
	pub pool: T::AssetId,
	/// The pool's tokens the payment brought in: `amount`, or what the AMM paid for it.
	pub pooled: T::Balance,
	/// The native the pool sold for them: the fee.
	pub credit: Credit<T::AccountId, T::Currency>,
}

impl<T: Config> TokenPayment<T> {
	/// Whether the payment went through another token's pool.
	pub fn routed(&self) -> bool {
		self.pool != self.asset
	}
}

impl<T: Config> Pallet<T> {
	/// Charges `who` the native `fee` in `asset` through its pool, at the router's price. A
	/// routed token is swapped on the AMM for the pool's token, paid straight to the pool, which
	/// must receive at least what a payer in its own token would pay (the router checked the
	/// AMM's quote; a price moved since makes the charge fail); all or nothing.
	pub fn charge_in_token(
		who: &T::AccountId,
		asset: T::AssetId,
		fee: T::Balance,
	) -> Result<TokenPayment<T>, DispatchError> {
		let entry = Self::entry_of(asset).ok_or(Error::<T>::NotFeeToken)?;
		let option = Self::token_option_at(&entry, who, fee).ok_or(Error::<T>::CannotPay)?;
		Self::charge_option(who, &option, fee)
	}

	/// Charges `who` the native `fee` as `option`, a token option the router priced for `who`
	/// and `fee` in this state (so that the router's work is not done twice).
	pub(crate) fn charge_option(
		who: &T::AccountId,
		option: &crate::router::OptionOf<T>,
		fee: T::Balance,
	) -> Result<TokenPayment<T>, DispatchError> {
		let asset = option.asset.ok_or(Error::<T>::CannotPay)?;
		let pool = option.via.unwrap_or(asset);
		let account = Self::pool_account(pool);
		with_storage_layer(|| {
			let pooled = match option.via {
				None => {
					T::Assets::transfer(
						asset,
						who,
						&account,
						option.amount,
						Preservation::Preserve,
					)?;
					option.amount
				},
				Some(via) => {
					let due = Self::pool_price(via, fee).ok_or(Error::<T>::CannotPay)?;
					T::Swap::swap_tokens(who, asset, via, option.amount, due, &account)?
				},
			};
			let credit = T::Currency::withdraw(
				&account,
				fee,
				Precision::Exact,
				Preservation::Preserve,
				Fortitude::Polite,
			)?;
			Pools::<T>::try_mutate(pool, |record| {
				let record = record.as_mut().ok_or(Error::<T>::NotFeeToken)?;
				record.native = record.native.saturating_sub(fee);
				record.tokens = record.tokens.saturating_add(pooled);
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::FeeCharged {
				who: who.clone(),
				asset: Some(asset),
				amount: option.amount,
				native: fee,
			});
			Ok(TokenPayment { asset, amount: option.amount, pool, pooled, credit })
		})
	}

	/// Updates `asset`'s pool record, if it has one.
	fn record(asset: T::AssetId, update: impl FnOnce(&mut crate::FeePool<T::Balance>)) {
		Pools::<T>::mutate(asset, |record| record.as_mut().map(update));
	}

	/// What a payer in the pooled token `asset` pays its pool for `fee`, at the oracle average.
	pub(crate) fn pool_price(asset: T::AssetId, fee: T::Balance) -> Option<T::Balance> {
		let premium = Pools::<T>::get(asset)?.premium;
		let rate = crate::Rates::<T>::get(asset)?.average;
		Self::tokens_for(fee.saturating_add(premium.mul_ceil(fee)), rate)
	}

	/// Settles a token payment at `corrected_fee`: the unused native goes back to the pool and
	/// the pool refunds the tokens it took for it. For a routed payment the pool refunds what it
	/// would refund a payer in its own token for the unused native (never more than that share
	/// of what the payment brought in), swapped on the AMM to the token paid in at the AMM's
	/// price; if the AMM cannot swap, the payer gets those tokens in the pool's token. Returns
	/// the fee's native credit and the tokens paid in that the fee cost in the end.
	pub fn refund_in_token(
		who: &T::AccountId,
		payment: TokenPayment<T>,
		corrected_fee: T::Balance,
	) -> (Credit<T::AccountId, T::Currency>, T::Balance) {
		let TokenPayment { asset, amount, pool, pooled, credit } = payment;
		let withdrawn = credit.peek();
		let (fee, unused) = credit.split(corrected_fee);
		let unused_native = unused.peek();
		if unused_native.is_zero() {
			return (fee, amount);
		}
		let account = Self::pool_account(pool);
		let tokens = mul_div(pooled, unused_native, withdrawn).unwrap_or_default();
		// Back into the pool's buffer; the pool account exists, it keeps the existential deposit.
		let returned = match T::Currency::resolve(&account, unused) {
			Ok(()) => unused_native,
			Err(lost) => {
				// Cannot happen for the pool's account, which exists: the fee keeps it.
				let mut fee = fee;
				fee.subsume(lost);
				return (fee, amount);
			},
		};
		// Preserve: the pool keeps at least the token's minimum balance and never leaves dust
		// behind that its record would not know of; if it cannot, the native path below pays.
		let give_back = |tokens: T::Balance| {
			T::Assets::transfer(pool, &account, who, tokens, Preservation::Preserve)
		};
		let refunded: Result<RefundOf<T>, DispatchError> = if tokens.is_zero() {
			Ok(Refund { token: asset, left_pool: Zero::zero(), amount: Zero::zero(), kept: amount })
		} else if pool == asset {
			give_back(tokens).map(|moved| Refund {
				token: asset,
				left_pool: moved,
				amount: moved,
				kept: amount.saturating_sub(moved),
			})
		} else {
			// The pool gives what it would give a payer in its own token for the unused native,
			// at most its share of what the payment brought in, and the AMM turns it into the
			// token paid in at its price.
			let fair = Self::pool_price(pool, unused_native).unwrap_or_default();
			let budget = tokens.min(fair);
			let one = T::Balance::unique_saturated_from(1u128);
			with_storage_layer(|| T::Swap::swap_tokens(&account, pool, asset, budget, one, who))
				.map(|out| Refund {
					token: asset,
					left_pool: budget,
					amount: out,
					kept: amount.saturating_sub(out),
				})
				// The AMM cannot: the same tokens, as the pool's token.
				.or_else(|_| {
					give_back(budget).map(|moved| Refund {
						token: pool,
						left_pool: moved,
						amount: moved,
						kept: amount,
					})
				})
		};
		let (asset_refunded, refund, kept) = match refunded {
			Ok(Refund { token, left_pool, amount: refund, kept }) => {
				Self::record(pool, |record| {
					record.native = record.native.saturating_add(returned);
					record.tokens = record.tokens.saturating_sub(left_pool);
				});
				(Some(token), refund, kept)
			},
			// The token cannot go back: the payer gets the unused native instead.
			Err(_) => {
				let paid = T::Currency::transfer(&account, who, returned, Preservation::Preserve);
				let refund = if paid.is_ok() { returned } else { Zero::zero() };
				Self::record(pool, |record| {
					record.native = record.native.saturating_add(returned).saturating_sub(refund);
				});
				(paid.is_err().then_some(asset), refund, amount)
			},
		};
		if !refund.is_zero() {
			Self::deposit_event(Event::FeeRefunded {
				who: who.clone(),
				asset: asset_refunded,
				amount: refund,
			});
		}
		(fee, kept)
	}
}

/// What [`AutoFee`] took before dispatch.
#[derive(Default)]
pub enum AutoPayment<T: Config> {
	/// Nothing: a zero fee.
	#[default]
	Nothing,
	/// The native token, as `FungibleAdapter` takes it (the tip's credit; the fee waits in
	/// transaction-payment's credit storage).
	Native(Option<Credit<T::AccountId, T::Currency>>),
	/// A fee token, through its pool, after the router looked at this many fee tokens.
	Token(TokenPayment<T>, u32),
}

/// How much work the router did for a payment: what [`crate::ChargeFee`] charges weight for.
pub trait RouterWork {
	/// For a payment in a token: how many fee tokens the router looked at, and whether the token
	/// was routed through another's pool (two AMM swaps more); `None` for a native payment.
	fn token_work(&self) -> Option<(u32, bool)>;
}

impl<T: Config> RouterWork for AutoPayment<T> {
	fn token_work(&self) -> Option<(u32, bool)> {
		match self {
			AutoPayment::Token(payment, looked) => Some((*looked, payment.routed())),
			AutoPayment::Nothing | AutoPayment::Native(_) => None,
		}
	}
}

/// `OnChargeTransaction` choosing the cheapest way to pay: the router's choice of the native
/// token or a fee token. `OU` receives the native fees, as `FungibleAdapter`'s would.
pub struct AutoFee<T, OU>(PhantomData<(T, OU)>);

impl<T, OU> TxCreditHold<T> for AutoFee<T, OU>
where
	T: Config + pallet_transaction_payment::Config,
{
	type Credit = NoDrop<Credit<T::AccountId, T::Currency>>;
}

impl<T, OU> OnChargeTransaction<T> for AutoFee<T, OU>
where
	T: Config + pallet_transaction_payment::Config,
	T::OnChargeTransaction: TxCreditHold<T, Credit = NoDrop<Credit<T::AccountId, T::Currency>>>,
	T::Currency: fungible::Balanced<T::AccountId> + 'static,
	OU: OnUnbalanced<Credit<T::AccountId, T::Currency>>,
{
	type Balance = T::Balance;
	type LiquidityInfo = AutoPayment<T>;

	fn withdraw_fee(
		who: &T::AccountId,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		fee: T::Balance,
		tip: T::Balance,
	) -> Result<AutoPayment<T>, TransactionValidityError> {
		if fee.is_zero() {
			return Ok(AutoPayment::Nothing);
		}
		let (choice, looked) = Pallet::<T>::choose_counted(who, fee);
		let choice = choice.ok_or(InvalidTransaction::Payment)?;
		match choice.asset {
			None => <FungibleAdapter<T::Currency, OU> as OnChargeTransaction<T>>::withdraw_fee(
				who, call, info, fee, tip,
			)
			.map(AutoPayment::Native),
			// The router priced the option in this state: it is charged as priced.
			Some(_) => Pallet::<T>::charge_option(who, &choice, fee)
				.map(|payment| AutoPayment::Token(payment, looked))
				.map_err(|_| InvalidTransaction::Payment.into()),
		}
	}

	fn can_withdraw_fee(
		who: &T::AccountId,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		fee: T::Balance,
		_tip: T::Balance,
	) -> Result<(), TransactionValidityError> {
		if fee.is_zero() || Pallet::<T>::choose(who, fee).is_some() {
			Ok(())
		} else {
			Err(InvalidTransaction::Payment.into())
		}
	}

	fn correct_and_deposit_fee(
		who: &T::AccountId,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		corrected_fee: T::Balance,
		tip: T::Balance,
		payment: AutoPayment<T>,
	) -> Result<(), TransactionValidityError> {
		match payment {
			AutoPayment::Nothing => Ok(()),
			AutoPayment::Native(tip_credit) =>
				<FungibleAdapter<T::Currency, OU> as OnChargeTransaction<T>>::correct_and_deposit_fee(
					who,
					info,
					post_info,
					corrected_fee,
					tip,
					tip_credit,
				),
			AutoPayment::Token(payment, _) => {
				let (fee, _) = Pallet::<T>::refund_in_token(who, payment, corrected_fee);
				OU::on_unbalanced(fee);
				Ok(())
			},
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn endow_account(who: &T::AccountId, amount: T::Balance) {
		let _ = T::Currency::deposit(who, amount, Precision::BestEffort);
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn minimum_balance() -> T::Balance {
		<T::Currency as fungible::Inspect<_>>::minimum_balance()
	}
}

/// `OnChargeAssetTransaction` paying in the token the transaction names, through its pool.
/// `OU` receives the native fees. `C` turns the extension's asset id into a fee token: the
/// extension's id type is the runtime's choice (Asset Hub's convention, an XCM location, is what
/// stock wallets encode), the fee token's is this pallet's.
pub struct InToken<T, OU, C>(PhantomData<(T, OU, C)>);

/// The extension names fee tokens by their own id.
pub struct SameAssetId;

impl<A> Convert<A, Option<A>> for SameAssetId {
	fn convert(id: A) -> Option<A> {
		Some(id)
	}
}

impl<T, OU, C> pallet_asset_conversion_tx_payment::OnChargeAssetTransaction<T> for InToken<T, OU, C>
where
	T: Config + pallet_asset_conversion_tx_payment::Config + pallet_transaction_payment::Config,
	C: Convert<ExtAssetId<T>, Option<<T as Config>::AssetId>>,
	T::OnChargeTransaction: OnChargeTransaction<T, Balance = <T as Config>::Balance>,
	T::Currency: fungible::Balanced<T::AccountId>,
	OU: OnUnbalanced<Credit<T::AccountId, T::Currency>>,
{
	type Balance = <T as Config>::Balance;
	type AssetId = ExtAssetId<T>;
	type LiquidityInfo = TokenPayment<T>;

	fn withdraw_fee(
		who: &T::AccountId,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		asset: Self::AssetId,
		fee: Self::Balance,
		_tip: Self::Balance,
	) -> Result<TokenPayment<T>, TransactionValidityError> {
		let asset = C::convert(asset).ok_or(InvalidTransaction::Payment)?;
		Pallet::<T>::charge_in_token(who, asset, fee)
			.map_err(|_| InvalidTransaction::Payment.into())
	}

	fn can_withdraw_fee(
		who: &T::AccountId,
		asset: Self::AssetId,
		fee: Self::Balance,
	) -> Result<(), TransactionValidityError> {
		C::convert(asset)
			.and_then(|asset| Pallet::<T>::token_option(asset, who, fee))
			.map(|_| ())
			.ok_or(InvalidTransaction::Payment.into())
	}

	fn correct_and_deposit_fee(
		who: &T::AccountId,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		corrected_fee: Self::Balance,
		_tip: Self::Balance,
		_asset: Self::AssetId,
		payment: TokenPayment<T>,
	) -> Result<Self::Balance, TransactionValidityError> {
		let (fee, cost) = Pallet::<T>::refund_in_token(who, payment, corrected_fee);
		OU::on_unbalanced(fee);
		Ok(cost)
	}
}
