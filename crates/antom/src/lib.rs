//! The Antom online-payments protocol: money, wire models, signing, verification and the client.
//! No database, no keychain, no Tauri.
