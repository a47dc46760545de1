//! `sluice options <connector>`: the option reference generated from the connector's
//! declarations (the README's options table is this output).

use serde_json::{Value, json};
use sluice_common::options::{OptionDecl, OptionRole, OptionType};

use crate::cli::{OptionsArgs, ReferenceFormat};

/// Prints the reference; returns the exit code (2 for an unknown connector).
pub fn run(args: &OptionsArgs) -> u8 {
    let registry = crate::registry::connectors();
    let Some(factory) = registry.get(&args.connector) else {
        let known: Vec<&str> = registry.identifiers().collect();
        eprintln!("error: unknown connector '{}'; known connectors: {}", args.connector, known.join(", "));
        return 2;
    };
    let decls = factory.options();
    let text = match args.format {
        ReferenceFormat::Text => text(decls),
        ReferenceFormat::Markdown => markdown(decls),
        ReferenceFormat::Json => serde_json::to_string_pretty(&Value::Array(decls.iter().map(json_of).collect()))
            .expect("JSON values serialize"),
    };
    println!("{text}");
    0
}

fn type_name(d: &OptionDecl) -> String {
    match d.ty {
        OptionType::Enum(values) => format!("Enum ({})", values.join(", ")),
        other => other.name().to_string(),
    }
}

fn role_name(role: OptionRole) -> &'static str {
    match role {
        OptionRole::Both => "source, sink",
        OptionRole::Source => "source",
        OptionRole::Sink => "sink",
    }
}

fn key_of(d: &OptionDecl) -> String {
    if d.is_prefix() { format!("{}*", d.key) } else { d.key.to_string() }
}

fn range_of(d: &OptionDecl) -> Option<String> {
    let (min, max) = d.range?;
    let show = |v: f64| if v >= 9.0e18 { "Long.MAX_VALUE".to_string() } else { format!("{}", v as i64) };
    Some(format!("[{}, {}]", show(min), show(max)))
}

fn json_of(d: &OptionDecl) -> Value {
    let allowed = match d.ty {
        OptionType::Enum(values) => json!(values),
        _ => Value::Null,
    };
    json!({
        "key": key_of(d),
        "type": d.ty.name(),
        "default": d.default,
        "required": d.required,
        "description": d.description,
        "role": role_name(d.role),
        "range": range_of(d),
        "allowed_values": allowed,
        "deprecated_keys": d.deprecated_keys,
    })
}

fn text(decls: &[OptionDecl]) -> String {
    let mut out = String::new();
    for d in decls {
        out.push_str(&key_of(d));
        out.push('\n');
        let mut facts = vec![type_name(d), role_name(d.role).to_string()];
        if d.required {
            facts.push("required".into());
        }
        if let Some(default) = d.default {
            facts.push(format!("default '{default}'"));
        }
        if let Some(range) = range_of(d) {
            facts.push(format!("range {range}"));
        }
        if !d.deprecated_keys.is_empty() {
            facts.push(format!("also accepted: {}", d.deprecated_keys.join(", ")));
        }
        out.push_str(&format!("    {}\n    {}\n\n", facts.join(" · "), d.description));
    }
    out.trim_end().to_string()
}

fn markdown(decls: &[OptionDecl]) -> String {
    let mut out = String::from("| Key | Type | Role | Required | Default | Description |\n|---|---|---|---|---|---|\n");
    for d in decls {
        let mut description = d.description.replace('|', "\\|");
        if let Some(range) = range_of(d) {
            description.push_str(&format!(" Range {range}."));
        }
        if !d.deprecated_keys.is_empty() {
            description.push_str(&format!(" Also accepted: `{}`.", d.deprecated_keys.join("`, `")));
        }
        out.push_str(&format!(
            "| `{}` | `{}` | {} | {} | {} | {} |\n",
            key_of(d),
            type_name(d).replace('|', "\\|"),
            role_name(d.role),
            if d.required { "yes" } else { "no" },
            d.default.map_or(String::new(), |v| format!("`{v}`")),
            description
        ));
    }
    out.trim_end().to_string()
}
