//! A QR code for a coach's link, so a coach in a room can hand a program or feedback to
//! a phone. The code is made by the `qrcode` crate; this module turns it into one SVG
//! path of dark squares (the UI draws it, with no text of the person's in it).

use qrcode::{types::QrError, Color, EcLevel, QrCode};

/// The quiet zone around the code, in modules (the standard asks for four).
pub const QUIET: usize = 4;
/// Links longer than this are refused: a code that dense no phone reads from a screen.
pub const MAX_QR_CHARS: usize = 2000;

/// A QR code as an SVG path: `size` modules a side (quiet zone included), every dark
/// module a unit square in `path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPicture {
    pub size: usize,
    pub path: String,
}

/// Why a link can't become a QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QrProblem {
    /// Too long for a QR code a phone can read.
    TooLong { chars: usize, max: usize },
}

/// The QR code for `text` (medium error correction, or low when only that fits).
pub fn picture(text: &str) -> Result<QrPicture, QrProblem> {
    let chars = text.chars().count();
    let too_long = QrProblem::TooLong {
        chars,
        max: MAX_QR_CHARS,
    };
    if chars > MAX_QR_CHARS {
        return Err(too_long);
    }
    let code = match QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) {
        Err(QrError::DataTooLong) => {
            QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L)
        }
        other => other,
    }
    .map_err(|_| too_long)?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    // One rectangle per run of dark modules in a row keeps the path short.
    for (y, row) in colors.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                path.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Ok(QrPicture {
        size: width + 2 * QUIET,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typical_program_link_makes_a_code() {
        let url = crate::share::link(
            "https://coach.example/waymark/",
            &crate::program::tests::typical(),
        );
        let p = picture(&url).unwrap();
        // Version n is 17 + 4n modules wide, plus the quiet zone.
        assert_eq!((p.size - 2 * QUIET - 17) % 4, 0);
        assert!(p.path.starts_with('M'));
        assert!(p
            .path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " -".contains(c)));
    }

    #[test]
    fn the_same_link_always_makes_the_same_code_and_another_link_another() {
        let a = picture("https://a.example/#program=1.abc").unwrap();
        assert_eq!(a, picture("https://a.example/#program=1.abc").unwrap());
        assert_ne!(a, picture("https://a.example/#program=1.abd").unwrap());
    }

    #[test]
    fn the_finder_pattern_is_in_the_corner() {
        // The top-left module inside the quiet zone is always dark.
        let p = picture("x").unwrap();
        // The top row of the finder pattern is a run of seven dark modules.
        assert!(p.path.starts_with(&format!("M{QUIET} {QUIET}h7v1h-7z")));
        assert_eq!(p.size, 21 + 2 * QUIET);
    }

    #[test]
    fn too_long_links_are_refused_plainly() {
        let long = "a".repeat(MAX_QR_CHARS + 1);
        assert_eq!(
            picture(&long),
            Err(QrProblem::TooLong {
                chars: MAX_QR_CHARS + 1,
                max: MAX_QR_CHARS
            })
        );
        // Under the cap but over what any code holds in bytes (multi-byte characters).
        let wide = "é".repeat(1900);
        assert!(matches!(picture(&wide), Err(QrProblem::TooLong { .. })));
        assert!(picture(&"a".repeat(MAX_QR_CHARS)).is_ok());
    }
}
