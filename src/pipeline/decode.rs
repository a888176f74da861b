//! Stage 1, decode: bytes to UTF-8 text.
//!
//! In: the page's bytes. Out: a `String`, plus whether bytes had to be
//! replaced. Invalid UTF-8 sequences become U+FFFD and set the
//! `invalid_utf8` flag; they never fail the page. Content that is not text at
//! all (NUL bytes, mostly control bytes) fails with `undecodable`, and content
//! over the cap fails with `too_large`, before any work is spent on it.

use crate::error::{Error, Result};

/// How much of the page is sampled for the binary check.
const SNIFF_BYTES: usize = 8192;

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub invalid_utf8: bool,
}

pub fn decode(bytes: Vec<u8>, max_bytes: usize) -> Result<Decoded> {
    if bytes.len() > max_bytes {
        return Err(Error::too_large(bytes.len(), max_bytes));
    }
    check_not_binary(&bytes)?;
    let bytes = strip_bom(bytes);
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded { text, invalid_utf8: false }),
        Err(e) => {
            let bytes = e.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let replaced = text.matches('\u{FFFD}').count();
            // Text that is mostly replacement characters was never text.
            if replaced * 4 > text.chars().count().max(1) {
                return Err(Error::undecodable(format!("{replaced} invalid UTF-8 sequences")));
            }
            Ok(Decoded { text, invalid_utf8: true })
        }
    }
}

fn strip_bom(mut bytes: Vec<u8>) -> Vec<u8> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    bytes
}

fn check_not_binary(bytes: &[u8]) -> Result<()> {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if sample.contains(&0) {
        return Err(Error::undecodable("NUL bytes: binary content"));
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if control * 10 > sample.len() {
        return Err(Error::undecodable(format!("{control} control bytes in the first {} bytes", sample.len())));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn decode_cases() {
        let cases: [(&[u8], Result<(&str, bool)>); 6] = [
            (b"plain", Ok(("plain", false))),
            (b"\xEF\xBB\xBFbom", Ok(("bom", false))),
            (b"caf\xE9 au lait is nice", Ok(("caf\u{FFFD} au lait is nice", true))),
            (b"", Ok(("", false))),
            (b"\x00\x01\x02ELF", Err(Error::undecodable(""))),
            (b"\xff\xfe\xfd\xfc", Err(Error::undecodable(""))),
        ];
        for (input, want) in cases {
            match (decode(input.to_vec(), 1 << 20), want) {
                (Ok(d), Ok((text, flag))) => assert_eq!((d.text.as_str(), d.invalid_utf8), (text, flag)),
                (Err(e), Err(w)) => assert_eq!(e.code(), w.code()),
                (got, want) => panic!("{input:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn over_the_cap_is_too_large() {
        let err = decode(vec![b'a'; 11], 10).unwrap_err();
        assert_eq!(err.code(), ErrorCode::TooLarge);
        assert_eq!(err.to_string(), "page is 11 bytes, over the limit of 10 bytes");
    }
}
