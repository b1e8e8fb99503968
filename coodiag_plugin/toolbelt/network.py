"""HTTP through QGIS's network stack (QgsBlockingNetworkRequest honours QGIS proxy and auth settings).

Online services are off unless the user enables them; callers check that before calling anything here.
"""
from __future__ import annotations

import time
import uuid

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..__about__ import __version__

RETRY_STATUS = {429, 500, 502, 503, 504}


class NetworkError(RuntimeError):
    """A request failed; `status` is the HTTP status (0 when there was no answer, e.g. offline)."""

    def __init__(self, message: str, status: int = 0):
        super().__init__(message)
        self.status = status


def _request(url: str, content_type: str | None = None) -> QNetworkRequest:
    request = QNetworkRequest(QUrl(url))
    request.setRawHeader(b"User-Agent", f"Coodiag-QGIS-plugin/{__version__}".encode())
    if content_type:
        request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, content_type)
    return request


def _status(blocking: QgsBlockingNetworkRequest) -> int:
    attr = blocking.reply().attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    try:
        return int(attr) if attr is not None else 0
    except (TypeError, ValueError):
        return 0


def _send(method: str, url: str, body: bytes | None, content_type: str | None, feedback,
          retries: int, backoff_s: float) -> bytes:
    attempt = 0
    while True:
        blocking = QgsBlockingNetworkRequest()
        request = _request(url, content_type)
        if method == "GET":
            code = blocking.get(request, True, feedback)
        else:
            code = blocking.post(request, QByteArray(body or b""), True, feedback)
        status = _status(blocking)
        if code == QgsBlockingNetworkRequest.ErrorCode.NoError and (status == 0 or status < 400):
            return bytes(blocking.reply().content())
        if feedback is not None and feedback.isCanceled():
            raise NetworkError("Request cancelled.", status)
        if status in RETRY_STATUS and attempt < retries:
            wait = backoff_s * (2 ** attempt)
            if feedback is not None:
                feedback.pushInfo(f"HTTP {status} from {QUrl(url).host()}, retrying in {wait:.1f} s…")
            time.sleep(wait)
            attempt += 1
            continue
        message = blocking.errorMessage() or f"HTTP {status}"
        if status == 0:
            message = f"No answer from {url} ({message}). Check the network connection or the proxy settings."
        raise NetworkError(message, status)


def get(url: str, feedback=None, retries: int = 3, backoff_s: float = 1.0) -> bytes:
    return _send("GET", url, None, None, feedback, retries, backoff_s)


def post(url: str, body: bytes, content_type: str, feedback=None, retries: int = 3,
         backoff_s: float = 1.0) -> bytes:
    return _send("POST", url, body, content_type, feedback, retries, backoff_s)


def multipart(fields: dict, files: dict) -> tuple:
    """Encode a multipart/form-data body. `files` maps field → (filename, bytes, content type).
    Returns (body, content_type)."""
    boundary = f"coodiag{uuid.uuid4().hex}"
    parts = []
    for name, value in fields.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{v}\r\n'.encode()
            )
    for name, (filename, data, ctype) in files.items():
        parts.append(
            (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
             f"Content-Type: {ctype}\r\n\r\n").encode() + data + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
