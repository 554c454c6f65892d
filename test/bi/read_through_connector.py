"""Reads the API as Superset and pandas do: through the GraphQL SQLAlchemy dialect.

    python read_through_connector.py HOST:PORT [KEY]

Prints one JSON object: every list the dialect names with the rows it read, the facility rows'
types as pandas sees them, and the figures of compare, a summary and a medal table. The jest
test (bi-connector.test.ts) compares them with the GraphQL totals and with /export.
"""
import json
import sys
import time

import pandas as pd
import sqlalchemy as sa

host = sys.argv[1]
key = sys.argv[2] if len(sys.argv) > 2 else ""
# The dialect sends the URL's password as `Authorization: Bearer KEY`.
auth = f":{key}@" if key else ""
engine = sa.create_engine(f"graphql://{auth}{host}/graphql?is_https=0")
out = {}


def rows(sql):
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text(sql))]


try:
    out["tables"] = sa.inspect(engine).get_table_names()
    # importBatches is not a BI table: its sheets' columns and its mappings are non-null lists
    # (decisions 3 and 4, for the upload page), which the dialect cannot read
    lists = ["facilities", "events", "results", "indicators", "competitions", "regions"]
    out["lists"] = {}
    for table in lists:
        read = rows(f'SELECT * FROM "{table}?iarg_first=1000"')
        out["lists"][table] = {"rows": len(read), "columns": sorted(read[0].keys()) if read else []}

    started = time.monotonic()
    frame = pd.read_sql(
        'SELECT id, regionCode, regionFullName, cityCode, provinceCode, typeLabel, quantity, '
        'year, completedOn, investmentYuan FROM "facilities?iarg_first=1000"',
        engine,
    )
    out["facilitySeconds"] = time.monotonic() - started
    out["facilityDtypes"] = {c: str(t) for c, t in frame.dtypes.items()}
    dated = frame["completedOn"].dropna()
    out["completedOnTypes"] = sorted({type(v).__name__ for v in dated})
    out["facilityRows"] = len(frame)
    out["facilitySample"] = json.loads(frame.head(3).to_json(orient="records", date_format="iso"))
    out["quantityByCityAndType"] = (
        frame.groupby(["cityCode", "typeLabel"])["quantity"].sum().reset_index().to_dict("records")
    )
    out["unlabelled"] = int(frame["typeLabel"].isna().sum() + frame["regionFullName"].isna().sum())

    out["compare"] = rows(
        'SELECT regionCode, regionFullName, year, metric, value FROM '
        '"compare?arg_regions=120102,140700&arg_metrics=facilities.quantity,results.gold'
        '&is_connection=0"'
    )
    out["facilitySummary"] = rows(
        'SELECT regionCode, regionFullName, count, quantity FROM "facilitySummary?is_connection=0"'
    )
    out["typeSummary"] = rows(
        'SELECT regionCode, typeLabel, quantity FROM '
        '"facilitySummary?arg_region=140700&is_connection=0"'
    )
    out["jinzhongTwoYears"] = rows(
        'SELECT count(*) AS n FROM "facilities?arg_region=140700&arg_years=2021,2023&iarg_first=1000"'
    )[0]["n"]
    out["included"] = rows(
        'SELECT regionCode, region__code, region__fullName FROM "facilities?include=region" LIMIT 1'
    )[0]
    competition = rows('SELECT id FROM "competitions"')[0]["id"]
    out["medalTable"] = rows(
        f'SELECT regionCode, regionName, gold, silver, bronze, rank FROM '
        f'"medalTable?arg_competition={competition}&is_connection=0"'
    )
    out["competition"] = competition
except Exception as error:  # the test prints what the connector said
    out["error"] = f"{type(error).__name__}: {error}"
finally:
    # apsw may crash at interpreter exit unless the engine is disposed first
    engine.dispose()

print(json.dumps(out, ensure_ascii=False, default=str))
