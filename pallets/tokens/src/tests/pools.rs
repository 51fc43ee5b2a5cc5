//! `open_pool`: a token's market at its launch price.

use crate::{mock::*, Error, Event, Role};
use frame_support::{assert_noop, assert_ok, traits::fungible::NativeOrWithId};
use sp_runtime::FixedU128;

const PRICED: AssetId = 9;

/// The test config with a launch price of 0.5 native a token, created by ALICE with BOB (who
/// receives the community bucket) as a second admin.
fn priced() {
	let mut c = config();
	c.economics.initial_price = Some(FixedU128::from_rational(1, 2));
	assert_ok!(Tokens::create_token(RuntimeOrigin::signed(ALICE), PRICED, c, recipients()));
	assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), PRICED, Role::Admin, BOB));
}

fn open(who: AccountId, token: AssetId, native: Balance) -> sp_runtime::DispatchResult {
	Tokens::open_pool(RuntimeOrigin::signed(who), token, native)
}

#[test]
fn an_admin_opens_the_pool_at_the_launch_price() {
	ExtBuilder::default().build_and_execute(|| {
		priced();
		assert_ok!(open(BOB, PRICED, 20));
		let reserves =
			AssetConversion::get_reserves(NativeOrWithId::Native, NativeOrWithId::WithId(PRICED));
		assert_eq!(reserves.ok(), Some((20, 40)));
		System::assert_last_event(
			Event::PoolOpened { token: PRICED, by: BOB, native: 20, tokens: 40 }.into(),
		);
		// A pool with liquidity is not opened twice.
		assert_noop!(open(BOB, PRICED, 20), Error::<Test>::PoolExists);
	});
}

#[test]
fn open_pool_refuses_bad_input() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		priced();
		assert_noop!(open(CHARLIE, PRICED, 20), Error::<Test>::MissingRole);
		assert_noop!(open(ALICE, 42, 20), Error::<Test>::UnknownToken);
		// The plain test token has no launch price.
		assert_noop!(open(ALICE, TOKEN, 20), Error::<Test>::NoInitialPrice);
		assert_noop!(open(BOB, PRICED, 0), Error::<Test>::LiquidityTooSmall);
		// ALICE holds none of the token.
		assert_noop!(
			open(ALICE, PRICED, 20),
			sp_runtime::DispatchError::Token(sp_runtime::TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn a_pool_someone_created_empty_first_does_not_block_the_opening() {
	ExtBuilder::default().build_and_execute(|| {
		priced();
		// DAVE front-runs the opening with a free, empty pool.
		assert_ok!(AssetConversion::create_pool(
			RuntimeOrigin::signed(DAVE),
			Box::new(NativeOrWithId::Native),
			Box::new(NativeOrWithId::WithId(PRICED)),
		));
		assert_ok!(open(BOB, PRICED, 20));
		let reserves =
			AssetConversion::get_reserves(NativeOrWithId::Native, NativeOrWithId::WithId(PRICED));
		assert_eq!(reserves.ok(), Some((20, 40)));
	});
}
