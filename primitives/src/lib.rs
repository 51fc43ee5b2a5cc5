//! # Rustorium primitives
//!
//! ## Overview
//!
//! The token standard every Rustorium pallet shares, as traits and plain types, and the token
//! generator that turns a use case into a complete, validated token configuration. Pallets name
//! these traits in their `Config` instead of naming each other, so that any one of them embeds in
//! another runtime. Nothing here touches storage: the math is pure and property-tested.
//!
//! ## Terminology
//!
//! - **Token**: a fungible asset managed under the token standard: capped, pausable, with roles.
//! - **Base units**: the smallest indivisible amount of a token; one whole token is
//!   `10^decimals` base units. Every supply and balance here is in base units.
//! - **Bucket**: a named share of the initial supply (team, community, treasury, …), optionally
//!   released over a [`VestingSchedule`].
//! - **Cap**: the hard maximum supply; no mint, inflation included, may exceed it.
//!
//! ## Contents
//!
//! - [`token`]: the standard's traits: [`Token`], [`Mintable`], [`Pausable`], [`Permissioned`],
//!   with [`Role`].
//! - [`policy`]: [`TransferPolicy`], the one check every movement of a managed token passes.
//! - [`pools`]: [`AmmPoolAccount`], AMM pool accounts that tell which pair they hold.
//! - [`config`]: [`TokenConfig`] and its parts, and [`TokenConfig::validate`] with
//!   [`ConfigError`].
//! - [`vesting`] and [`inflation`]: the release and emission curves, as pure functions.
//! - [`generator`]: [`TokenGenerator`], the five use-case templates, and the [`generator::advisor`]
//!   that recommends parameters in words and scores a configuration's risks.

#![deny(missing_docs)]
#![cfg_attr(not(feature = "std"), no_std)]
// Tests may panic: a failed expectation is how they report.
#![cfg_attr(
	test,
	allow(
		clippy::unwrap_used,
		clippy::expect_used,
		clippy::indexing_slicing,
		clippy::panic,
		clippy::arithmetic_side_effects
	)
)]

extern crate alloc;

/// Declares a type shared across pallets with the derives it needs on chain (SCALE, type info,
/// bounded size) and serde in `std` builds.
macro_rules! shared_type {
	($(#[$attr:meta])* $vis:vis $kind:ident $name:ident $($body:tt)*) => {
		#[derive(
			codec::Encode,
			codec::Decode,
			codec::DecodeWithMemTracking,
			codec::MaxEncodedLen,
			scale_info::TypeInfo,
			Clone,
			PartialEq,
			Eq,
			Debug,
		)]
		#[derive(serde::Serialize, serde::Deserialize)]
		$(#[$attr])*
		$vis $kind $name $($body)*
	};
}

pub mod config;
pub mod display;
pub mod fees;
pub mod generator;
pub mod inflation;
pub mod policy;
pub mod pools;
mod serde_text;
#[cfg(test)]
mod testing;
pub mod token;
pub mod vesting;

pub use config::{
	Allocation, Bucket, ConfigError, Economics, Feature, Inflation, TokenConfig, UseCase,
};
pub use fees::{AmmReserves, AmmSwap};
pub use generator::{GeneratorError, TokenGenerator};
pub use policy::{CallValidator, OperationGuard, TransferPolicy};
pub use pools::AmmPoolAccount;
pub use token::{
	Emitting, Mintable, Pausable, Permissioned, Role, Token, TokenAction, TokenObserver,
};
pub use vesting::VestingSchedule;
