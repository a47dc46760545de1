//! Prints how each statement of a file parses and whether its display re-parses equal.
//! `cargo run -p sluice-sql --example parse_file -- FILE.sql`

fn main() {
    let path = std::env::args().nth(1).expect("usage: parse_file FILE.sql");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let script = sluice_sql::parse_script(&text);
    for s in &script.statements {
        let body = &text[s.raw.body.range()];
        let first = body.lines().next().unwrap_or("");
        match &s.result {
            Ok(stmt) => {
                let shown = stmt.to_string();
                let again = sluice_sql::parse_statement(&shown);
                let same = again.as_ref().map(|a| a == stmt).unwrap_or(false);
                println!("OK{}  {first}\n    => {shown}", if same { "" } else { " [ROUND TRIP DIFFERS]" });
                if !same {
                    println!("    reparse: {:?}", again.err());
                }
            }
            Err(e) => println!("ERR {first}\n    => {} @{}..{}", e.message, e.span.start, e.span.end),
        }
    }
    for p in &script.problems {
        println!("FILE {}", p.message);
    }
}
