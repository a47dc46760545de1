#!/usr/bin/env python3
"""Development aid: list the function names Flink 1.20's SQL planner resolves.

    ~/.venv-flink/bin/python scripts/flink_functions.py [OUT.tsv]

Writes crates/sluice-plan/data/flink_functions.tsv (or OUT.tsv): a header
`name<TAB>kind`, then one upper-cased function name per line, sorted.

How the planner resolves a function name (Flink 1.20, PlannerContext):
the validator's operator table is
    SqlOperatorTables.chain(FunctionCatalogOperatorTable, FlinkSqlOperatorTable.instance(isBatch))
There is no SqlStdOperatorTable in the chain: Calcite operators Flink does not
re-declare (TRANSLATE, CONVERT, ...) do not resolve.  This script reads that
chain from a live planner (FlinkPlannerImpl.operatorTable()) to check it, then
collects the candidate names from
  * FlinkSqlOperatorTable.instance(false/true).getOperatorList(): every
    SqlFunction and every operator with function syntax (DESCRIPTOR); operators
    such as `+`, `LIKE`, `IS NULL`, the ARRAY/MAP value constructors and
    names starting with `$` are not functions and are left out;
  * a few names the grammar itself turns into calls (CEILING, ROW,
    JSON_ARRAYAGG, JSON_OBJECTAGG), checked with one accepted call each;
  * CoreModule.INSTANCE.listFunctions(true): BuiltInFunctionDefinitions, which
    FunctionCatalogOperatorTable turns into SQL functions only when they have
    a type inference (many Table-API-only definitions do not).
Each candidate is then resolved for real: `SELECT NAME(args) FROM t` is parsed
and validated by the planner with a dozen argument shapes, unquoted and
back-quoted (and without parentheses for niladic names).  A name is kept when
at least one call gets past name resolution, i.e. it is accepted or fails with
anything other than "No match found for function signature NAME(...)" (that
message also appears for a wrong arity when a name has several overloads, so
one shape is never enough).

kind:
  scalar     ordinary scalar function
  aggregate  aggregate function (including OVER-only ranking/offset functions)
  table      table-valued function (window TVFs TUMBLE/HOP/CUMULATE/SESSION)
  window     legacy group-window auxiliary (TUMBLE_START, HOP_END, ...); only
             valid next to GROUP BY TUMBLE/HOP/SESSION(...)
  special    needs its own syntax: CAST/TRY_CAST (expr AS type), EXTRACT
             (unit FROM x), POSITION (a IN b), OVERLAY (... PLACING ...),
             TIMESTAMPADD/TIMESTAMPDIFF (unit keyword), or a niladic name
             written without parentheses (CURRENT_DATE, LOCALTIMESTAMP, ...;
             CURRENT_TIMESTAMP(3) with a literal precision also works, `()`
             does not), ROW(...) and DESCRIPTOR(...)
"""

import os
import sys
import warnings

warnings.filterwarnings("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "crates", "sluice-plan", "data", "flink_functions.tsv")

NO_MATCH = "No match found for function signature"

# Functions whose only SQL form is a dedicated grammar production.
SPECIAL_SYNTAX = {"CAST", "TRY_CAST", "EXTRACT", "POSITION", "OVERLAY",
                  "TIMESTAMPADD", "TIMESTAMPDIFF"}

# Names the SQL grammar turns into a call without any name lookup (so a
# back-quoted `NAME`(...) fails), each with one call that Flink accepts.
GRAMMAR_CALLS = {
    "CEILING": ("scalar", "SELECT CEILING(d) FROM t"),                 # parsed as CEIL
    "ROW": ("special", "SELECT ROW(s, i) FROM t"),                     # row value constructor
    "JSON_ARRAYAGG": ("aggregate", "SELECT JSON_ARRAYAGG(s) FROM t"),
    "JSON_OBJECTAGG": ("aggregate", "SELECT JSON_OBJECTAGG(KEY s VALUE i) FROM t"),
}

# Argument shapes tried for every candidate (columns of table `t` below).
SHAPES = ["()", "(s)", "(i)", "(d)", "(ts)", "(bo)", "(arr)", "(m)", "(dt)",
          "(s, s)", "(i, i)", "(s, i)", "(arr, i)", "(s, s, s)", "(i, i, i)",
          "(s, i, i)", "(ts, ts)", "(m, m)", "(arr, arr)", "(bo, i, i)",
          "(s, s, s, s)"]
TABLE_DDL = ("CREATE TEMPORARY TABLE t (s STRING, i INT, d DOUBLE, ts TIMESTAMP(3), "
             "bo BOOLEAN, arr ARRAY<INT>, m MAP<STRING, INT>, dt DATE, "
             "WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen')")


class Flink:
    def __init__(self):
        import py4j.java_gateway
        import py4j.protocol
        from pyflink.java_gateway import get_gateway
        self.gw = get_gateway()
        # keep Java exceptions (PyFlink otherwise converts and truncates them)
        py4j.java_gateway.get_return_value = py4j.protocol.get_return_value
        self.jvm = self.gw.jvm
        api = self.jvm.org.apache.flink.table.api
        self.t = api.TableEnvironment.create(
            api.EnvironmentSettings.newInstance().inStreamingMode().build())
        self.parser = self.t.getParser()
        # planner classes live in the planner-loader's own class loader
        self.loader = self.parser.getClass().getClassLoader()
        op = self.parser.parse(TABLE_DDL).get(0)
        self.t.executeInternal(op)

    def cls(self, name):
        return self.jvm.java.lang.Class.forName(name, True, self.loader)

    def validate(self, sql):
        """None if the planner accepts sql, else the first line of its error."""
        try:
            self.parser.parse(sql)
            return None
        except Exception as e:  # Py4JJavaError
            j = getattr(e, "java_exception", None)
            msg = str(j.getMessage()) if j is not None else str(e)
            # walk the cause chain: the useful message is often the root
            root = j
            while root is not None and root.getCause() is not None:
                root = root.getCause()
            if root is not None and root is not j and root.getMessage():
                msg += "\n" + str(root.getMessage())
            return msg or "error"

    def operator_chain(self):
        """Class names of the validator's chained operator tables."""
        ot = self.t.getPlanner().createFlinkPlanner().operatorTable()
        out = [ot.getClass().getName()]
        c = ot.getClass()
        while c is not None:
            for f in c.getDeclaredFields():
                if f.getName() == "tableList":
                    f.setAccessible(True)
                    lst = f.get(ot)
                    return out + [lst.get(i).getClass().getName() for i in range(lst.size())]
            c = c.getSuperclass()
        return out

    def flink_operator_table(self, batch):
        fsot = self.cls("org.apache.flink.table.planner.functions.sql.FlinkSqlOperatorTable")
        argt = self.gw.new_array(self.jvm.java.lang.Class, 1)
        argt[0] = self.jvm.java.lang.Boolean.TYPE
        args = self.gw.new_array(self.jvm.java.lang.Object, 1)
        args[0] = batch
        return fsot.getMethod("instance", argt).invoke(None, args)


def operator_candidates(fl):
    """{NAME: kind} from FlinkSqlOperatorTable (stream and batch instances)."""
    sql_function = fl.cls("org.apache.calcite.sql.SqlFunction")
    sql_agg = fl.cls("org.apache.calcite.sql.SqlAggFunction")
    window_tvf = fl.cls("org.apache.calcite.sql.SqlWindowTableFunction")
    grouped = fl.cls("org.apache.calcite.sql.SqlGroupedWindowFunction")
    found = {}
    syntaxes = {}
    for batch in (False, True):
        ops = fl.flink_operator_table(batch).getOperatorList()
        for k in range(ops.size()):
            op = ops.get(k)
            name = str(op.getName()).upper()
            syntax = str(op.getSyntax().toString())
            # functions, plus operators called like one (DESCRIPTOR(col))
            if not (sql_function.isInstance(op) or syntax.startswith("FUNCTION")):
                continue
            if name.startswith("$") or " " in name:
                continue
            syntaxes.setdefault(name, set()).add(syntax)
            if sql_agg.isInstance(op):
                kind = "aggregate"
            elif window_tvf.isInstance(op):
                kind = "table"
            elif grouped.isInstance(op):
                kind = "window"
            else:
                kind = "scalar"
            found.setdefault(name, kind)
    for name, syn in syntaxes.items():
        if name in SPECIAL_SYNTAX or "SPECIAL" in syn or syn == {"FUNCTION_ID"} \
                or name == "DESCRIPTOR":
            found[name] = "special"
    return found, syntaxes


def core_candidates(fl):
    """{NAME: kind} from the CoreModule's BuiltInFunctionDefinitions."""
    core = fl.jvm.org.apache.flink.table.module.CoreModule.INSTANCE
    kinds = {"SCALAR": "scalar", "AGGREGATE": "aggregate", "TABLE_AGGREGATE": "aggregate",
             "TABLE": "table", "ASYNC_TABLE": "table", "PROCESS_TABLE": "table"}
    out = {}
    for name in list(core.listFunctions(True)):
        name = str(name)
        if name.startswith("$"):
            continue
        d = core.getFunctionDefinition(name)
        kind = str(d.get().getKind().toString()) if d.isPresent() else "OTHER"
        out[name.upper()] = kinds.get(kind, "scalar")
    return out


def call_forms(name, quoted):
    head = "`%s`" % name if quoted else name
    forms = ["SELECT %s%s FROM t" % (head, shape) for shape in SHAPES]
    forms.append("SELECT %s FROM t" % head)      # niladic, without parentheses
    return forms


def probe(fl, name, quoted):
    """(True, evidence) if some call of NAME gets past name resolution."""
    last = None
    for sql in call_forms(name, quoted):
        err = fl.validate(sql)
        if err is None:
            return True, sql + "  -> accepted"
        first = err.strip().splitlines()[0] if err.strip() else err
        if NO_MATCH in err:
            last = first
            continue
        low = err.lower()
        # not a function call at all: a parse error on the name itself, or a
        # niladic probe read as a column reference
        if "not found in any table" in low or "sql parse failed" in low:
            last = first
            continue
        return True, sql + "  -> " + first[:160]
    return False, last


def resolves(fl, name, kind):
    """Does SQL name resolution accept NAME?

    A back-quoted call `NAME`(...) is always an ordinary function call, so it
    shows name resolution directly.  The unquoted form is used only for names
    the operator table declares with a special syntax (CAST, EXTRACT,
    CURRENT_DATE, ...): an unquoted NOT(x), ROW(x) or DISTINCT(x) is accepted
    by the grammar without any function lookup and proves nothing."""
    ok, evidence = probe(fl, name, quoted=True)
    if ok or kind != "special":
        return ok, evidence
    return probe(fl, name, quoted=False)


def main(argv):
    out_path = os.path.abspath(argv[1] if len(argv) > 1 else DEFAULT_OUT)
    fl = Flink()
    chain = fl.operator_chain()
    sys.stderr.write("validator operator table: %s\n" % " -> ".join(chain))
    ops, _ = operator_candidates(fl)
    core = core_candidates(fl)
    candidates = dict(core)
    candidates.update(ops)       # the operator table's classification wins
    sys.stderr.write("candidates: %d from FlinkSqlOperatorTable, %d from CoreModule, %d distinct\n"
                     % (len(ops), len(core), len(candidates)))

    kept, dropped = {}, {}
    for name in sorted(candidates):
        ok, evidence = resolves(fl, name, candidates[name])
        (kept if ok else dropped)[name] = (candidates[name], evidence)

    for name, (kind, sql) in sorted(GRAMMAR_CALLS.items()):
        if name in kept:
            continue
        err = fl.validate(sql)
        if err is None:
            kept[name] = (kind, sql + "  -> accepted (grammar)")
            dropped.pop(name, None)
        else:
            dropped[name] = (kind, err.splitlines()[0])

    # made-up names must not resolve
    for bogus in ("NO_SUCH_FN", "FOO", "DATEADD_X", "UPPERX"):
        ok, evidence = resolves(fl, bogus, "special")
        if ok:
            sys.stderr.write("ERROR: made-up name %s resolved: %s\n" % (bogus, evidence))
            return 1

    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("name\tkind\n")
        for name in sorted(kept):
            f.write("%s\t%s\n" % (name, kept[name][0]))

    by_kind = {}
    for name, (kind, _) in kept.items():
        by_kind[kind] = by_kind.get(kind, 0) + 1
    sys.stderr.write("kept %d names (%s) -> %s\n" % (
        len(kept), ", ".join("%s %d" % kv for kv in sorted(by_kind.items())), out_path))
    sys.stderr.write("not resolvable from SQL (%d): %s\n" % (
        len(dropped), " ".join(sorted(dropped))))
    if os.environ.get("FLINK_FUNCTIONS_VERBOSE"):
        for name in sorted(kept):
            sys.stderr.write("  %-32s %-9s %s\n" % (name, kept[name][0], kept[name][1]))
        for name in sorted(dropped):
            sys.stderr.write("  DROPPED %-24s %s\n" % (name, dropped[name][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
