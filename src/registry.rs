//! The connectors this binary knows.

use std::sync::Arc;

use sluice_plan::ConnectorRegistry;

/// Flink's built-in connectors.
pub fn connectors() -> Arc<ConnectorRegistry> {
    Arc::new(ConnectorRegistry::with_builtins())
}
