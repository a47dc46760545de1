//! `print`: a sink that prints rows as `+I[…]`.

use sluice_common::connector::ConnectorFactory;
use sluice_common::options::{OptionDecl, OptionType};

/// The `print` connector.
pub struct Print;

static OPTIONS: &[OptionDecl] = &[
    OptionDecl::new("print-identifier", OptionType::String)
        .doc("Message that identifies the print and is prefixed to the output."),
    OptionDecl::new("standard-error", OptionType::Bool)
        .default("false")
        .doc("Print to standard error instead of standard out."),
    OptionDecl::new("sink.parallelism", OptionType::Int).doc("Parallelism of the print sink."),
];

impl ConnectorFactory for Print {
    fn identifier(&self) -> &'static str {
        "print"
    }
    fn is_source(&self) -> bool {
        false
    }
    fn is_sink(&self) -> bool {
        true
    }
    fn options(&self) -> &'static [OptionDecl] {
        OPTIONS
    }
}
