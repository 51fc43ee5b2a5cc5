//! # Rustorium client
//!
//! Sends transfers to a Rustorium node over [subxt], paying the fee the way the runtime's router
//! finds cheapest (`ChargeAssetTxPayment` with `asset_id: None`), and shows the quote first:
//!
//! ```no_run
//! # async fn run() -> Result<(), rustorium_client::Error> {
//! use rustorium_client::{dev, Client, Transaction};
//! let client = Client::connect("ws://127.0.0.1:9944").await?;
//! let transfer = Transaction::new(&client)
//!     .from(dev::alice())
//!     .to(dev::bob().public_key().to_account_id())
//!     .amount(1_000_000)
//!     .asset(1)
//!     .auto_fee()
//!     .await?;
//! println!("{}", transfer.quote());
//! let receipt = transfer.execute().await?;
//! println!("{receipt}");
//! # Ok(())
//! # }
//! ```
//!
//! [`Transaction::auto_fee`] signs the transfer once, without sending it, to learn its length,
//! and asks the runtime's `FeeQuoteApi` what it costs and how it will be paid. It fails with
//! [`Error::CannotPay`] when the sender can pay in no way. [`Prepared::execute`] sends the
//! transfer, waits for its block to be finalized and reads from its events the fee charged, in
//! which token, and the refund.

use codec::{Decode, Encode};
use core::fmt;
use subxt::{dynamic::Value, OnlineClient, PolkadotConfig};

pub use pallet_fee_pools::{FeeBreakdown, FeeOption, TransactionQuote};
pub use subxt::utils::AccountId32;
pub use subxt_signer::sr25519::{dev, Keypair};

/// Native and token amounts, in base units.
pub type Balance = u128;
/// A token's id in `pallet-assets`.
pub type AssetId = u32;
/// A quote as the runtime gives it.
pub type Quote = TransactionQuote<AssetId, Balance>;

/// What can go wrong.
#[derive(Debug)]
pub enum Error {
	/// The node, the connection or subxt failed.
	Subxt(Box<subxt::Error>),
	/// The transaction lacks a part: the sender, the recipient or the amount.
	Missing(&'static str),
	/// The runtime's answer did not decode.
	Decode(codec::Error),
	/// The sender can pay the fee in no way: no native and no fee token it holds enough of.
	CannotPay(Box<Quote>),
	/// The transaction was included, but its events show no fee payment by the sender.
	NoFeeEvent,
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Error::Subxt(e) => write!(f, "node: {e}"),
			Error::Missing(part) => write!(f, "the transaction has no {part}"),
			Error::Decode(e) => write!(f, "undecodable answer from the runtime: {e}"),
			Error::CannotPay(quote) => {
				write!(f, "the sender cannot pay the fee of {} in any token", quote.quote.fee)
			},
			Error::NoFeeEvent => write!(f, "the transaction's events show no fee payment"),
		}
	}
}

impl std::error::Error for Error {}

/// Each subxt error the client meets becomes [`Error::Subxt`].
macro_rules! from_subxt {
    ($($error:ty),* $(,)?) => {
        $(impl From<$error> for Error {
            fn from(e: $error) -> Self {
                Error::Subxt(Box::new(e.into()))
            }
        })*
    };
}

from_subxt!(
	subxt::Error,
	subxt::error::OnlineClientError,
	subxt::error::OnlineClientAtBlockError,
	subxt::error::ExtrinsicError,
	subxt::error::RuntimeApiError,
	subxt::error::EventsError,
	subxt::error::TransactionProgressError,
	subxt::error::TransactionEventsError,
);

/// A connection to a node.
#[derive(Clone)]
pub struct Client {
	api: OnlineClient<PolkadotConfig>,
}

impl Client {
	/// Connects to the node at `url` (`ws://` is allowed: dev chains run without TLS).
	pub async fn connect(url: &str) -> Result<Self, Error> {
		Ok(Client { api: OnlineClient::from_insecure_url(url).await? })
	}

	/// The subxt client, for anything this crate does not wrap.
	pub fn api(&self) -> &OnlineClient<PolkadotConfig> {
		&self.api
	}

	/// What `call` (SCALE-encoded) in a signed extrinsic of `len` bytes costs `who`, with every
	/// way to pay it: the runtime's `FeeQuoteApi_quote`, at the latest block.
	pub async fn quote(
		&self,
		who: &AccountId32,
		call: &[u8],
		len: u32,
		tip: Balance,
	) -> Result<Quote, Error> {
		let mut args = who.0.encode();
		args.extend_from_slice(call);
		(len, tip).encode_to(&mut args);
		let at = self.api.at_current_block().await?;
		let bytes = at.runtime_apis().call_raw("FeeQuoteApi_quote", Some(&args)).await?;
		Quote::decode(&mut &bytes[..]).map_err(Error::Decode)
	}
}

/// Most approvers of a policy in the runtime (its `MaxApprovers`): the bound of the approver
/// lists that the audit trail's policy changes carry.
pub const MAX_APPROVERS: u32 = 16;

/// An entry of a token's audit trail, as the runtime's `SecurityApi` gives it.
pub type AuditEntry = pallet_security::AuditEntry<
	AccountId32,
	Balance,
	u32,
	pallet_security::BoundedApprovers<AccountId32, MAX_APPROVERS>,
>;

impl Client {
	/// Up to `count` entries of `token`'s audit trail, oldest first, from its `skip`th oldest
	/// kept entry: the runtime's `SecurityApi_audit_trail`, at the latest block.
	pub async fn audit_trail(
		&self,
		token: AssetId,
		skip: u32,
		count: u32,
	) -> Result<Vec<AuditEntry>, Error> {
		let args = (pallet_security::AuditScope::Token(token), skip, count).encode();
		let at = self.api.at_current_block().await?;
		let bytes = at.runtime_apis().call_raw("SecurityApi_audit_trail", Some(&args)).await?;
		Vec::<AuditEntry>::decode(&mut &bytes[..]).map_err(Error::Decode)
	}
}

/// A transfer being put together: sender, recipient, amount, and the token (native unless
/// [`Transaction::asset`] names one).
pub struct Transaction<'a> {
	client: &'a Client,
	from: Option<Keypair>,
	to: Option<AccountId32>,
	amount: Option<Balance>,
	asset: Option<AssetId>,
}

impl<'a> Transaction<'a> {
	/// An empty transfer on `client`'s chain.
	pub fn new(client: &'a Client) -> Self {
		Transaction { client, from: None, to: None, amount: None, asset: None }
	}

	/// Who sends and signs.
	pub fn from(mut self, signer: Keypair) -> Self {
		self.from = Some(signer);
		self
	}

	/// Who receives.
	pub fn to(mut self, dest: AccountId32) -> Self {
		self.to = Some(dest);
		self
	}

	/// How much, in base units.
	pub fn amount(mut self, amount: Balance) -> Self {
		self.amount = Some(amount);
		self
	}

	/// Transfers token `asset` (`assets.transfer_keep_alive`) instead of the native token
	/// (`balances.transfer_keep_alive`).
	pub fn asset(mut self, asset: AssetId) -> Self {
		self.asset = Some(asset);
		self
	}

	/// Quotes the transfer with the fee paid automatically, the cheapest way the sender can.
	pub async fn auto_fee(self) -> Result<Prepared<'a>, Error> {
		let signer = self.from.ok_or(Error::Missing("sender"))?;
		let to = self.to.ok_or(Error::Missing("recipient"))?;
		let amount = self.amount.ok_or(Error::Missing("amount"))?;
		let dest = Value::unnamed_variant("Id", [Value::from_bytes(to.0)]);
		let payload = match self.asset {
			None => subxt::dynamic::tx(
				"Balances",
				"transfer_keep_alive",
				vec![dest, Value::u128(amount)],
			),
			Some(asset) => subxt::dynamic::tx(
				"Assets",
				"transfer_keep_alive",
				vec![Value::u128(u128::from(asset)), dest, Value::u128(amount)],
			),
		};
		let sender = signer.public_key().to_account_id();
		let mut tx = self.client.api.at_current_block().await?.tx();
		let call = tx.call_data(&payload)?;
		// Signed but never sent: only its length matters, which a later nonce does not change.
		let probe = tx.create_signed(&payload, &signer, Default::default()).await?;
		let len = u32::try_from(probe.encoded().len()).unwrap_or(u32::MAX);
		let quote = self.client.quote(&sender, &call, len, 0).await?;
		if quote.quote.chosen.is_none() {
			return Err(Error::CannotPay(Box::new(quote)));
		}
		Ok(Prepared { client: self.client, signer, payload, quote })
	}
}

/// A quoted transfer, ready to send.
pub struct Prepared<'a> {
	client: &'a Client,
	signer: Keypair,
	payload: subxt::transactions::DynamicPayload<Vec<Value>>,
	quote: Quote,
}

impl Prepared<'_> {
	/// What the transfer will cost and how it will be paid.
	pub fn quote(&self) -> QuoteView<'_> {
		QuoteView(&self.quote)
	}

	/// The quote as the runtime gave it.
	pub fn raw_quote(&self) -> &Quote {
		&self.quote
	}

	/// Sends the transfer with `asset_id: None` and waits for its block to be finalized.
	pub async fn execute(self) -> Result<Receipt, Error> {
		let mut tx = self.client.api.at_current_block().await?.tx();
		let progress =
			tx.sign_and_submit_then_watch(&self.payload, &self.signer, Default::default()).await?;
		let in_block = progress.wait_for_finalized().await?;
		let events = in_block.wait_for_success().await?;
		let block_number = in_block.at().await?.block_number();
		let sender = self.signer.public_key().to_account_id();
		let mut fee = FeePaid::default();
		let mut seen = false;
		let mut names = Vec::new();
		for event in events.iter() {
			let event = event?;
			names.push(format!("{}.{}", event.pallet_name(), event.event_name()));
			let fields = &mut event.field_bytes();
			let ours = |who: [u8; 32]| who == sender.0;
			match (event.pallet_name(), event.event_name()) {
				("FeePools", "FeeCharged") => {
					let (who, asset, amount, _native) =
						<([u8; 32], Option<AssetId>, Balance, Balance)>::decode(fields)
							.map_err(Error::Decode)?;
					if ours(who) {
						fee.asset = asset;
						fee.charged = amount;
					}
				},
				("FeePools", "FeeRefunded") => {
					let (who, asset, amount) =
						<([u8; 32], Option<AssetId>, Balance)>::decode(fields)
							.map_err(Error::Decode)?;
					if ours(who) {
						fee.refunded_asset = asset;
						fee.refunded = amount;
					}
				},
				("TransactionPayment", "TransactionFeePaid") => {
					let (who, actual, tip) =
						<([u8; 32], Balance, Balance)>::decode(fields).map_err(Error::Decode)?;
					if ours(who) {
						fee.native = actual;
						fee.tip = tip;
						seen = true;
					}
				},
				_ => {},
			}
		}
		if !seen {
			return Err(Error::NoFeeEvent);
		}
		if fee.asset.is_none() {
			// Paid in native: the native fee is what was charged.
			fee.charged = fee.native;
		}
		Ok(Receipt {
			block_number,
			block_hash: in_block.block_hash().0,
			fee,
			events: names,
			quote: self.quote,
		})
	}
}

/// A fee as the transaction's events report it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeePaid {
	/// The token paid in; `None` for native.
	pub asset: Option<AssetId>,
	/// Taken before dispatch, in that token.
	pub charged: Balance,
	/// Given back after dispatch, in `refunded_asset`.
	pub refunded: Balance,
	/// The token of the refund: the one paid in, or `None` when only native could go back.
	pub refunded_asset: Option<AssetId>,
	/// The fee in native, the tip included (`TransactionFeePaid.actual_fee`).
	pub native: Balance,
	/// The tip.
	pub tip: Balance,
}

/// A sent transfer.
#[derive(Clone, Debug)]
pub struct Receipt {
	/// The block it is in.
	pub block_number: u64,
	/// That block's hash.
	pub block_hash: [u8; 32],
	/// The fee.
	pub fee: FeePaid,
	/// Its events, as `Pallet.Event`.
	pub events: Vec<String>,
	/// The quote it was sent with.
	pub quote: Quote,
}

/// Prints a quote for people.
pub struct QuoteView<'a>(pub &'a Quote);

fn token(asset: Option<AssetId>) -> String {
	asset.map_or_else(|| "native".to_string(), |id| format!("token {id}"))
}

impl fmt::Display for QuoteView<'_> {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		let b = &self.0.breakdown;
		writeln!(
			f,
			"fee {} native = base {} + length {} + weight {} + tip {} (+ XCM delivery {})",
			b.charged, b.base, b.length, b.adjusted_weight, b.tip, b.delivery
		)?;
		for option in &self.0.quote.options {
			let mark = if Some(option) == self.0.quote.chosen.as_ref() { "*" } else { " " };
			let path = option.via.map(|via| format!(" via token {via}'s pool")).unwrap_or_default();
			writeln!(
				f,
				"{mark} {}{path}: {} (worth {} native)",
				token(option.asset),
				option.amount,
				option.native_value
			)?;
		}
		Ok(())
	}
}

impl fmt::Display for Receipt {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		writeln!(f, "included in block #{} (0x{})", self.block_number, hex(&self.block_hash))?;
		writeln!(
			f,
			"fee: {} charged in {}, {} refunded in {}; {} native in all",
			self.fee.charged,
			token(self.fee.asset),
			self.fee.refunded,
			token(self.fee.refunded_asset),
			self.fee.native
		)?;
		write!(f, "events: {}", self.events.join(", "))
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
