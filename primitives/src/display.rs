//! Numbers as people read them: prices as decimals, shares as percentages. Used by the
//! advisor's explanations, the JSON form of a configuration and the command line.

use alloc::{format, string::String};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, FixedPointNumber, FixedU128, PerThing,
	Rounding,
};

/// `v` as the shortest decimal that reads back exactly, e.g. `"0.015"`.
pub fn decimal(v: FixedU128) -> String {
	let inner = v.into_inner();
	let (whole, frac) = (inner / FixedU128::DIV, inner % FixedU128::DIV);
	if frac == 0 {
		return format!("{whole}");
	}
	let digits = format!("{frac:018}");
	format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// Parses `"12"`, `"0.5"` or `"1.000001"`; `None` for anything else or more than 18 fractional
/// digits.
pub fn parse_decimal(text: &str) -> Option<FixedU128> {
	let (whole, frac) = match text.split_once('.') {
		Some((_, "")) => return None,
		Some(parts) => parts,
		None => (text, ""),
	};
	let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
	if whole.is_empty() || !all_digits(whole) || !all_digits(frac) || frac.len() > 18 {
		return None;
	}
	let whole: u128 = whole.parse().ok()?;
	let frac_inner: u128 = if frac.is_empty() { 0 } else { format!("{frac:0<18}").parse().ok()? };
	whole.checked_mul(FixedU128::DIV)?.checked_add(frac_inner).map(FixedU128::from_inner)
}

/// A share as a percentage with up to four decimals, e.g. `"12.5%"`.
pub fn percent<P: PerThing>(p: P) -> String
where
	P::Inner: Into<u128>,
{
	let parts: u128 = p.deconstruct().into();
	let accuracy: u128 = P::ACCURACY.into();
	// In ten-thousandths of a percent.
	let scaled = multiply_by_rational_with_rounding(parts, 1_000_000, accuracy, Rounding::Down)
		.unwrap_or_default();
	let (whole, frac) = (scaled / 10_000, scaled % 10_000);
	if frac == 0 {
		return format!("{whole}%");
	}
	let digits = format!("{frac:04}");
	format!("{whole}.{}%", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::{Perbill, Permill};

	#[test]
	fn decimals_round_trip() {
		for text in ["0", "1", "0.5", "0.015", "123456.000000000000000001", "2.25"] {
			let v = parse_decimal(text).unwrap();
			assert_eq!(decimal(v), text);
		}
		assert_eq!(parse_decimal("0.5"), Some(FixedU128::from_rational(1, 2)));
	}

	#[test]
	fn malformed_decimals_are_refused() {
		for text in ["", ".5", "1.", "-1", "1e3", "0.0000000000000000001", "1.2.3", " 1"] {
			assert_eq!(parse_decimal(text), None, "{text:?} was accepted");
		}
	}

	#[test]
	fn percentages_read_right() {
		assert_eq!(percent(Permill::from_percent(20)), "20%");
		assert_eq!(percent(Permill::from_parts(125_000)), "12.5%");
		assert_eq!(percent(Perbill::from_parts(71_773_463)), "7.1773%");
		assert_eq!(percent(Perbill::one()), "100%");
	}
}
