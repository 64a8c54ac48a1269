//! A stateful local stand-in for Antom: the same API paths, signatures, payment state, hosted
//! checkout, signed notifications with retries, and faults on demand. Depends only on `antom`.

pub mod bodies;
pub mod buyer;
pub mod clock;
pub mod courier;
pub mod demo;
pub mod faults;
pub mod http;
pub mod ids;
pub mod keys;
pub mod ledger;
pub mod methods;
pub mod money_ops;
pub mod outbox;
pub mod reply;
pub mod server;
pub mod sessions;
pub mod store;
pub mod world;

pub use buyer::{PayOutcome, PayRequest};
pub use clock::SandboxClock;
pub use faults::{FaultKind, FaultSpec};
pub use ids::{IdKind, IdSource, SequentialIds};
pub use keys::SandboxKeys;
pub use outbox::RetrySchedule;
pub use server::{RunningSandbox, Sandbox, SandboxConfig, StartError};
