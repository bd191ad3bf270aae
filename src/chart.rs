//! Placeholder of the chart renderer (replaced by the real module on merge).
#![allow(missing_docs, dead_code, unused_variables)]
pub struct Series {
    pub label: String,
    pub values: Vec<u64>,
}
pub struct Timeline {
    pub title: String,
    pub subtitle: String,
    pub buckets: Vec<String>,
    pub series: Vec<Series>,
    pub y_label: String,
}
pub struct Bars {
    pub title: String,
    pub subtitle: String,
    pub bars: Vec<(String, u64)>,
}
pub fn timeline_svg(t: &Timeline) -> String {
    String::from("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
}
pub fn bars_svg(b: &Bars) -> String {
    String::from("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
}
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("png rendering is not available")]
    Unavailable,
}
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, ChartError> {
    Err(ChartError::Unavailable)
}
