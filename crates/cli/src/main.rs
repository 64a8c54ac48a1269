//! `antomctl`: the console's core from a terminal.
//! Parses arguments and prints; all protocol work lives in `antom`.
fn main() {}
