//! The FE addresses of a `jdbc-url`: `jdbc:mysql://host1:port1,host2:port2[/db][?k=v…]`.

/// One FE's MySQL-protocol address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeAddress {
    /// Host name or IP.
    pub host: String,
    /// Port (9030 when not given).
    pub port: u16,
}

impl std::fmt::Display for FeAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.host, self.port)
    }
}

/// Parses the hosts of a MySQL JDBC URL; `Err` says what is wrong.
pub fn fe_addresses(url: &str) -> Result<Vec<FeAddress>, String> {
    let rest =
        url.trim().strip_prefix("jdbc:mysql://").or_else(|| url.trim().strip_prefix("jdbc:mariadb://")).ok_or_else(
            || format!("'{url}' is not a MySQL JDBC URL; expected 'jdbc:mysql://<fe_host>:<query_port>'"),
        )?;
    let hosts = rest.split(['/', '?']).next().unwrap_or("");
    let mut out = Vec::new();
    for entry in hosts.split(',') {
        let entry = entry.trim();
        if entry.is_empty() {
            return Err(format!("'{url}' has an empty host"));
        }
        let (host, port) = match entry.rsplit_once(':') {
            Some((h, p)) => (h, p.parse::<u16>().map_err(|_| format!("'{p}' is not a port number in '{url}'"))?),
            None => (entry, 9030),
        };
        out.push(FeAddress { host: host.trim_matches(['[', ']']).to_string(), port });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hosts_ports_and_ignores_database_and_parameters() {
        let fes = fe_addresses("jdbc:mysql://fe1:9030,10.0.0.2:19030/db?useSSL=false").unwrap();
        assert_eq!(
            fes,
            [FeAddress { host: "fe1".into(), port: 9030 }, FeAddress { host: "10.0.0.2".into(), port: 19030 }]
        );
        assert_eq!(fe_addresses("jdbc:mysql://fe").unwrap()[0].port, 9030);
        assert!(fe_addresses("mysql://fe:9030").is_err());
        assert!(fe_addresses("jdbc:mysql://fe:port").is_err());
    }
}
