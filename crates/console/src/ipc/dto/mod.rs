//! Data shapes that cross IPC (and `antomctl --format json`): profiles, payments, sync.
//! Plain serialisable views; the domain types they are built from live in their own modules.

mod local_sandbox;
mod payments;
mod profiles;

pub use local_sandbox::*;
pub use payments::*;
pub use profiles::*;
