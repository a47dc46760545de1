//! The connector registry and Flink's built-in connectors (`datagen`, `print`, `blackhole`,
//! `filesystem`). Other crates register more (the binary registers `starrocks`).

mod blackhole;
mod datagen;
mod filesystem;
mod formats;
mod print;

use std::collections::BTreeMap;
use std::sync::Arc;

use sluice_common::connector::ConnectorFactory;

/// Known connectors by their `'connector'` value (case-sensitive, as Flink's factory lookup).
#[derive(Clone, Default)]
pub struct ConnectorRegistry {
    factories: BTreeMap<&'static str, Arc<dyn ConnectorFactory>>,
}

impl ConnectorRegistry {
    /// A registry with Flink's built-in connectors.
    pub fn with_builtins() -> Self {
        let mut r = ConnectorRegistry::default();
        r.register(Arc::new(datagen::Datagen));
        r.register(Arc::new(print::Print));
        r.register(Arc::new(blackhole::Blackhole));
        r.register(Arc::new(filesystem::Filesystem));
        r
    }

    /// Adds (or replaces) a connector.
    pub fn register(&mut self, factory: Arc<dyn ConnectorFactory>) {
        self.factories.insert(factory.identifier(), factory);
    }

    /// The connector of that identifier.
    pub fn get(&self, identifier: &str) -> Option<&Arc<dyn ConnectorFactory>> {
        self.factories.get(identifier)
    }

    /// All identifiers, sorted.
    pub fn identifiers(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.factories.keys().copied()
    }
}
