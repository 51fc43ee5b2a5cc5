//! The audit trail: per scope (the chain, or a token), a ring buffer of the last
//! `MaxAuditEntries` entries in `AuditLog`, its next slot and length in `AuditHeads`, and one
//! chain-wide sequence number, so that entries of different scopes can be put in order.

use crate::{
	ActionOf, AuditEntry, AuditHeads, AuditLog, AuditScope, Config, EntryOf, NextSeq, Pallet,
};
use alloc::vec::Vec;
use frame_support::traits::Get;

impl<T: Config> Pallet<T> {
	/// Files `action` by `actor` in `scope`'s ring, overwriting its oldest entry when full.
	pub(crate) fn audit(
		scope: AuditScope<T::AssetId>,
		actor: Option<T::AccountId>,
		action: ActionOf<T>,
	) {
		let max = T::MaxAuditEntries::get().max(1);
		let seq = NextSeq::<T>::mutate(|next| {
			let seq = *next;
			*next = next.saturating_add(1);
			seq
		});
		let block = frame_system::Pallet::<T>::block_number();
		AuditHeads::<T>::mutate(scope, |(next, len)| {
			AuditLog::<T>::insert(scope, *next, AuditEntry { seq, block, actor, action });
			*next = next.saturating_add(1).checked_rem(max).unwrap_or_default();
			*len = len.saturating_add(1).min(max);
		});
	}

	/// Up to `count` of `scope`'s entries, oldest first, starting `skip` entries after its
	/// oldest: a page of the trail.
	pub fn audit_trail(scope: AuditScope<T::AssetId>, skip: u32, count: u32) -> Vec<EntryOf<T>> {
		let max = T::MaxAuditEntries::get().max(1);
		let (next, len) = AuditHeads::<T>::get(scope);
		let oldest = if len < max { 0 } else { next };
		(skip..len.min(skip.saturating_add(count)))
			.filter_map(|i| {
				let slot = oldest.saturating_add(i).checked_rem(max)?;
				AuditLog::<T>::get(scope, slot)
			})
			.collect()
	}
}
