# Connection from the environment; the defaults are the embedded database of `./mvnw spring-boot:run`.
import json
import os
import time

import matplotlib.pyplot as plt
import pandas as pd
import requests
from IPython.display import display

NEO4J_HTTP_URL = os.environ.get("NEO4J_HTTP_URL", "http://127.0.0.1:7474")  # Neo4j's HTTP port (Aura: https://xxxx.databases.neo4j.io)
NEO4J_DATABASE = os.environ.get("NEO4J_DATABASE", "neo4j")
LODESTONE_URL = os.environ.get("LODESTONE_URL", "http://127.0.0.1:8080")  # Lodestone's API, for analytics
_password = os.environ.get("NEO4J_PASSWORD")
AUTH = (os.environ.get("NEO4J_USERNAME", "neo4j"), _password) if _password else None

pd.set_option("display.max_colwidth", 90)
pd.set_option("display.max_rows", 60)


def run(query, params):
    """Runs a query through Neo4j's HTTP Query API; returns its rows as dicts."""
    response = requests.post(f"{NEO4J_HTTP_URL}/db/{NEO4J_DATABASE}/query/v2", auth=AUTH, timeout=300,
                             json={"statement": query, "parameters": params})
    body = response.json()
    if response.status_code >= 400 or body.get("errors"):
        raise RuntimeError(f"Query API answered {response.status_code}: {body.get('errors', body)}")
    fields = body["data"]["fields"]
    return [dict(zip(fields, values)) for values in body["data"]["values"]]


def api(path, **params):
    """GET from Lodestone's API; a problem answer (RFC 9457) raises with its detail. A 503 (busy
    or timed out) is tried again twice, as any client of a shared service would."""
    for attempt in range(3):
        response = requests.get(f"{LODESTONE_URL}{path}", params=params, timeout=300)
        if response.status_code != 503:
            break
        time.sleep(2 * (attempt + 1))
    if response.status_code >= 400:
        raise RuntimeError(f"{path} answered {response.status_code}: {response.text}")
    return response.json()


def is_node(value):
    return isinstance(value, dict) and "labels" in value and "elementId" in value


def is_relationship(value):
    return isinstance(value, dict) and "startNodeElementId" in value


def cell(value):
    """Nodes by name, relationships by type and evidence, lists joined."""
    if is_node(value):
        return value["properties"].get("name") or value["properties"].get("title") or value["elementId"]
    if is_relationship(value):
        return f"{value['type']}: {value['properties'].get('evidence') or ''}"
    if isinstance(value, list):
        return "; ".join(str(cell(item)) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def show(query, params):
    """Runs a query and shows its rows as a table; returns the rows."""
    rows = run(query, params)
    print(f"{len(rows)} rows")
    display(pd.DataFrame([{key: cell(value) for key, value in row.items()} for row in rows]))
    return rows


def _matches(value, expected):
    if isinstance(value, list):
        return any(_matches(item, expected) for item in value)
    if is_node(value):
        return value["properties"].get("id") == expected
    if isinstance(value, (int, float)) and isinstance(expected, (int, float)) and not isinstance(value, bool):
        return float(value) == float(expected)
    return value == expected


def state(label, value):
    """Prints a figure the text relies on; the tests compare these lines with a fresh run."""
    print(f"✔ {label}: {value}")


def expect_row(rows, expected):
    """Fails unless some row holds every expected value (a list holds it; a node by its id)."""
    if not any(all(key in row and _matches(row[key], want) for key, want in expected.items()) for row in rows):
        raise AssertionError(f"No row with {expected} among {len(rows)} rows")
    state(f"{len(rows)} rows; one with", json.dumps(expected, ensure_ascii=False))
