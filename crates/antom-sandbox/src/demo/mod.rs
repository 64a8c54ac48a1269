//! Demo data for the console's built-in "Local sandbox (demo)" profile: a deterministic plan of
//! payments in every state, carried out through the real API and buyer paths of a running sandbox.

mod plan;
mod seed;

pub use plan::{demo_plan, DemoPayment, Scenario};
pub use seed::{seed, DemoError, SeedProgress};
