"""coodiag:downloaddata against a loopback HTTP server only: off by default, cached, zip extraction."""
from __future__ import annotations

import http.server
import io
import json
import threading
import zipfile

import pytest
from qgis.core import QgsProcessingException

CSV = b"idcar_200m;i_est_200;ind\nCRS3035RES200mN2090000E4210000;0;12.0\n"


@pytest.fixture(scope="module")
def processing(coodiag_provider):
    from qgis import processing as qgis_processing

    return qgis_processing


@pytest.fixture()
def server():
    """Loopback server: /grid.csv, /grid.zip (a CSV inside), anything else 404; counts the hits."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("Filosofi2019_carreaux_200m_csv/carreaux_200m_met.csv", CSV)
    files = {"/grid.csv": CSV, "/grid.zip": archive.getvalue()}
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            body = files.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QGIS_COODIAG_DOWNLOAD_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_catalogue_entries_are_complete(repo_root):
    data = json.loads((repo_root / "resources" / "data_sources.json").read_text(encoding="utf-8"))
    keys = {"id", "name", "producer", "vintage", "licence", "url", "download_url", "expected_fields"}
    ids = [d["id"] for d in data["datasets"]]
    assert len(ids) == len(set(ids))
    for entry in data["datasets"]:
        assert keys <= set(entry), entry["id"]
        assert entry["expected_fields"], entry["id"]
    assert {"filosofi_200m_2019", "filosofi_200m_2017", "filosofi_200m_2015", "rp_iris_activite_2021"} <= set(ids)


def test_downloads_are_off_by_default(processing, server, cache, monkeypatch):
    url, hits = server
    monkeypatch.setenv("QGIS_COODIAG_DOWNLOADS_ENABLED", "0")
    with pytest.raises(QgsProcessingException, match="Downloads are disabled"):
        processing.run("coodiag:downloaddata", {"DATASET": 0, "URL": f"{url}/grid.csv"})
    assert hits == []


def test_download_then_cache(processing, server, cache, monkeypatch):
    url, hits = server
    monkeypatch.setenv("QGIS_COODIAG_DOWNLOADS_ENABLED", "1")
    first = processing.run("coodiag:downloaddata", {"DATASET": 0, "URL": f"{url}/grid.csv"})
    assert first["FROM_CACHE"] is False
    assert open(first["FILE"], "rb").read() == CSV
    assert first["FILE"].startswith(str(cache))
    assert first["SOURCES"] == "Insee, Filosofi 2019, données carroyées"
    monkeypatch.setenv("QGIS_COODIAG_DOWNLOADS_ENABLED", "0")  # the cache needs no network
    second = processing.run("coodiag:downloaddata", {"DATASET": 0, "URL": f"{url}/grid.csv"})
    assert second["FROM_CACHE"] is True and second["FILE"] == first["FILE"]
    assert hits == ["/grid.csv"]
    loaded = processing.run("coodiag:loadfilosofi", {"INPUT": second["FILE"], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert loaded["N_CELLS"] == 1


def test_zip_is_extracted(processing, server, cache, monkeypatch):
    url, _hits = server
    monkeypatch.setenv("QGIS_COODIAG_DOWNLOADS_ENABLED", "1")
    result = processing.run("coodiag:downloaddata", {"DATASET": 0, "URL": f"{url}/grid.zip"})
    assert result["FILE"].endswith("carreaux_200m_met.csv")
    assert open(result["FILE"], "rb").read() == CSV


def test_http_error_is_reported(processing, server, cache, monkeypatch):
    url, _hits = server
    monkeypatch.setenv("QGIS_COODIAG_DOWNLOADS_ENABLED", "1")
    with pytest.raises(QgsProcessingException, match="failed"):
        processing.run("coodiag:downloaddata", {"DATASET": 0, "URL": f"{url}/missing.csv"})
