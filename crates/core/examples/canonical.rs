//! Reads a plan file on standard input and prints it in the canonical indented form
//! (or the error that names the place), for writing fixtures and checking files.

use std::io::Read;

fn main() {
    let mut text = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("cannot read standard input: {error}");
        std::process::exit(2);
    }
    match plateful_core::format::parse(&text) {
        Ok(envelope) => println!("{}", envelope.to_pretty_json()),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}
