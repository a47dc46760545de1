//! Prints an expression as Flink serializes computed columns and watermarks: back-ticked
//! identifiers, singular interval units (`` `ts` - INTERVAL '5' SECOND ``).

use sqlparser::ast::{DateTimeField, Expr, FunctionArg, FunctionArgExpr, FunctionArguments};

fn quote(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

fn unit(f: &DateTimeField) -> String {
    let s = f.to_string().to_ascii_uppercase();
    s.strip_suffix('S').filter(|_| s != "S").map(str::to_string).unwrap_or(s)
}

/// Flink's serializable text of `e`.
pub fn flink_expr(e: &Expr) -> String {
    match e {
        Expr::Identifier(id) => quote(&id.value),
        Expr::CompoundIdentifier(parts) => parts.iter().map(|p| quote(&p.value)).collect::<Vec<_>>().join("."),
        Expr::Nested(inner) => format!("({})", flink_expr(inner)),
        Expr::BinaryOp { left, op, right } => format!("{} {op} {}", flink_expr(left), flink_expr(right)),
        Expr::UnaryOp { op, expr } => format!("{op}{}", flink_expr(expr)),
        Expr::Interval(i) => {
            let lead = i.leading_field.as_ref().map(unit).unwrap_or_default();
            let mut s = format!("INTERVAL {} {lead}", i.value);
            if let Some(last) = &i.last_field {
                s.push_str(&format!(" TO {}", unit(last)));
            }
            s
        }
        Expr::Function(f) => {
            let name = f.name.to_string().to_ascii_uppercase();
            let args = match &f.args {
                FunctionArguments::List(l) => l
                    .args
                    .iter()
                    .map(|a| match a {
                        FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) => flink_expr(x),
                        other => other.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                FunctionArguments::None => return name,
                other => other.to_string(),
            };
            format!("{name}({args})")
        }
        Expr::Cast { expr, data_type, .. } => format!("CAST({} AS {data_type})", flink_expr(expr)),
        other => other.to_string(),
    }
}
