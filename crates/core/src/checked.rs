//! Values checked while serde_json reads them.
//!
//! serde_json places an error at the end of the value it was reading when the error
//! arose, and [`crate::format::parse`] names the place of an error from that position
//! (see `json_path`). A check made after the value was read, as serde's `try_from` or a
//! `deserialize_with` that reads a number and then checks it does, gets no position of
//! its own: it takes that of wherever the parser is when the error reaches the next
//! container, which may be past the value, its neighbours, or the end of its object.
//! Every validated type of the plan file is therefore read through these helpers, which
//! make the check inside serde_json's own call for the value, so that the error is
//! placed right after the text of the value it is about. The messages are those the
//! plain types give: a string is "a string", a number "f64".

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// Reads a string and checks it with `parse`.
pub(crate) fn text<'de, D, T, E>(
    deserializer: D,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    struct Text<F>(F);

    impl<'de, T, E, F> Visitor<'de> for Text<F>
    where
        E: fmt::Display,
        F: FnOnce(&str) -> Result<T, E>,
    {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<X: de::Error>(self, text: &str) -> Result<T, X> {
            (self.0)(text).map_err(X::custom)
        }
    }

    deserializer.deserialize_str(Text(parse))
}

/// Reads a number, whole or not, as an `f64` and checks it with `check`.
pub(crate) fn number<'de, D, T, E>(
    deserializer: D,
    check: impl FnOnce(f64) -> Result<T, E>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    struct Number<F>(F);

    impl<'de, T, E, F> Visitor<'de> for Number<F>
    where
        E: fmt::Display,
        F: FnOnce(f64) -> Result<T, E>,
    {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("f64")
        }

        fn visit_f64<X: de::Error>(self, value: f64) -> Result<T, X> {
            (self.0)(value).map_err(X::custom)
        }

        fn visit_i64<X: de::Error>(self, value: i64) -> Result<T, X> {
            self.visit_f64(value as f64)
        }

        fn visit_u64<X: de::Error>(self, value: u64) -> Result<T, X> {
            self.visit_f64(value as f64)
        }
    }

    deserializer.deserialize_f64(Number(check))
}

/// Reads the struct `R` (a "repr": the flat shape a type is written in) and turns it
/// into `T`. A shape the conversion refuses is then placed at the end of the object,
/// where a missing field is, rather than after whatever follows it. `name` is the
/// struct's, for messages ("expected struct StatusRepr"); serde_json reads a struct
/// from an object, or from an array of its fields in order, without its field names.
pub(crate) fn shaped<'de, D, R, T>(deserializer: D, name: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    R: Deserialize<'de>,
    T: TryFrom<R>,
    T::Error: fmt::Display,
{
    struct Shaped<R, T> {
        name: &'static str,
        shape: PhantomData<fn(R) -> T>,
    }

    impl<'de, R, T> Visitor<'de> for Shaped<R, T>
    where
        R: Deserialize<'de>,
        T: TryFrom<R>,
        T::Error: fmt::Display,
    {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "struct {}", self.name)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            let repr = R::deserialize(MapAccessDeserializer::new(map))?;
            T::try_from(repr).map_err(de::Error::custom)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
            let repr = R::deserialize(SeqAccessDeserializer::new(seq))?;
            T::try_from(repr).map_err(de::Error::custom)
        }
    }

    deserializer.deserialize_struct(name, &[], Shaped { name, shape: PhantomData })
}
