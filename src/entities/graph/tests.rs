use super::*;

#[test]
fn debug_seeds() {
    let Some(dir) = crate::shared_data::path("seeds") else { return };
    for f in std::fs::read_dir(dir).unwrap() {
        let p = f.unwrap().path();
        let text = crate::text::normalize(&std::fs::read_to_string(&p).unwrap());
        let ents = crate::entities::extract(&text, None);
        let g = graph(&text, &ents.documents, &ents.units, None);
        eprintln!("== {}", p.display());
        for (d, i) in ents.documents.iter().zip(&g.issuers) {
            eprintln!("  {:?} {:?} written={:?} -> {:?}", d.id, d.kind, d.issuer, i);
        }
        for l in &g.links {
            eprintln!("  LINK {} -> {} {:?}", l.parent, l.child, l.kind);
        }
        for e in &g.event_units {
            eprintln!("  EVENT {:?}", e);
        }
    }
}
