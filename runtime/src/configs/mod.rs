//! Pallet configurations, one file per pallet group. Parameter types sit next to the `impl
//! Config` that uses them.

pub mod assets;
pub mod collation;
pub mod fees;
pub mod governance;
pub mod monetary;
pub mod security;
pub mod system;
pub mod tokens;
pub mod xcm_config;

pub use assets::{NativeAndAssets, NativeToken};
pub use system::RuntimeBlockWeights;
