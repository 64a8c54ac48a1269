//! Loads the shared conformance material (`../shared/antom/`) for the integration tests.
//! Test support only: no assertions about behaviour live here.
#![allow(dead_code)]

use std::path::PathBuf;

use serde_json::Value;

pub fn shared_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/antom")
}

pub fn load_json(relative: &str) -> Value {
    let path = shared_dir().join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn keys() -> Value {
    load_json("vectors/keys.json")["keys"].clone()
}

pub fn key_text(owner: &str, name: &str) -> String {
    keys()[owner][name]
        .as_str()
        .unwrap_or_else(|| panic!("no key {owner}/{name}"))
        .to_owned()
}

pub fn vectors() -> Vec<Value> {
    load_json("vectors/sign_vectors.json")["cases"]
        .as_array()
        .expect("cases")
        .clone()
}

pub fn s<'a>(v: &'a Value, field: &str) -> &'a str {
    v[field]
        .as_str()
        .unwrap_or_else(|| panic!("no string {field}"))
}

pub fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
