//! `blackhole`: a sink that discards every row; it has no options.

use sluice_common::connector::ConnectorFactory;
use sluice_common::options::OptionDecl;

/// The `blackhole` connector.
pub struct Blackhole;

impl ConnectorFactory for Blackhole {
    fn identifier(&self) -> &'static str {
        "blackhole"
    }
    fn is_source(&self) -> bool {
        false
    }
    fn is_sink(&self) -> bool {
        true
    }
    fn options(&self) -> &'static [OptionDecl] {
        &[]
    }
}
