//! Pays a transfer's fee in a token, automatically: a fresh account holding only USDR (no native
//! token) sends USDR to Bob; the runtime picks USDR for the fee. Prints the quote and the receipt
//! and fails unless the fee was charged in USDR, at most the quoted amount.
//!
//! `cargo run --release --example auto_fee -- ws://127.0.0.1:9944` against a dev chain
//! (`scripts/dev-chain.sh`); `scripts/test.sh` runs it against its own.

use rustorium_client::{dev, Client, Error, Keypair, Transaction};
use std::str::FromStr;
use subxt_signer::SecretUri;

/// The demo stablecoin (6 decimals) of the development genesis, and one whole unit of it.
const USDR: u32 = 1;
const ONE_USDR: u128 = 1_000_000;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
	let url = std::env::args().nth(1).unwrap_or_else(|| "ws://127.0.0.1:9944".into());
	let client = Client::connect(&url).await?;

	// A new account each run, so that it starts with nothing.
	let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos();
	let fresh = Keypair::from_uri(&SecretUri::from_str(&format!("//auto-fee-example//{nanos}"))?)?;
	let fresh_id = fresh.public_key().to_account_id();
	println!("fresh account {fresh_id}");

	// Alice, who holds native, gives it 10 USDR and nothing else.
	let funding = Transaction::new(&client)
		.from(dev::alice())
		.to(fresh_id)
		.amount(10 * ONE_USDR)
		.asset(USDR)
		.auto_fee()
		.await?;
	let funded = funding.execute().await?;
	println!("funded: {funded}");

	// The fresh account sends 1 USDR to Bob, the fee paid however the runtime finds cheapest.
	let transfer = Transaction::new(&client)
		.from(fresh)
		.to(dev::bob().public_key().to_account_id())
		.amount(ONE_USDR)
		.asset(USDR)
		.auto_fee()
		.await?;
	println!("quote:\n{}", transfer.quote());
	let chosen = transfer.raw_quote().quote.chosen.clone().ok_or(Error::NoFeeEvent)?;
	let receipt = transfer.execute().await?;
	println!("{receipt}");

	if chosen.asset != Some(USDR) || receipt.fee.asset != Some(USDR) {
		return Err(format!(
			"expected the fee in USDR, quoted {:?}, paid {:?}",
			chosen.asset, receipt.fee.asset
		)
		.into());
	}
	// The quote's block and the inclusion block may differ in the fee multiplier: allow 1%.
	if receipt.fee.charged.saturating_mul(100) > chosen.amount.saturating_mul(101) {
		return Err(format!(
			"charged {} USDR units, quoted {}",
			receipt.fee.charged, chosen.amount
		)
		.into());
	}
	println!(
		"ok: the fee was paid in USDR, {} units, {} refunded",
		receipt.fee.charged, receipt.fee.refunded
	);
	Ok(())
}
