//! Antom Console desktop entry point.
//! Hides the console window on Windows release builds and hands over to the library.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    antom_console_lib::run();
}
