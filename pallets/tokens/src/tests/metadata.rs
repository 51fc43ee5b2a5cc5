//! The token's metadata in the underlying assets, and who pays its deposit.

use crate::{mock::*, Error, Event, Tokens as TokensStorage};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::InspectHold as _, fungibles::metadata::Inspect as _, ReservableCurrency as _,
	},
};
use rustorium_primitives::{config::TokenName, config::TokenSymbol, ConfigError};

fn name(s: &str) -> TokenName {
	s.as_bytes().to_vec().try_into().unwrap()
}

fn symbol(s: &str) -> TokenSymbol {
	s.as_bytes().to_vec().try_into().unwrap()
}

/// The mock's pallet-assets asks 1 plus 1 per byte of name and symbol.
fn deposit(name: &str, symbol: &str) -> Balance {
	1 + name.len() as Balance + symbol.len() as Balance
}

#[test]
fn creation_sets_the_metadata_from_the_config_and_the_creator_pays_its_deposit() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_eq!(Assets::name(TOKEN), b"Test Token".to_vec());
		assert_eq!(Assets::symbol(TOKEN), b"TST".to_vec());
		assert_eq!(Assets::decimals(TOKEN), 0);
		let metadata = deposit("Test Token", "TST");
		assert_eq!(Balances::reserved_balance(Tokens::account_id()), metadata);
		// The creator paid the token deposit (on hold), the metadata deposit, and the pallet
		// account's existential deposit of 1.
		assert_eq!(Balances::free_balance(ALICE), 100 - TOKEN_DEPOSIT - metadata - 1);
		assert_eq!(TokensStorage::<Test>::get(TOKEN).unwrap().metadata_deposit, metadata);
		assert_eq!(
			Balances::balance_on_hold(&crate::HoldReason::TokenDeposit.into(), &ALICE),
			TOKEN_DEPOSIT
		);
	});
}

#[test]
fn an_admin_renames_and_pays_the_rise_or_gets_back_the_fall_of_the_deposit() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(Tokens::grant_role(
			RuntimeOrigin::signed(ALICE),
			TOKEN,
			crate::Role::Admin,
			BOB
		));
		let bob = Balances::free_balance(BOB);
		let old = deposit("Test Token", "TST");
		let longer = deposit("Longer Test Token", "LTST");
		assert_ok!(Tokens::set_metadata(
			RuntimeOrigin::signed(BOB),
			TOKEN,
			name("Longer Test Token"),
			symbol("LTST")
		));
		assert_eq!(Balances::free_balance(BOB), bob - (longer - old));
		assert_eq!(Assets::name(TOKEN), b"Longer Test Token".to_vec());
		assert_eq!(Assets::decimals(TOKEN), 0);
		System::assert_last_event(
			Event::MetadataSet {
				token: TOKEN,
				name: name("Longer Test Token"),
				symbol: symbol("LTST"),
				decimals: 0,
				deposit: longer,
			}
			.into(),
		);
		let shorter = deposit("T", "T");
		assert_ok!(Tokens::set_metadata(RuntimeOrigin::signed(BOB), TOKEN, name("T"), symbol("T")));
		assert_eq!(Balances::free_balance(BOB), bob - (longer - old) + (longer - shorter));
		assert_eq!(Balances::reserved_balance(Tokens::account_id()), shorter);
		assert!(Balances::can_reserve(&Tokens::account_id(), 0));
	});
}

#[test]
fn set_metadata_refuses_bad_input() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		let set = |who, token, n: &str, s: &str| {
			Tokens::set_metadata(RuntimeOrigin::signed(who), token, name(n), symbol(s))
		};
		assert_noop!(set(BOB, TOKEN, "Name", "SYM"), Error::<Test>::MissingRole);
		assert_noop!(set(ALICE, 42, "Name", "SYM"), Error::<Test>::UnknownToken);
		assert_noop!(
			set(ALICE, TOKEN, "", "SYM"),
			Error::<Test>::InvalidConfig(ConfigError::EmptyName)
		);
		assert_noop!(
			set(ALICE, TOKEN, "Name", "sym"),
			Error::<Test>::InvalidConfig(ConfigError::SymbolNotAlphanumeric)
		);
		assert_noop!(
			set(ALICE, TOKEN, "Name", ""),
			Error::<Test>::InvalidConfig(ConfigError::EmptySymbol)
		);
		// A name longer than the underlying assets store is theirs to refuse.
		assert_noop!(
			set(ALICE, TOKEN, &"N".repeat(60), "SYM"),
			pallet_assets::Error::<Test>::BadMetadata
		);
	});
}
