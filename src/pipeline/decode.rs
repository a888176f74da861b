//! Stage 1, decode: bytes to UTF-8 text.
//!
//! In: the page's bytes, the charset the transport named (if any), and
//! whether it is HTML. Out: a `String`, plus whether bytes had to be
//! replaced. Invalid sequences become U+FFFD and set the `invalid_utf8` flag;
//! they never fail the page. Content that is not text at all (NUL bytes,
//! mostly control bytes) fails with `undecodable`, and content over the cap
//! fails with `too_large`, before any work is spent on it.
//!
//! The encoding is, in order: the transport's charset, a BOM, for HTML a
//! `<meta charset>` or `http-equiv` declaration in the first 2 KiB, else
//! UTF-8 when the bytes are valid UTF-8, else, for HTML only, a statistical
//! guess (chardetng; Vietnamese `windows-1258` pages included). Text input
//! with no declared charset is UTF-8 by contract. Bytes that are
//! valid, non-ASCII UTF-8 are read as UTF-8 whatever was declared: a legacy
//! charset almost never yields valid multi-byte UTF-8 by chance, and a wrong
//! declaration is the usual cause of mojibake.

use crate::error::{Error, Result};

/// How much of the page is sampled for the binary check.
const SNIFF_BYTES: usize = 8192;

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub invalid_utf8: bool,
}

/// Decodes with charset detection (see the module docs). The size cap,
/// the binary sniff and the UTF-8 validation each run once.
pub fn decode_with(bytes: Vec<u8>, max_bytes: usize, declared: Option<&str>, html: bool) -> Result<Decoded> {
    use encoding_rs::{Encoding, UTF_8};
    admit(&bytes, max_bytes)?;
    let bom = Encoding::for_bom(&bytes).map(|(e, _)| e);
    let bytes = match String::from_utf8(strip_bom(bytes)) {
        Ok(text) => return Ok(Decoded { text, invalid_utf8: false }),
        Err(e) => e.into_bytes(),
    };
    let named = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())).or(bom).or_else(|| if html { meta_charset(&bytes) } else { None });
    let encoding = match named {
        Some(e) => e,
        // Text pages are UTF-8 by contract: bad bytes are replaced and flagged.
        None if !html => UTF_8,
        None => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(&bytes[..bytes.len().min(64 << 10)], bytes.len() <= 64 << 10);
            det.guess(None, chardetng::Utf8Detection::Allow)
        }
    };
    if encoding == UTF_8 {
        return utf8_lossy(bytes);
    }
    let (text, _, had_errors) = encoding.decode(&bytes);
    Ok(Decoded { text: text.into_owned(), invalid_utf8: had_errors })
}

/// The encoding named by `<meta charset=...>` or `content="...; charset=..."`
/// in the first 2 KiB.
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String =
        head[at..].trim_start_matches(['"', '\'', ' ']).chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')).collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// Decodes UTF-8 text (no charset detection).
pub fn decode(bytes: Vec<u8>, max_bytes: usize) -> Result<Decoded> {
    admit(&bytes, max_bytes)?;
    match String::from_utf8(strip_bom(bytes)) {
        Ok(text) => Ok(Decoded { text, invalid_utf8: false }),
        Err(e) => utf8_lossy(e.into_bytes()),
    }
}

/// The checks before any decoding: the size cap and the binary sniff.
fn admit(bytes: &[u8], max_bytes: usize) -> Result<()> {
    if bytes.len() > max_bytes {
        return Err(Error::too_large(bytes.len(), max_bytes));
    }
    check_not_binary(bytes)
}

/// Invalid UTF-8: bad sequences become U+FFFD, unless that is most of it.
fn utf8_lossy(bytes: Vec<u8>) -> Result<Decoded> {
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let replaced = text.matches('\u{FFFD}').count();
    // Text that is mostly replacement characters was never text.
    if replaced * 4 > text.chars().count().max(1) {
        return Err(Error::undecodable(format!("{replaced} invalid UTF-8 sequences")));
    }
    Ok(Decoded { text, invalid_utf8: true })
}

fn strip_bom(mut bytes: Vec<u8>) -> Vec<u8> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    bytes
}

fn check_not_binary(bytes: &[u8]) -> Result<()> {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if memchr::memchr(0, sample).is_some() {
        return Err(Error::undecodable("NUL bytes: binary content"));
    }
    // All bytes below 0x20 first (a count that vectorizes): newlines and
    // tabs are rarely so many that the exact count is needed.
    let below_0x20: usize = sample.chunks(255).map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(b < 0x20)))).sum();
    if below_0x20 * 10 <= sample.len() {
        return Ok(());
    }
    let control = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)).count();
    if control * 10 > sample.len() {
        return Err(Error::undecodable(format!("{control} control bytes in the first {} bytes", sample.len())));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    /// Input bytes, and the decoded text with its invalid-UTF-8 flag.
    type Case<'a> = (&'a [u8], Result<(&'a str, bool)>);

    #[test]
    fn decode_cases() {
        let cases: [Case; 6] = [
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
    fn charsets_are_detected_in_order() {
        use unicode_normalization::UnicodeNormalization;
        // windows-1258 has precomposed ô, đ but writes tones as combining marks.
        let legacy = "Thu\u{309} \u{111}\u{f4} Ha\u{300} N\u{f4}\u{323}i, tin t\u{1b0}\u{301}c";
        let (vn, _, unmappable) = encoding_rs::WINDOWS_1258.encode(legacy);
        assert!(!unmappable);
        let latin1 = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9 cr\xe8me</body></html>".to_vec();
        let mislabeled = "<meta charset=\"windows-1252\"><p>Việt Nam</p>".as_bytes().to_vec();
        let cases: [(Vec<u8>, Option<&str>, bool, &str); 4] = [
            (vn.to_vec(), Some("windows-1258"), false, "Thủ đô Hà Nội, tin tức"),
            (latin1, None, true, "café crème"),
            (mislabeled, None, true, "Việt Nam"),
            (b"\xef\xbb\xbfplain".to_vec(), Some("utf-8"), false, "plain"),
        ];
        for (bytes, declared, html, want) in cases {
            let d = decode_with(bytes, 1 << 20, declared, html).unwrap();
            let text: String = d.text.nfc().collect();
            assert!(text.contains(want), "{want}: got {text:?}");
        }
    }

    #[test]
    fn over_the_cap_is_too_large() {
        let err = decode(vec![b'a'; 11], 10).unwrap_err();
        assert_eq!(err.code(), ErrorCode::TooLarge);
        assert_eq!(err.to_string(), "page is 11 bytes, over the limit of 10 bytes");
    }
}
