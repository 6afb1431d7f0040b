//! The binary Trunk builds: everything lives in the library so that browser tests can
//! reach it.

fn main() {
    plateful::start();
}
