//! The IPC contract between the desktop shell and the UI: commands, errors, generated bindings.
//! Declares shapes only; behaviour lives in the domain modules the commands call.

pub mod bindings;
mod command_table;
pub mod dto;
mod error;

pub use error::{ErrorCode, IpcError};

use serde::Deserialize;
use ts_rs::TS;

/// The argument type of a command that takes none (the UI sends `{}`).
#[derive(Debug, Clone, Copy, Default, Deserialize, TS)]
pub struct NoArgs {}

macro_rules! command_names {
    ($($name:ident : $args:ty => $result:ty,)*) => {
        /// Every IPC command, in table order.
        pub const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}
crate::for_each_command!(command_names);
