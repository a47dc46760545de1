//! The connectors this binary knows.

use std::sync::Arc;

use sluice_plan::ConnectorRegistry;
use sluice_starrocks::StarRocksConnector;

/// Flink's built-in connectors and StarRocks.
pub fn connectors() -> Arc<ConnectorRegistry> {
    let mut registry = ConnectorRegistry::with_builtins();
    registry.register(Arc::new(StarRocksConnector));
    Arc::new(registry)
}
