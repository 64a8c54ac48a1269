//! The IPC contract between the desktop shell and the UI: commands, errors, generated bindings.
//! Declares shapes only; behaviour lives in the domain modules the commands call.

pub mod bindings;
mod command_table;
mod error;

pub use error::{ErrorCode, IpcError};

use serde::Deserialize;

/// The argument type of a command that takes none.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
pub struct NoArgs {}

macro_rules! command_names {
    ($($name:ident : $args:ty => $result:ty,)*) => {
        /// Every IPC command, in table order.
        pub const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}
crate::for_each_command!(command_names);
