//! The bundled sample sites: five seed articles saved as pages in their outlets' templates,
//! compiled into the binary so that `vnmon demo` needs neither the network nor the source tree.
//! The files live in `seeds/` (see `seeds/README.md`); `seeds/manifest.toml` gives each page's
//! local URL, outlet, profile and publication time.

use std::path::Path;

use crate::import::{ImportError, Input, Manifest};
use crate::ingest::RawPage;

/// `seeds/manifest.toml`, as bundled.
pub const MANIFEST: &str = include_str!("../seeds/manifest.toml");

/// The bundled page files, by their path relative to `seeds/`.
pub const PAGES: &[(&str, &[u8])] = &[
    ("pages/000-dantri.html", include_bytes!("../seeds/pages/000-dantri.html")),
    ("pages/001-baochinhphu.html", include_bytes!("../seeds/pages/001-baochinhphu.html")),
    ("pages/002-generic.html", include_bytes!("../seeds/pages/002-generic.html")),
    ("pages/003-generic.html", include_bytes!("../seeds/pages/003-generic.html")),
    ("pages/004-laodongxahoi.html", include_bytes!("../seeds/pages/004-laodongxahoi.html")),
];

/// The bundled manifest, parsed.
pub fn manifest() -> Result<Manifest, ImportError> {
    Manifest::parse(MANIFEST, Path::new("seeds/manifest.toml"))
}

/// Every bundled page as an import [`Input`], in manifest order, with URL, profile and
/// publication time from the manifest.
pub fn inputs() -> Result<Vec<Input>, ImportError> {
    let manifest = manifest()?;
    let described = manifest.inputs(Path::new(""), Path::new("seeds/manifest.toml"))?;
    let mut out = Vec::new();
    for d in described {
        let file = d.path.to_string_lossy().replace('\\', "/");
        let Some((_, bytes)) = PAGES.iter().find(|(name, _)| *name == file) else {
            return Err(ImportError::Manifest {
                path: "seeds/manifest.toml".into(),
                message: format!("{file} is not bundled"),
            });
        };
        out.push(Input::Raw {
            name: d.url.clone().unwrap_or(file),
            page: RawPage {
                url: d.url,
                content_type: Some("text/html; charset=utf-8".into()),
                body: bytes.to_vec(),
                profile: d.profile,
                published_hint: d.published,
                key: None,
            },
        });
    }
    Ok(out)
}
