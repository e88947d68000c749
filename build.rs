//! Release wasm builds keep their relocations so `scripts/split.mjs` can cut the binary into
//! one file per page (Leptos lazy routes). Other builds are unchanged.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    let wasm = std::env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32"));
    if release && wasm {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
