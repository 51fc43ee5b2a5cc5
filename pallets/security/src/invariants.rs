//! The invariants `try_state` checks, listed in the crate documentation. Public, so that tests of
//! any runtime embedding the pallet can check them too.

use crate::{
	Accounts, AuditHeads, AuditLog, BlockVolume, Config, NextProposal, NextSeq, OpenProposals,
	Pallet, Proposals,
};
use frame_support::{ensure, traits::Get};
use sp_runtime::{traits::Zero, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks every invariant: the accounts' counters, the block volumes and the audit rings.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (_, _, state) in Accounts::<T>::iter() {
			match state.last {
				Some(last) => {
					ensure!(state.window <= last && last <= now, "counters of a future window");
					ensure!(state.transfers > 0, "counters of a window without a transfer");
				},
				None => ensure!(
					state.transfers == 0 && state.volume.is_zero(),
					"counters without a transfer"
				),
			}
		}
		for (_, (block, _)) in BlockVolume::<T>::iter() {
			ensure!(block <= now, "the volume of a future block");
		}
		let max = T::MaxAuditEntries::get();
		let next_seq = NextSeq::<T>::get();
		for (scope, (next, len)) in AuditHeads::<T>::iter() {
			ensure!(len <= max && next < max, "an audit ring beyond its bound");
			let slots: alloc::vec::Vec<u32> =
				AuditLog::<T>::iter_prefix(scope).map(|(slot, _)| slot).collect();
			ensure!(slots.len() == len as usize, "an audit ring's length differs from its entries");
			ensure!(slots.iter().all(|slot| *slot < max), "an audit entry beyond the ring");
			ensure!(
				AuditLog::<T>::iter_prefix_values(scope).all(|entry| entry.seq < next_seq),
				"an audit entry numbered beyond the sequence"
			);
		}
		let next_id = NextProposal::<T>::get();
		for (id, proposal) in Proposals::<T>::iter() {
			ensure!(id < next_id, "a proposal numbered beyond the next");
			ensure!(!proposal.approvals.is_empty(), "a proposal nobody approved");
		}
		for (token, open) in OpenProposals::<T>::iter() {
			let counted = Proposals::<T>::iter_values().filter(|p| p.token == token).count();
			ensure!(counted == open as usize, "a token's open proposals differ from its count");
		}
		ensure!(
			Proposals::<T>::iter_values().all(|p| OpenProposals::<T>::get(p.token) > 0),
			"a proposal of a token counted as having none"
		);
		Ok(())
	}
}
