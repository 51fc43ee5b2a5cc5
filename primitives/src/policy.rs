//! The transfer policy: one check that every movement of a managed token passes, whichever
//! pallet moves it (direct transfers, swaps, fee payment, staking, lending).

use sp_runtime::DispatchResult;

/// Decides whether a movement of a managed token may happen, and learns of those that did.
///
/// The security pallet implements it with rate and volume limits; `()` allows everything.
/// Tuples chain policies: every member must allow a movement, and every member hears of it.
pub trait TransferPolicy<AccountId, TokenId, Balance> {
	/// Whether `amount` of `token` may move from `from` to `to`. Must not change state: it also
	/// runs in transaction validation.
	fn check(token: &TokenId, from: &AccountId, to: &AccountId, amount: Balance) -> DispatchResult;

	/// Called after the movement happened, to record it (counters, windows, audit trail).
	/// Returns whether it recorded anything: a caller that declared the policy's dearest weight
	/// may refund it when not.
	fn on_transfer(_token: &TokenId, _from: &AccountId, _to: &AccountId, _amount: Balance) -> bool {
		false
	}
}

impl<AccountId, TokenId, Balance> TransferPolicy<AccountId, TokenId, Balance> for () {
	fn check(_: &TokenId, _: &AccountId, _: &AccountId, _: Balance) -> DispatchResult {
		Ok(())
	}
}

impl<AccountId, TokenId, Balance: Copy, A, B> TransferPolicy<AccountId, TokenId, Balance> for (A, B)
where
	A: TransferPolicy<AccountId, TokenId, Balance>,
	B: TransferPolicy<AccountId, TokenId, Balance>,
{
	fn check(token: &TokenId, from: &AccountId, to: &AccountId, amount: Balance) -> DispatchResult {
		A::check(token, from, to, amount)?;
		B::check(token, from, to, amount)
	}

	fn on_transfer(token: &TokenId, from: &AccountId, to: &AccountId, amount: Balance) -> bool {
		let a = A::on_transfer(token, from, to, amount);
		let b = B::on_transfer(token, from, to, amount);
		a || b
	}
}

/// Operations on a managed token that a policy may reserve for approved proposals (k-of-n
/// approvals, then a time lock): the token pallet asks before it performs one for a caller
/// directly. The approved path (the security pallet executing a proposal) does not ask.
pub trait OperationGuard<TokenId, Balance> {
	/// Whether a minter may mint `amount` of `token` directly.
	fn may_mint(_token: &TokenId, _amount: Balance) -> DispatchResult {
		Ok(())
	}
	/// Whether an admin may grant or revoke roles on `token` directly.
	fn may_change_roles(_token: &TokenId) -> DispatchResult {
		Ok(())
	}
	/// Whether a pauser may unpause `token` directly.
	fn may_unpause(_token: &TokenId) -> DispatchResult {
		Ok(())
	}
	/// Whether a burner may burn `token` from another holder directly (a clawback).
	fn may_burn_from(_token: &TokenId) -> DispatchResult {
		Ok(())
	}
	/// Whether an admin may change `token`'s emission recipient directly.
	fn may_set_emission_recipient(_token: &TokenId) -> DispatchResult {
		Ok(())
	}
}

/// No policy: every operation may be performed directly.
impl<TokenId, Balance> OperationGuard<TokenId, Balance> for () {}

/// Checks a signed transaction's call before it enters a block or pays a fee: the fee extension
/// asks it in transaction validation, so that a call that would break a rule (a transfer above a
/// limit, say) is never included and costs its sender nothing.
///
/// A call whose outcome validation cannot know (an exact-out swap, whose input the AMM decides)
/// still reaches dispatch, and a failed dispatch rolls back everything the call wrote. So the
/// validator may note what a call attempts when it validates it and hear its result after the
/// dispatch, outside the call's storage layer ([`CallValidator::after_dispatch`]), where what it
/// records of a refused attempt stays.
pub trait CallValidator<AccountId, Call> {
	/// What the validator remembers of a call from its validation to after its dispatch.
	type Attempt;

	/// Whether `who` may send `call`: `Err` with the reason it is invalid, or what to remember
	/// of it for [`CallValidator::after_dispatch`] (`None`: nothing).
	fn validate(
		who: &AccountId,
		call: &Call,
	) -> Result<Option<Self::Attempt>, sp_runtime::transaction_validity::TransactionValidityError>;

	/// Hears the result of a call whose attempt was remembered, after its dispatch; returns the
	/// part of [`CallValidator::weight`] it left unused, which the fee extension refunds.
	fn after_dispatch(
		_attempt: Self::Attempt,
		_result: &sp_runtime::DispatchResult,
	) -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}

	/// The weight of [`CallValidator::validate`] and [`CallValidator::after_dispatch`] for
	/// `call` at their dearest, which the fee extension charges before dispatch.
	fn weight(_call: &Call) -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}

	/// What the validator used at most for `call` when its validation remembered nothing of it;
	/// the fee extension refunds the rest of [`CallValidator::weight`].
	fn weight_unremembered(call: &Call) -> frame_support::weights::Weight {
		Self::weight(call)
	}
}

/// No rules: every call is valid.
impl<AccountId, Call> CallValidator<AccountId, Call> for () {
	type Attempt = ();

	fn validate(
		_: &AccountId,
		_: &Call,
	) -> Result<Option<()>, sp_runtime::transaction_validity::TransactionValidityError> {
		Ok(None)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use core::cell::RefCell;
	use sp_runtime::DispatchError;

	std::thread_local! {
		static HEARD: RefCell<u32> = const { RefCell::new(0) };
	}

	/// Refuses amounts above 100 and counts what it hears.
	struct AtMost100;
	impl TransferPolicy<u64, u32, u128> for AtMost100 {
		fn check(_: &u32, _: &u64, _: &u64, amount: u128) -> DispatchResult {
			if amount > 100 {
				return Err(DispatchError::Other("above 100"));
			}
			Ok(())
		}
		fn on_transfer(_: &u32, _: &u64, _: &u64, _: u128) -> bool {
			HEARD.with(|h| *h.borrow_mut() += 1);
			true
		}
	}

	#[test]
	fn the_unit_policy_allows_everything() {
		assert_eq!(<() as TransferPolicy<u64, u32, u128>>::check(&1, &1, &2, u128::MAX), Ok(()));
	}

	#[test]
	fn a_pair_refuses_what_either_member_refuses_and_tells_both() {
		type Pair = ((), AtMost100);
		assert_eq!(Pair::check(&1, &1, &2, 100), Ok(()));
		assert_eq!(Pair::check(&1, &1, &2, 101), Err(DispatchError::Other("above 100")));
		type Twice = (AtMost100, AtMost100);
		HEARD.with(|h| *h.borrow_mut() = 0);
		assert!(Twice::on_transfer(&1, &1, &2, 5));
		assert_eq!(HEARD.with(|h| *h.borrow()), 2);
		// A pair recorded something if either member did.
		assert!(Pair::on_transfer(&1, &1, &2, 5));
		assert!(!<((), ()) as TransferPolicy<u64, u32, u128>>::on_transfer(&1, &1, &2, 5));
	}
}
