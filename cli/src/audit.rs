//! `rustorium audit`: a token's audit trail, read from a running node through the runtime's
//! `SecurityApi`.

use crate::token::Outcome;
use clap::Args;
use rustorium_client::{AuditEntry, Client};
use std::fmt::Write as _;

/// The arguments of `rustorium audit`.
#[derive(Args, Debug)]
pub struct AuditArgs {
	/// The token whose trail to print.
	#[arg(long)]
	pub token: u32,
	/// The node's WebSocket endpoint.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	pub url: String,
	/// How many of the oldest kept entries to skip.
	#[arg(long, default_value_t = 0)]
	pub skip: u32,
	/// Most entries to print.
	#[arg(long, default_value_t = 256)]
	pub count: u32,
}

/// Prints the trail, one entry a line: sequence number, block, actor, action.
pub fn run(args: AuditArgs) -> Result<Outcome, String> {
	let runtime = tokio::runtime::Builder::new_multi_thread()
		.enable_all()
		.build()
		.map_err(|e| format!("cannot start the async runtime: {e}"))?;
	let entries = runtime.block_on(async {
		let client = Client::connect(&args.url).await?;
		client.audit_trail(args.token, args.skip, args.count).await
	});
	let entries =
		entries.map_err(|e| format!("cannot read the audit trail from {}: {e}", args.url))?;
	Ok(Outcome { stdout: render(&entries), ..Default::default() })
}

/// `#seq block N by ACTOR: ACTION` for each entry; root and the pallet itself act as `root`.
fn render(entries: &[AuditEntry]) -> String {
	let mut out = String::new();
	for entry in entries {
		let actor = entry.actor.as_ref().map_or_else(|| "root".to_string(), |who| who.to_string());
		let _ =
			writeln!(out, "#{} block {} by {}: {:?}", entry.seq, entry.block, actor, entry.action);
	}
	out.trim_end().to_string()
}
