//! Serde forms that read well in JSON: byte strings as text, prices as decimal strings.

use crate::display::{decimal as to_decimal, parse_decimal};
use alloc::{format, string::String};
use serde::{de::Error as _, Deserialize, Deserializer, Serializer};
use sp_runtime::{traits::Get, BoundedVec, FixedU128};

/// A bounded byte string as UTF-8 text.
pub mod text {
	use super::*;

	/// Writes the bytes as a string; bytes that are not UTF-8 are replaced.
	pub fn serialize<S: Serializer, L: Get<u32>>(
		bytes: &BoundedVec<u8, L>,
		s: S,
	) -> Result<S::Ok, S::Error> {
		s.serialize_str(&String::from_utf8_lossy(bytes))
	}

	/// Reads a string, refusing one longer than the bound.
	pub fn deserialize<'de, D: Deserializer<'de>, L: Get<u32>>(
		d: D,
	) -> Result<BoundedVec<u8, L>, D::Error> {
		let text = String::deserialize(d)?;
		BoundedVec::try_from(text.into_bytes())
			.map_err(|_| D::Error::custom(format!("longer than {} bytes", L::get())))
	}
}

/// An optional `FixedU128` as a decimal string such as `"0.015"`.
pub mod decimal {
	use super::*;

	/// Writes `None` as null and a value as its shortest exact decimal.
	pub fn serialize<S: Serializer>(value: &Option<FixedU128>, s: S) -> Result<S::Ok, S::Error> {
		match value {
			None => s.serialize_none(),
			Some(v) => s.serialize_str(&to_decimal(*v)),
		}
	}

	/// Reads null, or a decimal string with at most 18 fractional digits.
	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<FixedU128>, D::Error> {
		Option::<String>::deserialize(d)?
			.map(|text| {
				parse_decimal(&text)
					.ok_or_else(|| D::Error::custom(format!("not a decimal price: {text:?}")))
			})
			.transpose()
	}
}
